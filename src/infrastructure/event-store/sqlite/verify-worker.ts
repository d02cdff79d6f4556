import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { hashEvent } from '../hash-chain';

/**
 * Worker of the parallel verifier: recomputes the hash of every event in [from, to] from the stored
 * columns and reports the positions whose stored hash differs. Read-only; WAL lets it read while the
 * API writes.
 */
const { file, from, to } = workerData as { file: string; from: number; to: number };
const db = new Database(file, { readonly: true });
const rows = db
  .prepare(
    `SELECT position, stream_id, revision, type, schema_version, data, occurred_at, actor, command_id, prev_hash, hash
     FROM events WHERE position BETWEEN ? AND ? ORDER BY position`,
  )
  .raw()
  .iterate(from, to) as Iterable<[number, string, number, string, number, string, string, string, string, string, string]>;
const actors = new Map<string, object>();
const mismatches: number[] = [];
let count = 0;
for (const [position, streamId, revision, type, schemaVersion, data, occurredAt, actorJson, commandId, prevHash, hash] of rows) {
  let actor = actors.get(actorJson);
  if (!actor) actors.set(actorJson, (actor = Object.freeze(JSON.parse(actorJson))));
  const fields = { prevHash, streamId, revision, type, schemaVersion, data: JSON.parse(data), occurredAt, actor: actor as never, commandId };
  if (hashEvent(fields) !== hash) mismatches.push(position);
  count++;
}
db.close();
parentPort!.postMessage({ count, mismatches });

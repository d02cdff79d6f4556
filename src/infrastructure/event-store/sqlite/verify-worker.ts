import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { hashCanonical, hashEvent } from '../hash-chain';

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
const mismatches: number[] = [];
let count = 0;
for (const [position, streamId, revision, type, schemaVersion, data, occurredAt, actor, commandId, prevHash, hash] of rows) {
  // Rows hold the canonical JSON that was hashed; re-parsing is only needed for text stored in
  // another (older, non-canonical) form, which must still verify when unchanged.
  const canonical = hashCanonical({ actor, commandId, data, occurredAt, prevHash, revision, schemaVersion, streamId, type });
  if (canonical !== hash) {
    const parsed = hashEvent({ actor: JSON.parse(actor), commandId, data: JSON.parse(data), occurredAt, prevHash, revision, schemaVersion, streamId, type });
    if (parsed !== hash) mismatches.push(position);
  }
  count++;
}
db.close();
parentPort!.postMessage({ count, mismatches });

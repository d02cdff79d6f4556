import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { ChainBreak, hashCanonical, hashEvent, isHashScheme } from '../hash-chain';
import { CompactRange, eventLeafHash } from '../merkle';

/**
 * Worker of the parallel verifier, over the events in positions [from, to]: recomputes each hash
 * under the event's own scheme, and builds the Merkle tree's compact range over those leaves, with a
 * snapshot at every tree size a checkpoint names. Read-only; WAL lets it read while the API writes.
 * A row it cannot read is reported, never thrown.
 */
export interface WorkerInput {
  readonly file: string;
  readonly from: number;
  readonly to: number;
  /** Tree sizes whose roots the checkpoints need. */
  readonly sizes: readonly number[];
  readonly schemeColumn: boolean;
}

export type WorkerMessage =
  | { readonly progress: number }
  | {
      readonly count: number;
      readonly mismatches: ChainBreak[];
      readonly range: ReturnType<CompactRange['toMessage']>;
      readonly snapshots: { size: number; range: ReturnType<CompactRange['toMessage']> }[];
    }
  | { readonly failure: string };

type Row = [number, string, string, number, string, number, string, string, string, string | null, string, string, string, string, string, string, number];

/** Verifies one range; `progress` is told every 50,000 events. Also run inline for small logs. */
export function verifyRange({ file, from, to, sizes, schemeColumn }: WorkerInput, progress: (events: number) => void): Exclude<WorkerMessage, { progress: number }> {
  const db = new Database(file, { readonly: true });
  try {
    const begin = (db.prepare('SELECT COUNT(*) FROM events WHERE position < ?').pluck().get(from) as number) ?? 0;
    const wanted = new Set(sizes);
    const range = CompactRange.empty(begin);
    const snapshots: { size: number; range: ReturnType<CompactRange['toMessage']> }[] = [];
    const mismatches: ChainBreak[] = [];
    const rows = db
      .prepare(
        `SELECT position, event_id, stream_id, revision, type, schema_version, data, occurred_at, actor, reason, command_id,
           correlation_id, causation_id, recorded_at, prev_hash, hash, ${schemeColumn ? 'hash_scheme' : '1'}
         FROM events WHERE position BETWEEN ? AND ? ORDER BY position`,
      )
      .raw()
      .iterate(from, to) as Iterable<Row>;
    let count = 0;
    for (const row of rows) {
      const problem = checkRow(row);
      if (problem) mismatches.push({ position: row[0], streamId: row[2], revision: row[3], eventId: row[1], ...problem });
      range.append(eventLeafHash(String(row[15]), String(row[13])));
      if (wanted.has(range.end)) snapshots.push({ size: range.end, range: range.clone().toMessage() });
      if (++count % 50_000 === 0) progress(50_000);
    }
    progress(count % 50_000);
    return { count, mismatches, range: range.toMessage(), snapshots };
  } catch (error) {
    return { failure: (error as Error).message };
  } finally {
    db.close();
  }
}

/** Rows hold the canonical JSON that was hashed; text stored in another equivalent form is re-parsed. */
function checkRow(row: Row): Pick<ChainBreak, 'problem' | 'detail'> | undefined {
  const [, eventId, streamId, revision, type, schemaVersion, data, occurredAt, actor, reason, commandId, correlationId, causationId, , prevHash, hash, scheme] = row;
  if (!isHashScheme(scheme)) return { problem: 'UNKNOWN_HASH_SCHEME', detail: `hash_scheme is ${String(scheme)}` };
  try {
    // An explicit literal, not a spread: this runs once per event.
    const canonical = { actor, causationId, commandId, correlationId, data, eventId, occurredAt, prevHash, reason, revision, schemaVersion, streamId, type };
    if (hashCanonical(scheme, canonical) === hash) return undefined;
    const parsed = { ...canonical, reason: reason ?? undefined, hashScheme: scheme, actor: parseColumn('actor', actor), data: parseColumn('data', data) };
    return hashEvent(parsed) === hash ? undefined : { problem: 'HASH_MISMATCH' };
  } catch (error) {
    return { problem: 'UNREADABLE', detail: (error as Error).message };
  }
}

function parseColumn(name: string, text: unknown): any {
  try {
    return JSON.parse(String(text));
  } catch {
    throw new Error(`${name} is not valid JSON`);
  }
}

if (parentPort && workerData) {
  const port = parentPort;
  port.postMessage(verifyRange(workerData as WorkerInput, (events) => port.postMessage({ progress: events })));
}

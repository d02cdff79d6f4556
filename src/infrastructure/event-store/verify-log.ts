import { ChainBreak, ChainVerifier } from './hash-chain';
import { EventStore } from './event-store.port';
import { verifySqliteLog } from './sqlite/parallel-verify';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

export interface VerificationReport {
  readonly verifiedEvents: number;
  readonly streams: number;
  readonly headPosition: number;
  readonly breaks: ChainBreak[];
  readonly intact: boolean;
}

/**
 * Verifies every stream's hash chain (auditors, the CLI, the benchmark). The embedded log is verified
 * on all cores; any other store is replayed through the port in pages.
 */
export async function verifyLog(store: EventStore, from = 0, pageSize = 5000): Promise<VerificationReport> {
  if (store instanceof SqliteEventStore && from === 0) {
    const report = await verifySqliteLog(store.file);
    return { ...report, headPosition: await store.headPosition(), intact: report.breaks.length === 0 };
  }
  return verifyThroughPort(store, from, pageSize);
}

/** The store-neutral verification: replay `$all` in order through a ChainVerifier. */
export async function verifyThroughPort(store: EventStore, from = 0, pageSize = 5000): Promise<VerificationReport> {
  const verifier = new ChainVerifier();
  let after = from;
  for (;;) {
    const page = await store.readAll({ after, maxCount: pageSize });
    for (const event of page.events) verifier.add(event);
    if (page.events.length < pageSize) break;
    after = page.scannedTo;
  }
  return {
    verifiedEvents: verifier.verified,
    streams: verifier.streams,
    headPosition: await store.headPosition(),
    breaks: verifier.breaks,
    intact: verifier.breaks.length === 0,
  };
}

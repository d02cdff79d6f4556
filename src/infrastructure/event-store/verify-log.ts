import { ChainBreak, ChainVerifier } from './hash-chain';
import { EventStore } from './event-store.port';

export interface VerificationReport {
  readonly verifiedEvents: number;
  readonly streams: number;
  readonly headPosition: number;
  readonly breaks: ChainBreak[];
  readonly intact: boolean;
}

/** Replays `$all` in pages and verifies every stream's hash chain (auditors, the CLI, the benchmark). */
export async function verifyLog(store: EventStore, from = 0, pageSize = 5000): Promise<VerificationReport> {
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

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadProcessConfig } from '@config/config';
import { CheckpointSigner } from '@infrastructure/event-store/checkpoint';
import { checkInclusionProof, InclusionProof, proveInclusion } from '@infrastructure/event-store/inclusion-proof';
import { openEventStore } from '@infrastructure/event-store/open-event-store';
import { verifyLog, verifySqliteFile } from '@infrastructure/event-store/verify-log';

const USAGE = `usage:
  npm run verify [-- --checkpoint <witness file>] [--trust-key <keyId>]...
  npm run verify -- --prove <eventId>
  npm run verify -- --check-proof <proof file> [--trust-key <keyId>]...`;

/**
 * Auditor's tool. Exit code 0 = intact / proof valid, 1 = problems found (all listed), 2 = bad usage
 * or the store could not be opened. The JSON report goes to stdout; progress to stderr on a TTY.
 * - default: every stream chain (per its hash scheme), the Merkle tree over the whole log, and every
 *   checkpoint in the log (signature by a trusted key, root equal to the tree at its size);
 * - `--checkpoint <file>`: also every line of a witness file, so truncation, deletion and reordering
 *   since a witnessed checkpoint are caught;
 * - `--prove <eventId>`: prints an inclusion proof of the event against the latest covering checkpoint;
 * - `--check-proof <file>`: checks such a proof offline (no store needed).
 * Trusted keys: the configured checkpoint key, the keys in the witness file, and each `--trust-key`.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      checkpoint: { type: 'string' },
      prove: { type: 'string' },
      'check-proof': { type: 'string' },
      'trust-key': { type: 'string', multiple: true },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const extraKeys = values['trust-key'] ?? [];
  if (values['check-proof']) {
    const proof = JSON.parse(readFileSync(values['check-proof'], 'utf8')) as InclusionProof;
    const result = checkInclusionProof(proof, extraKeys.length ? new Set(extraKeys) : undefined);
    console.log(JSON.stringify(result, null, 2));
    return result.valid ? 0 : 1;
  }
  const config = loadProcessConfig();
  if (values.prove) {
    const store = openEventStore(config);
    try {
      console.log(JSON.stringify(await proveInclusion(store, values.prove), null, 2));
      return 0;
    } finally {
      await store.close();
    }
  }
  const store = config.eventStore.kind === 'kurrentdb' ? openEventStore(config) : undefined;
  try {
    const trustedKeyIds = [new CheckpointSigner(config.checkpoint.signingKey).keyId, ...extraKeys];
    const started = performance.now();
    const options = { witnessFile: values.checkpoint, trustedKeyIds, onProgress: process.stderr.isTTY ? progress(started) : undefined };
    // The embedded file is read as it is, read-only: a damaged file is reported, not opened for writing.
    const report = store ? await verifyLog(store, options) : await verifySqliteFile(config.eventStore.kind === 'sqlite' ? config.eventStore.file : '', options);
    if (process.stderr.isTTY) process.stderr.write('\n');
    console.log(JSON.stringify(report, null, 2));
    const seconds = (performance.now() - started) / 1000;
    console.error(summary(report, seconds));
    return report.intact ? 0 : 1;
  } finally {
    await store?.close();
  }
}

function progress(started: number): (events: number, total: number) => void {
  let last = 0;
  return (events, total) => {
    const now = performance.now();
    if (now - last < 200 && events < total) return;
    last = now;
    const rate = Math.round(events / ((now - started) / 1000 || 1));
    process.stderr.write(`\rverified ${events.toLocaleString()}${total ? ` / ${total.toLocaleString()}` : ''} events (${rate.toLocaleString()}/s)   `);
  };
}

function summary(report: Awaited<ReturnType<typeof verifyLog>>, seconds: number): string {
  const problems = report.checkpoints.problems.length + (report.witness?.problems.length ?? 0);
  return [
    `${report.intact ? 'INTACT' : 'BROKEN'}: ${report.verifiedEvents.toLocaleString()} events in ${report.streams.toLocaleString()} streams in ${seconds.toFixed(1)} s`,
    `  broken events: ${report.breaks.length} ${JSON.stringify(report.counts)}`,
    `  tree: ${report.merkle.treeSize} leaves, root ${report.merkle.rootHash}`,
    `  checkpoints in the log: ${report.checkpoints.inLog}, latest covers ${report.checkpoints.latest?.treeSize ?? 0}; ${report.checkpoints.unanchoredEvents} events since`,
    report.witness ? `  witness ${report.witness.file}: ${report.witness.lines} lines, last covers ${report.witness.last?.treeSize ?? '-'}` : '  witness: not given (--checkpoint <file>)',
    `  checkpoint problems: ${problems}${report.readError ? `; unreadable: ${report.readError}` : ''}`,
  ].join('\n');
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(error.message ?? error);
    console.error(USAGE);
    process.exit(2);
  },
);

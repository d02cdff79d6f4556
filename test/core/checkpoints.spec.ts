import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKPOINT_STREAM, CheckpointSigner } from '@infrastructure/event-store/checkpoint';
import { Checkpointer } from '@infrastructure/event-store/checkpointer';
import { checkInclusionProof, proveInclusion } from '@infrastructure/event-store/inclusion-proof';
import { SqliteEventStore } from '@infrastructure/event-store/sqlite/sqlite-event-store';
import { verifyLog } from '@infrastructure/event-store/verify-log';
import { FixedClock } from '@kernel/clock';
import { newEvent } from '../fixtures/events';
import { tempDir } from '../fixtures/stores';

const SEED = '11'.repeat(32);

function setup(options: { everyEvents?: number; everySeconds?: number } = {}) {
  const dir = tempDir('akt-checkpoint-');
  const store = new SqliteEventStore(join(dir, 'events.db'));
  const clock = new FixedClock(new Date('2026-03-01T00:00:00.000Z'));
  const witnessPath = join(dir, 'witness.jsonl');
  const signer = new CheckpointSigner(SEED);
  const checkpointer = new Checkpointer(store, clock, { signer, witnessPath, everyEvents: options.everyEvents ?? 10, everySeconds: options.everySeconds ?? 60 });
  const witness = () => readFileSync(witnessPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  return { dir, store, clock, witnessPath, signer, checkpointer, witness };
}

async function write(store: SqliteEventStore, stream: string, count: number, from = 0): Promise<void> {
  for (let r = from; r < from + count; r++) await store.append(stream, [newEvent('test.Thing', { r })], r === 0 ? 'no_stream' : r - 1);
}

describe('Checkpointer', () => {
  it('writes a checkpoint every N events and after T seconds on the injected clock, never for nothing new', async () => {
    const { store, clock, checkpointer, witness } = setup({ everyEvents: 10, everySeconds: 60 });
    await checkpointer.start();
    await write(store, 'test-a-1', 9);
    expect(await checkpointer.tick()).toBeUndefined();
    await write(store, 'test-a-1', 1, 9);
    const byCount = await checkpointer.tick();
    expect(byCount).toMatchObject({ treeSize: 10, time: '2026-03-01T00:00:00.000Z' });
    await write(store, 'test-a-1', 2, 10);
    clock.set('2026-03-01T00:00:59.000Z');
    expect(await checkpointer.tick()).toBeUndefined();
    clock.set('2026-03-01T00:01:00.000Z');
    const byTime = await checkpointer.tick();
    // 10 events, the first checkpoint, 2 more events.
    expect(byTime).toMatchObject({ treeSize: 13, time: '2026-03-01T00:01:00.000Z' });
    clock.set('2026-03-01T01:00:00.000Z');
    expect(await checkpointer.tick()).toBeUndefined(); // only its own checkpoint is new
    expect(witness()).toEqual([byCount, byTime]);
    expect((await store.readStream(CHECKPOINT_STREAM)).map((e) => e.data.treeSize)).toEqual([10, 13]);
    await checkpointer.stop();
    await store.close();
  });

  it('resumes the tree from the last checkpoint instead of rehashing the log, and anchors the tail on stop', async () => {
    const { store, clock, signer, witnessPath, checkpointer } = setup({ everyEvents: 5 });
    await checkpointer.start();
    await write(store, 'test-b-1', 5);
    await checkpointer.tick();
    await write(store, 'test-b-1', 3, 5);
    await checkpointer.stop(); // 5 + 1 checkpoint + 3

    const readAll = jest.spyOn(store, 'readAll');
    const resumed = new Checkpointer(store, clock, { signer, witnessPath, everyEvents: 5, everySeconds: 60 });
    await resumed.start();
    expect(resumed.treeSize).toBe(9);
    await resumed.tick();
    expect(readAll.mock.calls.map(([o]) => o.after)).toEqual([9]); // only what follows the last checkpoint
    await write(store, 'test-b-1', 1, 8);
    await resumed.stop();
    const report = await verifyLog(store, { witnessFile: witnessPath, trustedKeyIds: [signer.keyId] });
    expect(report).toMatchObject({ intact: true, merkle: { treeSize: 12 }, checkpoints: { inLog: 3, unanchoredEvents: 1, problems: [] } });
    expect(report.witness).toMatchObject({ lines: 3, problems: [] });
    await store.close();
  });
  it('starts while the store is unavailable and resumes at the next tick', async () => {
    const { store, checkpointer, witness } = setup({ everyEvents: 3 });
    await write(store, 'test-c-1', 3);
    const readStream = jest.spyOn(store, 'readStream').mockRejectedValueOnce(new Error('store down'));
    await expect(checkpointer.start()).resolves.toBeUndefined();
    readStream.mockRestore();
    expect(await checkpointer.tick()).toMatchObject({ treeSize: 3 });
    expect(witness()).toHaveLength(1);
    await checkpointer.stop();
    await store.close();
  });
});

describe('verify: checkpoints, witness file and inclusion proofs', () => {
  async function anchoredLog() {
    const ctx = setup({ everyEvents: 7 });
    await ctx.checkpointer.start();
    for (let s = 0; s < 5; s++) {
      await write(ctx.store, `test-s-${s}`, 6);
      await ctx.checkpointer.tick();
    }
    await ctx.checkpointer.stop();
    return ctx;
  }

  it('accepts the untouched log, and the same report through the port', async () => {
    const { store, witnessPath, signer } = await anchoredLog();
    const report = await verifyLog(store, { witnessFile: witnessPath, trustedKeyIds: [signer.keyId] });
    expect(report).toMatchObject({ intact: true, breaks: [], checkpoints: { problems: [] } });
    expect(report.checkpoints.inLog).toBe(3);
    expect(await verifyLog(store, { witnessFile: witnessPath, trustedKeyIds: [signer.keyId], throughPort: true })).toEqual(report);
    await store.close();
  });

  it('refuses checkpoints signed by an untrusted key, and a witness the log no longer extends', async () => {
    const { store, witnessPath, witness } = await anchoredLog();
    const untrusted = await verifyLog(store, { trustedKeyIds: ['0123456789abcdef'] });
    expect(new Set(untrusted.checkpoints.problems.map((p) => p.problem))).toEqual(new Set(['KEY_UNTRUSTED']));
    const lines = witness();
    const forged = { ...lines[0], rootHash: 'ab'.repeat(32) };
    const ahead = { ...lines[lines.length - 1], treeSize: 10_000 };
    writeFileSync(witnessPath, [forged, ahead].map((l) => JSON.stringify(l)).join('\n') + '\nnot json\n');
    const report = await verifyLog(store, { witnessFile: witnessPath });
    expect(report.intact).toBe(false);
    expect(report.witness!.problems.map((p) => [p.where, p.problem])).toEqual([
      ['line 1', 'SIGNATURE_INVALID'],
      ['line 1', 'ROOT_MISMATCH'],
      ['line 2', 'SIGNATURE_INVALID'],
      ['line 2', 'LOG_SHORTER_THAN_CHECKPOINT'],
      ['line 3', 'UNREADABLE'],
    ]);
    await store.close();
  });

  it('proves an event against the latest covering checkpoint; the proof checks offline and fails when altered', async () => {
    const { store, signer } = await anchoredLog();
    const [event] = await store.readStream('test-s-2', { fromRevision: 3, maxCount: 1 });
    const proof = JSON.parse(JSON.stringify(await proveInclusion(store, event.eventId)));
    expect(proof).toMatchObject({ leafIndex: expect.any(Number), treeSize: expect.any(Number), checkpoint: { keyId: signer.keyId } });
    expect(checkInclusionProof(proof, new Set([signer.keyId]))).toEqual({ valid: true, problems: [] });
    expect(checkInclusionProof({ ...proof, event: { ...proof.event, data: { r: 99 } } }).problems).toContain('the event does not hash to its hash');
    expect(checkInclusionProof({ ...proof, leafIndex: proof.leafIndex + 1 }).problems).toContain('the audit path does not lead to the checkpoint root');
    expect(checkInclusionProof({ ...proof, event: { ...proof.event, recordedAt: '2030-01-01T00:00:00.000Z' } }).valid).toBe(false);
    expect(checkInclusionProof({ ...proof, checkpoint: { ...proof.checkpoint, time: '2030-01-01T00:00:00.000Z' } }).problems).toContain('checkpoint: signature does not verify');
    expect(checkInclusionProof(proof, new Set(['0123456789abcdef'])).valid).toBe(false);
    await expect(proveInclusion(store, 'no-such-event')).rejects.toThrow(/No event/);
    await store.close();
  });
});

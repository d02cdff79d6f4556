import { join } from 'node:path';
import { SqliteEventStore } from '@infrastructure/event-store/sqlite/sqlite-event-store';
import { ExpectedRevision } from '@kernel/event-store.port';
import { FixedClock } from '@kernel/clock';
import { CLAIM_MADE, CLAIM_RELEASED, CLAIM_REVOKED, foldClaim, registerLegacyClaim } from '@kernel/claims/claim.events';
import { CLAIM_RECONCILIATION_STREAM, ClaimReconciler } from '@kernel/claims/claim-reconciler';
import { Claim, Claims } from '@kernel/claims/claims';
import { CommandExecutor } from '@kernel/command-handling';
import { DomainRuleViolation } from '@kernel/errors';
import { eventRegistry } from '@kernel/event-registry';
import { NewEvent } from '@kernel/events';
import { eventIdFor, legacyEventIdFor } from '@kernel/ids';
import { counterDecider } from '../fixtures/counter';
import { newEvent } from '../fixtures/events';
import { context, tempDir } from '../fixtures/stores';

/** A store whose next append to one stream waits until released: a command paused between its claim and its write. */
class PausingStore extends SqliteEventStore {
  private pause?: { streamId: string; reached: () => void; release: Promise<void> };

  pauseNextAppend(streamId: string): { reached: Promise<void>; release: () => void } {
    let reached!: () => void;
    let release!: () => void;
    const reachedPromise = new Promise<void>((resolve) => (reached = resolve));
    this.pause = { streamId, reached, release: new Promise<void>((resolve) => (release = resolve)) };
    return { reached: reachedPromise, release };
  }

  override async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision) {
    const pause = this.pause;
    if (pause && pause.streamId === streamId) {
      this.pause = undefined;
      pause.reached();
      await pause.release;
    }
    return super.append(streamId, events, expected);
  }
}

const taken = (): Claim => ({ streamId: 'test-value-42', refusal: () => new DomainRuleViolation('TEST.VALUE_TAKEN', 'value 42 is taken') });
const increment = (counterId: string) => ({ counterId, by: 1 });

describe('Claims (cross-stream uniqueness that a crash cannot orphan)', () => {
  let store: PausingStore;
  let executor: CommandExecutor;
  beforeEach(() => {
    store = new PausingStore(join(tempDir(), 'events.db'));
    executor = new CommandExecutor(store, 10);
  });
  afterEach(() => store.close());

  const holderOf = async (claimStreamId: string) => foldClaim(await store.readStream(claimStreamId)).holder?.owner.streamId;

  it('claims a value for the write, and refuses it to another stream once that write exists', async () => {
    await executor.execute(counterDecider, 'counter-a', increment('a'), context(), { claims: [taken()] });
    await expect(executor.execute(counterDecider, 'counter-b', increment('b'), context(), { claims: [taken()] })).rejects.toMatchObject({ rule: 'TEST.VALUE_TAKEN' });
    expect(await holderOf('test-value-42')).toBe('counter-a');
    expect(await store.readStream('counter-b')).toEqual([]);
  });

  it('a refused decision claims nothing', async () => {
    await expect(executor.execute(counterDecider, 'counter-a', { counterId: 'a', by: 5, ceiling: 1 }, context(), { claims: [taken()] })).rejects.toBeInstanceOf(DomainRuleViolation);
    expect(await store.readStream('test-value-42')).toEqual([]);
  });

  it('takes over a claim whose write never happened (a crash between claim and write): fence first, then the claim', async () => {
    const crashed = context();
    await new Claims(store, 10).acquire(taken(), { streamId: 'counter-a', eventId: eventIdFor(crashed.commandId, 'counter-a', 0) }, crashed);
    await executor.execute(counterDecider, 'counter-b', increment('b'), context(), { claims: [taken()] });
    expect(await holderOf('test-value-42')).toBe('counter-b');
    expect((await store.readStream('counter-a')).map((e) => e.type)).toEqual([CLAIM_REVOKED]);
    expect((await store.readStream('test-value-42')).map((e) => e.type)).toEqual([CLAIM_MADE, CLAIM_MADE]);
  });

  it('a slow owner that lost its claim meanwhile cannot write: the fence makes its append fail, and the claim refuses it', async () => {
    const paused = store.pauseNextAppend('counter-a');
    const slow = executor.execute(counterDecider, 'counter-a', increment('a'), context(), { claims: [taken()] });
    await paused.reached;
    await executor.execute(counterDecider, 'counter-b', increment('b'), context(), { claims: [taken()] });
    paused.release();
    await expect(slow).rejects.toMatchObject({ rule: 'TEST.VALUE_TAKEN' });
    expect((await store.readStream('counter-a')).map((e) => e.type)).toEqual([CLAIM_REVOKED]);
    expect((await store.readStream('counter-b')).map((e) => e.type)).toEqual(['test.CounterIncremented']);
    expect(await holderOf('test-value-42')).toBe('counter-b');
  });

  it('a fenced owner writes only after claiming again (here: the value was released meanwhile)', async () => {
    const ctx = context();
    const owner = { streamId: 'counter-a', eventId: eventIdFor(ctx.commandId, 'counter-a', 0) };
    const claims = new Claims(store, 10);
    await claims.acquire(taken(), owner, ctx);
    expect(await claims.releaseIfOrphaned('test-value-42', '9999-01-01T00:00:00.000Z', context())).toBe(true);
    const retried = await executor.execute(counterDecider, 'counter-a', increment('a'), ctx, { claims: [taken()] });
    expect(retried).toMatchObject({ duplicate: false, revision: 1, state: { total: 1 } });
    expect((await store.readStream('counter-a')).map((e) => e.type)).toEqual([CLAIM_REVOKED, 'test.CounterIncremented']);
    expect((await store.readStream('test-value-42')).map((e) => e.type)).toEqual([CLAIM_MADE, CLAIM_RELEASED, CLAIM_MADE]);
  });

  it('reads a module\'s legacy claim events as claims owned by the command that caused them', async () => {
    eventRegistry.register([{ type: 'test.ValueClaimed', version: 1, description: 'Test fixture: a claim written before kernel claims.' }]);
    registerLegacyClaim('test.ValueClaimed', (event) => ({ streamId: `counter-${event.data.counterId}`, eventId: legacyEventIdFor(event.causationId, 0) }));
    await store.append('test-value-42', [{ ...newEvent('test.ValueClaimed', { counterId: 'old' }), metadata: { ...newEvent('x', {}).metadata, causationId: 'cmd-old' } }], 'no_stream');
    // Its write never happened: taken over like any other.
    await executor.execute(counterDecider, 'counter-b', increment('b'), context(), { claims: [taken()] });
    expect(await holderOf('test-value-42')).toBe('counter-b');
    expect((await store.readStream('counter-old')).map((e) => e.data)).toEqual([{ eventId: legacyEventIdFor('cmd-old', 0), claimStreamId: 'test-value-42' }]);
  });

  describe('the reconciling pass', () => {
    const clock = new FixedClock(new Date('2026-03-01T03:00:00.000Z'));
    const reconciler = (graceMs: number) => new ClaimReconciler(store, { graceMs, intervalMs: 60_000, maxAttempts: 10 }, clock);

    it('releases orphaned claims older than the grace period and leaves written ones alone', async () => {
      const orphan = context();
      await new Claims(store, 10).acquire({ ...taken(), streamId: 'test-value-orphan' }, { streamId: 'counter-x', eventId: eventIdFor(orphan.commandId, 'counter-x', 0) }, orphan);
      await executor.execute(counterDecider, 'counter-a', increment('a'), context(), { claims: [taken()] });
      clock.set(new Date(Date.now() + 1000));
      expect(await reconciler(60_000).reconcile()).toBe(0);
      const pass = reconciler(0);
      expect(await pass.reconcile()).toBe(1);
      expect(foldClaim(await store.readStream('test-value-orphan')).holder).toBeNull();
      expect(await holderOf('test-value-42')).toBe('counter-a');
      // Nothing left to do: a second pass writes nothing.
      const head = await store.headPosition();
      expect(await pass.reconcile()).toBe(0);
      expect(await store.headPosition()).toBe(head);
    });

    it('settles a claim whose write exists with one read of that write, without reading the claim stream', async () => {
      for (const id of ['a', 'b', 'c']) await executor.execute(counterDecider, `counter-${id}`, increment(id), context(), { claims: [{ ...taken(), streamId: `test-value-${id}` }] });
      const orphan = context();
      await new Claims(store, 10).acquire({ ...taken(), streamId: 'test-value-orphan' }, { streamId: 'counter-x', eventId: eventIdFor(orphan.commandId, 'counter-x', 0), revision: 0 }, orphan);
      clock.set(new Date(Date.now() + 1000));
      const read = jest.spyOn(store, 'readStream');
      expect(await reconciler(0).reconcile()).toBe(1);
      const reads = read.mock.calls.map(([id, options]) => `${id}${options?.maxCount === 1 ? '@' + options.fromRevision : ''}`);
      read.mockRestore();
      // The written owners are each read once at their revision; only the orphan's claim stream is read (and fenced).
      expect(reads.filter((id) => /^(counter|test-value)-[abc]/.test(id)).sort()).toEqual(['counter-a@0', 'counter-b@0', 'counter-c@0']);
      expect(reads).toContain('test-value-orphan');
      expect(foldClaim(await store.readStream('test-value-orphan')).holder).toBeNull();
      expect(await holderOf('test-value-b')).toBe('counter-b');
    });

    it('settles a written claim at the first pass however young it is, and leaves a young orphan for later', async () => {
      await executor.execute(counterDecider, 'counter-a', increment('a'), context(), { claims: [{ ...taken(), streamId: 'test-value-a' }] });
      const writtenThrough = await store.headPosition();
      const orphan = context();
      await new Claims(store, 10).acquire({ ...taken(), streamId: 'test-value-orphan' }, { streamId: 'counter-x', eventId: eventIdFor(orphan.commandId, 'counter-x', 0), revision: 0 }, orphan);
      const pass = reconciler(60_000);
      expect(await pass.reconcile()).toBe(0);
      await pass.beforeApplicationShutdown();
      const [marker] = await store.readStream(CLAIM_RECONCILIATION_STREAM);
      // Settled through the written claim; the orphan (under the grace period) is still pending.
      expect((marker.data as { settledThrough: number }).settledThrough).toBeGreaterThanOrEqual(writtenThrough);
      expect(foldClaim(await store.readStream('test-value-orphan')).holder?.owner.streamId).toBe('counter-x');
    });

    it('records how far claims are settled at shutdown, so the next start re-checks only later claims', async () => {
      const orphanClaim = async (streamId: string, owner: string) => {
        const ctx = context();
        await new Claims(store, 10).acquire({ ...taken(), streamId }, { streamId: owner, eventId: eventIdFor(ctx.commandId, owner, 0) }, ctx);
      };
      await executor.execute(counterDecider, 'counter-a', increment('a'), context(), { claims: [taken()] });
      await orphanClaim('test-value-first', 'counter-x');
      clock.set(new Date(Date.now() + 1000));
      const first = reconciler(0);
      expect(await first.reconcile()).toBe(1);
      // Far less than PROGRESS_EVERY moved: the pass writes no marker; shutdown does.
      expect(await store.readStream(CLAIM_RECONCILIATION_STREAM)).toEqual([]);
      await first.beforeApplicationShutdown();
      const [marker] = await store.readStream(CLAIM_RECONCILIATION_STREAM);
      expect(marker.type).toBe('kernel.ClaimsReconciled');
      const settled = (marker.data as { settledThrough: number }).settledThrough;
      expect(settled).toBeGreaterThanOrEqual(3);

      await orphanClaim('test-value-later', 'counter-z');
      clock.set(new Date(Date.now() + 2000));
      const read = jest.spyOn(store, 'readStream');
      const second = reconciler(0);
      expect(await second.reconcile()).toBe(1);
      expect([...new Set(read.mock.calls.map(([id]) => id).filter((id) => id.startsWith('test-value')))]).toEqual(['test-value-later']);
      read.mockRestore();
      expect(foldClaim(await store.readStream('test-value-later')).holder).toBeNull();
      expect(await holderOf('test-value-42')).toBe('counter-a');
      await second.beforeApplicationShutdown();
      const markers = (await store.readStream(CLAIM_RECONCILIATION_STREAM)).map((e) => (e.data as { settledThrough: number }).settledThrough);
      expect(markers).toHaveLength(2);
      expect(markers[1]).toBeGreaterThan(settled);

      // A restart that settles nothing writes nothing, though the head moved past the last marker.
      const head = await store.headPosition();
      const third = reconciler(0);
      expect(await third.reconcile()).toBe(0);
      await third.beforeApplicationShutdown();
      expect(await store.headPosition()).toBe(head);
    });
  });
});

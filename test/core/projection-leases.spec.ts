import fc from 'fast-check';
import { join } from 'node:path';
import { EmbeddedDocumentStore } from '@infrastructure/document-store/embedded/embedded-document-store';
import { SqliteEventStore } from '@infrastructure/event-store/sqlite/sqlite-event-store';
import { DocumentStoreLeases, LEASES, LeaseLostError } from '@infrastructure/projections/lease';
import { defineProjection } from '@infrastructure/projections/projection';
import { ProjectionRunner } from '@infrastructure/projections/projection-runner';
import { CommandExecutor } from '@kernel/command-handling';
import { eventRegistry } from '@kernel/event-registry';
import { counterDecider, counterProjection, CounterEvent } from '../fixtures/counter';
import { context, tempDir } from '../fixtures/stores';

/** A counter projection that also records which instance applied which event (after its fence passed). */
function recordingProjection(holder: string, applied: { holder: string; position: number }[]) {
  const counters = counterProjection();
  return defineProjection<CounterEvent>({
    name: counters.name,
    version: counters.version,
    collections: counters.collections,
    canHandle: ['test.CounterIncremented'],
    async apply(event, writer) {
      applied.push({ holder, position: event.position });
      await counters.apply(event, writer);
    },
  });
}

describe('projection leases: two runners sharing one read store', () => {
  let events: SqliteEventStore;
  let docs: EmbeddedDocumentStore;
  let executor: CommandExecutor;
  const runners: ProjectionRunner[] = [];
  const applied: { holder: string; position: number }[] = [];
  const increment = (counterId: string) => executor.execute(counterDecider, `counter-${counterId}`, { counterId, by: 1 }, context());

  beforeEach(() => {
    events = new SqliteEventStore(join(tempDir(), 'events.db'));
    docs = new EmbeddedDocumentStore();
    executor = new CommandExecutor(events, 5);
    applied.length = 0;
  });
  afterEach(async () => {
    for (const runner of runners.splice(0)) await runner.stop();
    await events.close();
    await docs.close();
  });

  function start(holder: string, leases = new DocumentStoreLeases(docs, { holderId: holder, ttlMs: 300 })) {
    const runner = new ProjectionRunner(events, docs, eventRegistry, { pageSize: 5, onPoison: 'stop', retryDelayMs: 10, leases, followPollMs: 20 });
    runner.register(recordingProjection(holder, applied));
    runners.push(runner);
    return runner.start().then(() => runner);
  }

  it('runs background work (scheduler, sender) on one instance at a time, and hands it over on stop', async () => {
    const a = await start('api-a');
    const b = await start('api-b');
    expect(await a.holdsSingleton('deadline-scheduler')).toBe(true);
    expect(await b.holdsSingleton('deadline-scheduler')).toBe(false);
    expect(await a.holdsSingleton('deadline-scheduler')).toBe(true); // renewed by its holder
    expect(await b.holdsSingleton('notification-sender')).toBe(true); // another name, another lease
    await a.stop();
    expect(await b.holdsSingleton('deadline-scheduler')).toBe(true);
  });

  it('runs the projection on one instance; the other serves waitFor from its checkpoint; a dead holder is taken over', async () => {
    for (let i = 0; i < 12; i++) await increment(`c${i % 3}`);
    let partitioned = false;
    const leasesA = new DocumentStoreLeases(docs, { holderId: 'api-a', ttlMs: 300 });
    const holdA = leasesA.hold.bind(leasesA);
    // api-a loses the read store for leases (a partition): it can neither renew nor, by its own clock, commit.
    leasesA.hold = (name) => (partitioned ? Promise.reject(new Error('network partition')) : holdA(name));
    const a = await start('api-a', leasesA);
    const b = await start('api-b');

    // b does not run it but answers read-your-writes by watching a's checkpoint.
    expect(await b.waitFor(await events.headPosition(), ['counters'], 5000)).toBe(true);
    expect(applied.every((entry) => entry.holder === 'api-a')).toBe(true);
    expect((await b.status())[0]).toMatchObject({ state: 'LIVE', lag: 0 });
    expect(await docs.collection(LEASES).findById('counters')).toMatchObject({ holder: 'api-a' });

    partitioned = true;
    await new Promise((resolve) => setTimeout(resolve, 400)); // past the expiry
    for (let i = 0; i < 9; i++) await increment(`c${i % 3}`);
    expect(await b.waitFor(await events.headPosition(), ['counters'], 5000)).toBe(true);
    expect(await docs.collection(LEASES).findById('counters')).toMatchObject({ holder: 'api-b', term: 2 });
    expect(applied.filter((entry) => entry.holder === 'api-b').length).toBeGreaterThan(0);

    // No event was applied by both, and together they applied each one.
    const byPosition = new Map<number, Set<string>>();
    for (const { holder, position } of applied) byPosition.set(position, (byPosition.get(position) ?? new Set()).add(holder));
    expect([...byPosition.values()].every((holders) => holders.size === 1)).toBe(true);
    expect(byPosition.size).toBe(21);
    const counters = await docs.collection('counters__g1').find({}, { sort: { _id: 1 } });
    expect(counters.map((c) => c.total)).toEqual([7, 7, 7]);

    // api-a follows now: its waitFor is served by b's checkpoint.
    partitioned = false;
    await increment('c0');
    expect(await a.waitFor(await events.headPosition(), ['counters'], 5000)).toBe(true);
  });

  it('a stopped holder releases its leases at once: the other takes over at its next renewal', async () => {
    const a = await start('api-a', new DocumentStoreLeases(docs, { holderId: 'api-a', ttlMs: 6000 }));
    const b = await start('api-b', new DocumentStoreLeases(docs, { holderId: 'api-b', ttlMs: 6000 }));
    await increment('c0');
    expect(await b.waitFor(await events.headPosition(), [], 5000)).toBe(true);
    await a.stop();
    const stopped = Date.now();
    runners.splice(runners.indexOf(a), 1);
    await increment('c1');
    // b renews every ttl / 3 = 2 s: it takes the released lease then, well before a's 6 s expiry.
    while ((await docs.collection(LEASES).findById('counters'))?.holder !== 'api-b') await new Promise((r) => setTimeout(r, 50));
    expect(Date.now() - stopped).toBeLessThan(5000);
    expect(await b.waitFor(await events.headPosition(), [], 5000)).toBe(true);
    expect(applied.filter((entry) => entry.holder === 'api-b').map((e) => e.position)).toContain(await events.headPosition());
  }, 20_000);
});

describe('lease protocol under interleavings (property)', () => {
  type Step = { who: number; op: 'hold' | 'fence' | 'release' } | { op: 'wait'; ms: number };
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({ who: fc.integer({ min: 0, max: 2 }), op: fc.constantFrom('hold' as const, 'fence' as const, 'release' as const) }),
    fc.record({ op: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 1500 }) }),
  );

  it('never promises the lease to two instances for the same moment; one passes the fence at most; a term has one holder', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(step, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 40 }), async (rounds) => {
        const docs = new EmbeddedDocumentStore();
        let now = 0;
        const leases = [0, 1, 2].map((i) => new DocumentStoreLeases(docs, { holderId: `api-${i}`, ttlMs: 1000, now: () => now }));
        const holderOfTerm = new Map<number, string>();
        // Until when each instance was told it holds the lease (0: it does not).
        const validUntil = [0, 0, 0];
        for (const round of rounds) {
          for (const s of round) if (s.op === 'wait') now += s.ms;
          // The other steps of a round start together: their transactions interleave as the store allows.
          await Promise.all(
            round.map(async (s) => {
              if (s.op === 'hold') {
                const at = now;
                const held = await leases[s.who].hold('p');
                if (held) {
                  // Nobody else was promised the lease for this moment.
                  expect(validUntil.filter((until, who) => who !== s.who && until > at)).toEqual([]);
                  validUntil[s.who] = at + 1000;
                } else validUntil[s.who] = 0;
              } else if (s.op === 'release') {
                await leases[s.who].release('p');
                validUntil[s.who] = 0;
              } else if (s.op === 'fence') {
                await docs.transaction((tx) => leases[s.who].fence(tx, 'p')).catch((e) => expect(e).toBeInstanceOf(LeaseLostError));
              }
            }),
          );
          // Who could commit right now? At most one.
          const passing: string[] = [];
          for (const l of leases) {
            const ok = await docs
              .transaction(async (tx) => {
                await l.fence(tx, 'p');
                throw new Error('rollback');
              })
              .catch((e: Error) => e.message === 'rollback');
            if (ok) passing.push(l.holderId);
          }
          expect(passing.length).toBeLessThanOrEqual(1);
          const lease = await docs.collection('_projection_leases').findById('p');
          if (lease?.holder) {
            const known = holderOfTerm.get(lease.term);
            expect(known === undefined || known === lease.holder).toBe(true);
            holderOfTerm.set(lease.term, lease.holder);
          }
        }
        await docs.close();
      }),
      { numRuns: 150 },
    );
  });
});

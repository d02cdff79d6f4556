/**
 * Issue 14 items 1, 2 and 5: progress of filtered subscriptions, retried appends, and the runner on
 * KurrentDB. Driven by a fake of the client (test/fixtures/kurrent-client-fake.ts) that reproduces the
 * library's documented callbacks and events, typed against its real types; no server runs here.
 */
import { EmbeddedDocumentStore } from '../../document-store/embedded/embedded-document-store';
import { ProjectionRunner } from '../../projections/projection-runner';
import { eventRegistry } from '@kernel/event-registry';
import { counterProjection } from '../../../../test/fixtures/counter';
import { newEvent } from '../../../../test/fixtures/events';
import { KurrentClientFake } from '../../../../test/fixtures/kurrent-client-fake';
import { EventPage } from '@kernel/event-store.port';
import { GENESIS_HASH, sealEvents } from '../hash-chain';
import { KurrentDbEventStore, toEventData } from './kurrentdb-event-store';

const counted = (counterId: string, total: number) => newEvent('test.CounterIncremented', { counterId, by: 1, total });
const other = () => newEvent('test.Unrelated', {});

function setup(idleProbeMs = 60_000) {
  const fake = new KurrentClientFake();
  const store = new KurrentDbEventStore('kurrentdb://localhost:2113?tls=false', fake.client, { idleProbeMs });
  return { fake, store };
}

/** Writes as another process would (the adapter instance under test hears nothing of it). */
function seedOther(fake: KurrentClientFake, streamId: string, count = 1) {
  const sealed = sealEvents(streamId, Array.from({ length: count }, other), { revision: 0, prevHash: GENESIS_HASH });
  return fake.seed(streamId, sealed.map((e) => toEventData(e, 'now')));
}

async function nextPage(iterator: AsyncIterator<EventPage>, withinMs = 1000): Promise<EventPage> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no page within ${withinMs} ms`)), withinMs)));
  try {
    const result = await Promise.race([iterator.next(), timeout]);
    if (result.done) throw new Error('subscription ended');
    return result.value;
  } finally {
    clearTimeout(timer);
  }
}

describe('KurrentDbEventStore: a filtered subscription reports how far it scanned', () => {
  it('on caughtUp, yields an empty page at the head when nothing it wants lies before it', async () => {
    const { fake, store } = setup();
    await store.append('counter-a', [counted('a', 1)], 'no_stream');
    const tail = seedOther(fake, 'other-1', 3);
    const iterator = store.subscribeToAll({ after: 0, types: ['test.CounterIncremented'] })[Symbol.asyncIterator]();
    expect((await nextPage(iterator)).events.map((e) => e.type)).toEqual(['test.CounterIncremented']);
    const head = Number(tail[2].position!.commit);
    expect(await nextPage(iterator)).toEqual({ events: [], scannedTo: head });
    await iterator.return?.();
    await store.close();
  });

  it('once live, on a server checkpoint (only the filter callback gets it), probes and claims the head — never the checkpoint position', async () => {
    const { fake, store } = setup();
    await store.append('counter-a', [counted('a', 1)], 'no_stream');
    const iterator = store.subscribeToAll({ after: 0, types: ['test.CounterIncremented'] })[Symbol.asyncIterator]();
    const first = await nextPage(iterator);
    expect(first.events).toHaveLength(1);
    const written = seedOther(fake, 'other-1', 2);
    const pending = nextPage(iterator);
    await new Promise((resolve) => setTimeout(resolve, 60));
    await fake.checkpoint();
    const page = await pending;
    expect(page).toEqual({ events: [], scannedTo: Number(written[1].position!.commit) });
    await iterator.return?.();
    await store.close();
  });

  it('while still catching up (no caughtUp yet), checkpoints and local appends cause no probe: the server is scanning that gap', async () => {
    const { fake, store } = setup();
    fake.emitCaughtUp = false;
    const abort = new AbortController();
    const pages: EventPage[] = [];
    const reading = (async () => {
      for await (const page of store.subscribeToAll({ after: 0, types: ['test.CounterIncremented'], signal: abort.signal })) pages.push(page);
    })();
    await subscribed(fake);
    const before = fake.allReads;
    await store.append('other-1', [other()], 'no_stream');
    await fake.checkpoint();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fake.allReads).toBe(before);
    expect(pages).toEqual([]);
    abort.abort();
    await reading;
    await store.close();
  });

  it('after an idle period with no hint at all, probes anyway (writes by other processes)', async () => {
    const { fake, store } = setup(30);
    fake.emitCaughtUp = false;
    const [written] = seedOther(fake, 'other-1');
    const iterator = store.subscribeToAll({ after: 0, types: ['test.CounterIncremented'] })[Symbol.asyncIterator]();
    expect(await nextPage(iterator)).toEqual({ events: [], scannedTo: Number(written.position!.commit) });
    await iterator.return?.();
    await store.close();
  });

  it('never yields what the probe finds: the subscription delivers it, in order', async () => {
    const { fake, store } = setup();
    const iterator = store.subscribeToAll({ after: 0, types: ['test.CounterIncremented'] })[Symbol.asyncIterator]();
    const pending = nextPage(iterator);
    fake.holdDelivery = true;
    await new Promise((resolve) => setImmediate(resolve));
    await store.append('counter-a', [counted('a', 1)], 'no_stream'); // hints; the probe finds the held event
    seedOther(fake, 'other-1');
    await subscribed(fake);
    fake.release();
    const page = await pending;
    expect(page.events.map((e) => e.type)).toEqual(['test.CounterIncremented']);
    await iterator.return?.();
    await store.close();
  });

  it('coalesces a burst of appends into a few probes, and still ends at the head', async () => {
    const { fake, store } = setup();
    const abort = new AbortController();
    const pages: EventPage[] = [];
    const reading = (async () => {
      for await (const page of store.subscribeToAll({ after: 0, types: ['test.CounterIncremented'], signal: abort.signal })) pages.push(page);
    })();
    await subscribed(fake);
    const before = fake.allReads;
    let last = 0;
    for (let i = 0; i < 20; i++) last = (await store.append(`other-${i}`, [other()], 'no_stream')).position;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(fake.allReads - before).toBeLessThanOrEqual(12); // 2 reads per probe; not 2 per append
    expect(pages[pages.length - 1]?.scannedTo).toBe(last);
    abort.abort();
    await reading;
    await store.close();
  });

  it('a claimed head is a real event position: resubscribing from it is accepted by the store', async () => {
    const { fake, store } = setup();
    seedOther(fake, 'other-1', 2);
    const first = store.subscribeToAll({ after: 0, types: ['test.CounterIncremented'] })[Symbol.asyncIterator]();
    const { scannedTo } = await nextPage(first);
    await first.return?.();
    await store.append('counter-a', [counted('a', 1)], 'no_stream');
    const again = store.subscribeToAll({ after: scannedTo, types: ['test.CounterIncremented'] })[Symbol.asyncIterator]();
    expect((await nextPage(again)).events.map((e) => e.streamId)).toEqual(['counter-a']);
    await again.return?.();
    await store.close();
  });
});

describe('ProjectionRunner on KurrentDB (fake client): projections that ignore the latest events', () => {
  let fake: KurrentClientFake;
  let store: KurrentDbEventStore;
  let docs: EmbeddedDocumentStore;
  let runner: ProjectionRunner;

  beforeEach(async () => {
    ({ fake, store } = setup());
    docs = new EmbeddedDocumentStore();
    await store.append('counter-a', [counted('a', 1)], 'no_stream');
    runner = new ProjectionRunner(store, docs, eventRegistry, { pageSize: 100, onPoison: 'stop', retryDelayMs: 10 });
    runner.register(counterProjection());
    await runner.start();
  });
  afterEach(async () => {
    await runner.stop();
    await store.close();
    await docs.close();
  });

  it('answers a read-your-writes wait promptly and goes LIVE when the appended type is not one it handles', async () => {
    const { position } = await store.append('other-1', [other()], 'no_stream');
    const started = Date.now();
    expect(await runner.waitFor(position, ['counters'], 3000)).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
    const [status] = await runner.status();
    expect(status).toMatchObject({ state: 'LIVE', lag: 0, position });
  });

  it('switches a rebuild over with nothing new written', async () => {
    const { position } = await store.append('other-1', [other()], 'no_stream');
    expect(await runner.waitFor(position, ['counters'], 3000)).toBe(true);
    expect(await runner.rebuild('counters')).toEqual({ generation: 2 });
    const deadline = Date.now() + 3000;
    let status = (await runner.status())[0];
    while (status.generation !== 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      status = (await runner.status())[0];
    }
    expect(status).toMatchObject({ generation: 2, state: 'LIVE', rebuild: undefined, position });
    expect(await docs.collection(runner.servingCollection('counters')).findById('a')).toMatchObject({ total: 1 });
  });
});

describe('KurrentDbEventStore: a retried append is recognised as the server does', () => {
  it('acknowledges a retry by the events right after its expected revision, even after the stream moved on', async () => {
    const { store } = setup();
    const first = [counted('a', 1)];
    const original = await store.append('counter-a', first, 'no_stream');
    await store.append('counter-a', [counted('a', 2)], 0);
    expect(await store.append('counter-a', first, 'no_stream')).toEqual({ ...original, duplicate: true });
    await expect(store.append('counter-a', [counted('a', 3)], 'no_stream')).rejects.toMatchObject({ name: 'WrongExpectedVersionError', actual: 1 });
    expect(await store.readStream('counter-a')).toHaveLength(2);
    await store.close();
  });
});

/** Until the store has opened its live subscription on the fake (a fixed sleep is not enough on a loaded machine). */
async function subscribed(fake: { live: readonly unknown[] }): Promise<void> {
  for (let waited = 0; fake.live.length === 0; waited += 5) {
    if (waited > 5000) throw new Error('the store never subscribed');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

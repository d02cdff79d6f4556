/**
 * Issue 14 items 4 and 11: KurrentDB errors the client reports generically, and close(). Errors are
 * built the way the client builds them: reads go through the Rust bridge, whose errors the client's
 * own convertBridgeError turns into its classes (UnknownError for every name it does not know).
 */
import { CancelledError, DeadlineExceededError, NotLeaderError, TimeoutError, UnknownError } from '@kurrent/kurrentdb-client';
import { convertBridgeError } from '@kurrent/kurrentdb-client/dist/utils/convertBridgeError';
import { ServiceUnavailableError } from '@kernel/errors';
import { eventRegistry } from '@kernel/event-registry';
import { counterProjection } from '../../../../test/fixtures/counter';
import { newEvent } from '../../../../test/fixtures/events';
import { KurrentClientFake } from '../../../../test/fixtures/kurrent-client-fake';
import { EmbeddedDocumentStore } from '../../document-store/embedded/embedded-document-store';
import { ProjectionRunner } from '../../projections/projection-runner';
import { KurrentDbEventStore, mapKurrentError } from './kurrentdb-event-store';

/** An error as the Rust bridge raises it (a plain Error with a name), converted by the client. */
const fromBridge = (name: string, message: string, metadata: Record<string, string> = {}) => convertBridgeError(Object.assign(new Error(message), { name, metadata }));

describe('mapKurrentError: transient server states are "store unavailable" (retryable), not faults', () => {
  it.each([
    ['not ready (bridge UnknownError)', fromBridge('UnknownError', 'Server-side error: Server Is Not Ready')],
    ['connection not ready (bridge)', fromBridge('OtherError', 'connection was not ready')],
    ['closed connection (bridge)', fromBridge('UnknownError', 'Connection is closed.')],
    ['gRPC connection error (bridge)', fromBridge('UnknownError', 'gRPC connection error: transport error')],
    ['deadline (bridge, by name)', fromBridge('DeadlineExceededError', 'Deadline exceeded')],
    ['leader change (bridge, by name)', fromBridge('NotLeaderError', 'You tried to execute a command that requires a leader node on a follower node.', { 'leader-endpoint-host': 'n2', 'leader-endpoint-port': '2113' })],
    ['NotLeaderError (gRPC path)', new NotLeaderError(Object.assign(new Error('Leader info available'), { code: 5, details: '', metadata: { getMap: () => ({ 'leader-endpoint-host': 'n2', 'leader-endpoint-port': '2113' }) } }) as never)],
    ['DeadlineExceededError', new DeadlineExceededError(undefined, 'Deadline exceeded')],
    ['TimeoutError (append timed out on the server)', new TimeoutError(undefined, 'Operation timed out')],
    ['CancelledError (the server cancelled the call)', new CancelledError(undefined, 'cancelled by server')],
    ['raw gRPC DEADLINE_EXCEEDED', Object.assign(new Error('4 DEADLINE_EXCEEDED: Deadline exceeded'), { code: 4 })],
  ])('%s', (_label, error) => {
    const mapped = mapKurrentError(error);
    expect(mapped).toBeInstanceOf(ServiceUnavailableError);
    expect((mapped as ServiceUnavailableError).code).toBe('SERVICE_UNAVAILABLE');
    expect((mapped as ServiceUnavailableError).cause).toBe(error);
  });

  it('leaves an UnknownError that names no transient state as it is (a fault, answered INTERNAL)', () => {
    const parse = fromBridge('ParseError', 'invalid UTF-8 in event data');
    expect(parse).toBeInstanceOf(UnknownError);
    expect(mapKurrentError(parse)).toBe(parse);
  });

  it('append() whose first read hits a server that is not ready rejects with the retryable class', async () => {
    const fake = new KurrentClientFake();
    fake.readFailures.push(fromBridge('UnknownError', 'Server-side error: Server Is Not Ready'));
    const store = new KurrentDbEventStore('kurrentdb://x:2113?tls=false', fake.client);
    await expect(store.append('s-1', [newEvent('test.A')], 'no_stream')).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(fake.log).toHaveLength(0);
    await store.close();
  });

  it('projections wait for a store that is not ready at boot, retrying with backoff, then go LIVE', async () => {
    const fake = new KurrentClientFake();
    const store = new KurrentDbEventStore('kurrentdb://x:2113?tls=false', fake.client);
    const { position } = await store.append('counter-a', [newEvent('test.CounterIncremented', { counterId: 'a', by: 1, total: 1 })], 'no_stream');
    for (let i = 0; i < 3; i++) fake.readFailures.push(fromBridge('UnknownError', 'Server-side error: Server Is Not Ready'));
    const docs = new EmbeddedDocumentStore();
    const runner = new ProjectionRunner(store, docs, eventRegistry, { pageSize: 10, onPoison: 'stop', retryDelayMs: 5 });
    runner.register(counterProjection());
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      await runner.start();
      expect(await runner.waitFor(position, ['counters'], 3000)).toBe(true);
      expect(fake.readFailures).toHaveLength(0);
      expect((await runner.status())[0].state).toBe('LIVE');
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
      await runner.stop();
      await store.close();
      await docs.close();
    }
  });
});

describe('KurrentDbEventStore.close()', () => {
  it('disposes the client and closes the gRPC channel that dispose() leaves open', async () => {
    const fake = new KurrentClientFake();
    const store = new KurrentDbEventStore('kurrentdb://x:2113?tls=false', fake.client);
    await store.append('s-1', [newEvent('test.A')], 'no_stream');
    await store.close();
    expect(fake.disposed).toBe(true);
    expect(fake.channelClosed).toBe(true);
  });

  it('still closes the channel when dispose() fails, and never opens one only to close it', async () => {
    const used = new KurrentClientFake();
    used.disposeError = new Error('stream already destroyed');
    const store = new KurrentDbEventStore('kurrentdb://x:2113?tls=false', used.client);
    await store.append('s-1', [newEvent('test.A')], 'no_stream');
    await expect(store.close()).resolves.toBeUndefined();
    expect(used.channelClosed).toBe(true);

    const unused = new KurrentClientFake();
    const idle = new KurrentDbEventStore('kurrentdb://x:2113?tls=false', unused.client);
    await idle.readStream('s-1');
    await idle.close();
    expect(unused.disposed).toBe(true);
    expect(unused.channelOpened).toBe(false);
  });

  it("closes a real client's channel: getChannel exists at runtime although its d.ts calls it protected", async () => {
    const store = new KurrentDbEventStore('kurrentdb://127.0.0.1:1?tls=false');
    const client = (store as unknown as { client: { getChannel: () => Promise<{ close(): void; getConnectivityState(connect: boolean): number }> } }).client;
    expect(typeof client.getChannel).toBe('function');
    const channel = await client.getChannel();
    (store as unknown as { usedChannel: boolean }).usedChannel = true;
    await store.close();
    // grpc-js ConnectivityState.SHUTDOWN = 4
    expect(channel.getConnectivityState(false)).toBe(4);
  });
});

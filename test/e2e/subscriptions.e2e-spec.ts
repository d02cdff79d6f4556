import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { EventFeed } from '@infrastructure/subscriptions/event-feed';
import { RecordedEvent } from '@kernel/events';
import { TestApi } from './harness';

/**
 * Live subscriptions over graphql-ws on /graphql: authenticated from connectionParams, fed from the
 * committed log, filtered by the subscriber's scope, resumable from a position.
 */
describe('GraphQL subscriptions (graphql-ws)', () => {
  let api: TestApi;
  let root: string;
  const clients: Client[] = [];
  const EVENTS = `subscription($after: Float, $types: [String!]) { events(after: $after, types: $types) { position type streamId revision eventId actor { id } data hash } }`;

  beforeAll(async () => {
    api = await TestApi.start();
    root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    for (const [instansiId, name] of [['kota-medan', 'Pemerintah Kota Medan'], ['kota-binjai', 'Pemerintah Kota Binjai']]) {
      await api.ok('mutation($input: RegisterInstansiInput!) { registerInstansi(input: $input) { position } }', { input: { instansiId, name, kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' } }, root);
    }
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await api.close();
  });

  function connect(token?: string, onClosed?: (code: number) => void): Client {
    const client = createClient({
      url: api.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      lazy: true,
      retryAttempts: 0,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      on: { closed: (event) => onClosed?.((event as { code: number }).code) },
    });
    clients.push(client);
    return client;
  }

  /** Subscribes and resolves with the first `count` results (or every error), then unsubscribes. */
  function take(client: Client, count: number, variables: Record<string, unknown>, query = EVENTS): Promise<{ data?: any; errors?: any[] }[]> {
    return new Promise((resolve, reject) => {
      const results: { data?: any; errors?: any[] }[] = [];
      const timer = setTimeout(() => {
        unsubscribe();
        reject(new Error(`timed out with ${results.length} of ${count} results: ${JSON.stringify(results)}`));
      }, 8000);
      const finish = () => {
        clearTimeout(timer);
        unsubscribe();
        resolve(results);
      };
      const unsubscribe = client.subscribe(
        { query, variables },
        {
          next: (result) => {
            results.push(result as { data?: any; errors?: any[] });
            if (results.length >= count || result.errors) finish();
          },
          error: (error) => {
            clearTimeout(timer);
            Array.isArray(error) ? resolve([{ errors: error }]) : reject(error);
          },
          complete: finish,
        },
      );
    });
  }

  async function logEvents(): Promise<RecordedEvent[]> {
    return (await api.events.readAll({ after: 0, maxCount: 10_000 })).events;
  }

  it('closes a connection without a valid token (4403) before any operation', async () => {
    for (const token of [undefined, 'not-a-jwt']) {
      const closed = new Promise<number>((resolve) => {
        const client = connect(token, resolve);
        client.subscribe({ query: EVENTS, variables: {} }, { next: () => undefined, error: () => undefined, complete: () => undefined });
      });
      expect(await closed).toBe(4403);
    }
  });

  it('delivers the committed log in order to an all-instansi AUDITOR, then live events', async () => {
    const before = await logEvents();
    const auditor = connect(await api.token('auditor-1', { role: 'AUDITOR', unit: '*' }));
    const pending = take(auditor, before.length + 1, { after: 0 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await api.ok('mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { position } }', { input: { instansiId: 'kota-medan', parentUnitId: null, code: 'DINKES', name: 'Dinas Kesehatan', kind: 'OPD' } }, root);
    const received = (await pending).map((r) => r.data.events);
    const log = await logEvents();
    expect(received.map((e: any) => e.eventId)).toEqual(log.slice(0, before.length + 1).map((e) => e.eventId));
    expect(received.map((e: any) => e.hash)).toEqual(log.slice(0, before.length + 1).map((e) => e.hash));
    expect(received[received.length - 1].type).toBe('personnel.UnitCreated');
  });

  it('resumes after a position without gaps or repeats', async () => {
    await api.ok('mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { position } }', { input: { instansiId: 'kota-binjai', parentUnitId: null, code: 'DINKES', name: 'Dinas Kesehatan Binjai', kind: 'OPD' } }, root);
    const log = await logEvents();
    const resumeAt = log[1].position;
    const integrator = connect(await api.token('integrator-1', { role: 'INTEGRATOR', unit: '*' }));
    const received = (await take(integrator, log.length - 2, { after: resumeAt })).map((r) => r.data.events.position);
    expect(received).toEqual(log.slice(2).map((e) => e.position));
  });

  it('sends a scoped reader only the events of its instansi', async () => {
    const log = await logEvents();
    const binjaiEvents = log.filter((e) => e.streamId === 'organisation-instansi-kota-binjai');
    expect(binjaiEvents.length).toBeGreaterThanOrEqual(2);
    expect(log.some((e) => e.streamId === 'organisation-instansi-kota-medan')).toBe(true);
    const binjai = connect(await api.token('integrator-binjai', { role: 'INTEGRATOR', unit: 'kota-binjai' }));
    const pending = take(binjai, binjaiEvents.length + 1, { after: 0 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    // A Medan event that must not arrive, then a Binjai one that must.
    await api.ok('mutation($input: CreatePositionInput!) { createPosition(input: $input) { position } }', { input: { unitId: 'kota-medan.dinkes', code: 'KADIS', name: 'Kepala Dinas Kesehatan', jenisJabatan: 'JPT_PRATAMA', isUnitHead: true } }, root);
    await api.ok('mutation($input: CreatePositionInput!) { createPosition(input: $input) { position } }', { input: { unitId: 'kota-binjai.dinkes', code: 'KADIS', name: 'Kepala Dinas Kesehatan Binjai', jenisJabatan: 'JPT_PRATAMA', isUnitHead: true } }, root);
    const received = (await pending).map((r) => r.data.events);
    expect(received.every((e: any) => e.streamId === 'organisation-instansi-kota-binjai')).toBe(true);
    expect(received[received.length - 1].data.name).toBe('Kepala Dinas Kesehatan Binjai');
  });

  it('filters by event type and refuses unknown types and roles that may not read the log', async () => {
    const auditor = connect(await api.token('auditor-2', { role: 'AUDITOR', unit: '*' }));
    const units = (await take(auditor, 2, { after: 0, types: ['personnel.UnitCreated'] })).map((r) => r.data.events.type);
    expect(units).toEqual(['personnel.UnitCreated', 'personnel.UnitCreated']);

    const [unknown] = await take(auditor, 1, { after: 0, types: ['personnel.NoSuchThing'] });
    expect(unknown.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');

    const employee = connect(await api.token('emp-1', { role: 'EMPLOYEE' }));
    const [refused] = await take(employee, 1, { after: 0 });
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('applies the same document limits as HTTP before subscribing', async () => {
    const auditor = connect(await api.token('auditor-4', { role: 'AUDITOR', unit: '*' }));
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: type`).join(' ');
    const [refused] = await take(auditor, 1, {}, `subscription { events(after: 0) { ${aliases} } }`);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'maxAliases' });
  });

  it('stops reading the log when the client unsubscribes', async () => {
    const feed = api.app.get(EventFeed);
    const auditor = connect(await api.token('auditor-3', { role: 'AUDITOR', unit: '*' }));
    await take(auditor, 1, { after: 0 });
    for (let i = 0; i < 50 && feed.openSubscriptions > 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(feed.openSubscriptions).toBe(0);
  });
});

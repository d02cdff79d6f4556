import { Writable } from 'node:stream';
import { TestApi } from './harness';

/**
 * What an operator relies on: probes, metrics that are never public, structured logs that carry the
 * request id and the actor but no token, request ids that become the commands' correlation ids,
 * security headers, closed CORS and a body limit.
 */
describe('Operability over HTTP', () => {
  const lines: Record<string, any>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  let api: TestApi;
  let root: string;

  beforeAll(async () => {
    api = await TestApi.start({ LOG_LEVEL: 'log' }, { logDestination: sink });
    root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
  });
  afterAll(() => api.close());

  const registerInstansi = (instansiId: string, headers: Record<string, string> = {}) =>
    api.gql('mutation($input: RegisterInstansiInput!) { registerInstansi(input: $input) { position } }', { input: { instansiId, name: `Pemerintah ${instansiId}`, kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' } }, root, headers);

  it('answers liveness and readiness without a token, with the reasons in the body', async () => {
    const live = await fetch(`${api.baseUrl}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toMatchObject({ status: 'ok' });
    const ready = await fetch(`${api.baseUrl}/health/ready`, { headers: { authorization: 'Bearer not-a-token' } });
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as any;
    expect(body.details).toMatchObject({ eventStore: { status: 'up', kind: 'sqlite' }, readStore: { status: 'up', kind: 'embedded' }, projections: { status: 'up' } });
  });

  it('serves Prometheus metrics to loopback, counting operations by root field and outcome', async () => {
    await registerInstansi('kota-medan');
    await api.gql('{ nope }');
    const response = await fetch(`${api.baseUrl}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/akuntabel_graphql_operations_total\{field="registerInstansi",type="mutation",outcome="ok"\} 1/);
    expect(text).toMatch(/akuntabel_graphql_operations_total\{field="invalid",type="unknown",outcome="BAD_USER_INPUT"\} 1/);
    expect(text).toMatch(/akuntabel_events_appended_total [1-9]/);
    expect(text).toMatch(/akuntabel_group_commit_appends_count [1-9]/);
    expect(text).toMatch(/akuntabel_projection_lag_events\{projection="employees",state="LIVE"\} 0/);
    expect(text).toMatch(/akuntabel_log_head_position [1-9]/);
  });

  it('uses the caller’s X-Request-Id as the correlation id of the events it caused, and logs it with the actor', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${root}`, 'x-request-id': 'req-operability-0001' },
      body: JSON.stringify({ query: 'mutation($input: RegisterInstansiInput!) { registerInstansi(input: $input) { position } }', variables: { input: { instansiId: 'kota-binjai', name: 'Pemerintah Kota Binjai', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' } } }),
    });
    expect(response.headers.get('x-request-id')).toBe('req-operability-0001');
    const { events } = await api.events.readAll({ after: 0, maxCount: 1000 });
    expect(events.filter((e) => e.streamId.endsWith('kota-binjai')).map((e) => e.correlationId)).toEqual(['req-operability-0001']);
    const line = lines.find((l) => l.req?.id === 'req-operability-0001');
    expect(line).toMatchObject({ actorId: 'bkd-root', res: { statusCode: 200 }, req: { method: 'POST', url: '/graphql' } });
    expect(JSON.stringify(lines)).not.toContain(root);
    expect(JSON.stringify(lines)).not.toMatch(/authorization/i);
  });

  it('replaces a request id that is not a plain token', async () => {
    const response = await fetch(`${api.baseUrl}/health/live`, { headers: { 'x-request-id': 'bad id with spaces <script>' } });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers, keeps CORS closed, and refuses oversized bodies', async () => {
    const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://evil.example' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const big = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(300_000) } }) });
    expect(big.status).toBe(413);
  });

  it('reports not ready, with the reason, when the event store stops answering', async () => {
    const other = await TestApi.start({ HEALTH_TIMEOUT_MS: '200' });
    try {
      await other.events.close();
      const ready = await fetch(`${other.baseUrl}/health/ready`);
      expect(ready.status).toBe(503);
      const body = (await ready.json()) as any;
      expect(body.error.eventStore).toMatchObject({ status: 'down', kind: 'sqlite' });
      expect(body.error.eventStore.reason).toMatch(/not open|closed/i);
      expect(body.details.readStore).toMatchObject({ status: 'up' });
    } finally {
      await other.close().catch(() => undefined);
    }
  });
});

describe('Metrics and CORS access configured', () => {
  const token = 'metrics-token-0123456789abcdef-0123456789';
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start({ METRICS_ALLOW_FROM: 'none', METRICS_TOKEN: token, CORS_ORIGINS: 'https://portal.medan.go.id' });
  });
  afterAll(() => api.close());

  it('hides /metrics from addresses not allowed unless the scrape token is given', async () => {
    expect((await fetch(`${api.baseUrl}/metrics`)).status).toBe(404);
    expect((await fetch(`${api.baseUrl}/metrics`, { headers: { authorization: 'Bearer wrong-token-0123456789abcdef-01234567' } })).status).toBe(404);
    expect((await fetch(`${api.baseUrl}/metrics`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });

  it('allows only the listed browser origins', async () => {
    const preflight = (origin: string) => fetch(api.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    expect((await preflight('https://portal.medan.go.id')).headers.get('access-control-allow-origin')).toBe('https://portal.medan.go.id');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });
});

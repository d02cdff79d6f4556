import { codeOf, TestApi } from './harness';

describe('Core API (GraphQL over HTTP)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start({ GRAPHQL_MAX_DEPTH: '3' });
  });
  afterAll(() => api.close());

  it('refuses closed operations without a token (UNAUTHENTICATED) and with a bad one', async () => {
    expect(codeOf(await api.gql('{ systemStatus { eventStore } }'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.gql('{ systemStatus { eventStore } }', {}, 'not-a-jwt'))).toBe('UNAUTHENTICATED');
    const forged = (await api.token('x', { role: 'AUDITOR', unit: '*' })).slice(0, -2) + 'xx';
    expect(codeOf(await api.gql('{ systemStatus { eventStore } }', {}, forged))).toBe('UNAUTHENTICATED');
  });

  it('refuses a role that is not allowed (FORBIDDEN) and answers one that is', async () => {
    const employee = await api.token('e1', { role: 'EMPLOYEE' });
    expect(codeOf(await api.gql('{ systemStatus { eventStore } }', {}, employee))).toBe('FORBIDDEN');
    const auditor = await api.token('a1', { role: 'AUDITOR', unit: '*' });
    const data = await api.ok('{ systemStatus { eventStore readStore headPosition projections { name state lag } } }', {}, auditor);
    expect(data.systemStatus).toMatchObject({ eventStore: 'sqlite', readStore: 'embedded' });
    expect(data.systemStatus.projections.every((p: { state: string }) => p.state === 'LIVE')).toBe(true);
  });

  it('maps malformed documents and unknown fields to BAD_USER_INPUT, with no stack trace', async () => {
    const auditor = await api.token('a1', { role: 'AUDITOR', unit: '*' });
    const broken = await api.gql('{ systemStatus { ', {}, auditor);
    expect(codeOf(broken)).toBe('BAD_USER_INPUT');
    const unknown = await api.gql('{ systemStatus { nope } }', {}, auditor);
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(unknown)).not.toMatch(/stacktrace|at .*\.ts:/);
  });

  it('enforces the query depth limit (3 here), counting through fragments', async () => {
    const auditor = await api.token('a1', { role: 'AUDITOR', unit: '*' });
    expect(codeOf(await api.gql('{ systemStatus { projections { name } } }', {}, auditor))).toBeUndefined();
    const tooDeep = await api.gql('{ systemStatus { projections { failedEvent { eventId } } } }', {}, auditor);
    expect(tooDeep.errors![0]).toEqual({
      message: 'Kueri terlalu dalam: kedalaman maksimum 3',
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'maxDepth', max: 3, caller: 'authenticated' },
    });
    const viaFragment = await api.gql('query { systemStatus { ...P } } fragment P on SystemStatus { projections { rebuild { generation } } }', {}, auditor);
    expect(codeOf(viaFragment)).toBe('QUERY_TOO_COMPLEX');
  });
});

import { Logger } from '@nestjs/common';
import { TestApi } from './harness';

/**
 * Issue 6 item 8: client mistakes at the HTTP edge are answered in the GraphQL error shape with a
 * client code and the right status, logged in one line (no stack trace); a browser gets GraphiQL
 * from this server's own assets.
 */
describe('HTTP mistakes and GraphiQL (GraphQL over HTTP)', () => {
  let api: TestApi;
  let logged: string[];
  let spies: jest.SpyInstance[];

  beforeAll(async () => {
    api = await TestApi.start();
  });
  beforeEach(() => {
    logged = [];
    spies = (['warn', 'error'] as const).map((level) => jest.spyOn(Logger.prototype, level).mockImplementation((...args: unknown[]) => void logged.push(String(args[0]))));
  });
  afterEach(() => spies.forEach((spy) => spy.mockRestore()));
  afterAll(() => api.close());

  const json = { 'content-type': 'application/json' };
  const MISTAKES: [string, () => RequestInit & { search?: string }, number, string][] = [
    ['a body {}', () => ({ method: 'POST', headers: json, body: '{}' }), 400, 'BODY_MISSING'],
    ['a JSON array (batching is off)', () => ({ method: 'POST', headers: json, body: '[{"query":"{ __typename }"}]' }), 400, 'BATCHING_DISABLED'],
    ['malformed JSON', () => ({ method: 'POST', headers: json, body: '{"query": "{ __typename }"' }), 400, 'MALFORMED_JSON'],
    ['a text/plain POST (CSRF)', () => ({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' }), 400, 'CSRF_BLOCKED'],
    ['a simple GET without a preflight header (CSRF)', () => ({ method: 'GET', search: '?query=%7B__typename%7D' }), 400, 'CSRF_BLOCKED'],
    ['a GET from a script that accepts JSON, without a query', () => ({ method: 'GET', headers: { accept: 'application/json', 'apollo-require-preflight': '1' } }), 400, 'QUERY_MISSING'],
    ['a mutation over GET', () => ({ method: 'GET', search: `?query=${encodeURIComponent('mutation { rebuildProjection(name: "employees") { name } }')}`, headers: { 'apollo-require-preflight': '1' } }), 405, 'MUTATION_OVER_GET'],
    ['a body over the size limit', () => ({ method: 'POST', headers: json, body: JSON.stringify({ query: `{ __typename } #${'x'.repeat(300_000)}` }) }), 413, 'BODY_TOO_LARGE'],
    ['a query that is not a string', () => ({ method: 'POST', headers: json, body: '{"query": {"$where": "1"}}' }), 400, 'QUERY_NOT_A_STRING'],
  ];

  it.each(MISTAKES)('answers %s with BAD_USER_INPUT and its HTTP status, logging one line without a stack', async (_, init, status, reason) => {
    const { search = '', ...request } = init();
    const response = await fetch(api.url + search, request);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'BAD_USER_INPUT', reason } }] });
    expect(body.errors[0].message).not.toMatch(/^(Internal error|This operation|POST body|Unexpected)/);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(reason);
    expect(logged[0]).not.toMatch(/\n\s+at /);
  });

  it('serves GraphiQL to a browser on /graphql, from local assets only, with a token template', async () => {
    const page = await fetch(api.url, { headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(urls.sort()).toEqual(['/graphiql/graphiql.min.css', '/graphiql/graphiql.min.js', '/graphiql/init.js', '/graphiql/react-dom.production.min.js', '/graphiql/react.production.min.js']);
    expect(html).not.toMatch(/https?:\/\//);

    const origin = new URL(api.url).origin;
    const types: Record<string, RegExp> = { css: /^text\/css/, js: /^text\/javascript/ };
    for (const url of urls) {
      const asset = await fetch(origin + url);
      expect([url, asset.status]).toEqual([url, 200]);
      expect(asset.headers.get('content-type')).toMatch(types[url.split('.').pop()!]);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(500);
    }
    const init = await (await fetch(`${origin}/graphiql/init.js`)).text();
    expect(init).toContain('"Bearer <token>"');
    expect(init).toContain("defaultEditorToolsVisibility: 'headers'");
    expect((await fetch(`${origin}/graphiql/package.json`)).status).toBe(404);
    expect((await fetch(`${origin}/graphiql/..%2Fpackage.json`)).status).toBe(404);
  });

  it('still answers a GET query from a script that sends the preflight header', async () => {
    const response = await fetch(`${api.url}?query=${encodeURIComponent('{ instansiList { id } }')}`, { headers: { 'apollo-require-preflight': '1' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { instansiList: [] } });
  });
});

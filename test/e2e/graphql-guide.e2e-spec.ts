import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GrantClaim } from '@infrastructure/auth/grants';
import { TestApi } from './harness';

/**
 * Executes every example of docs/graphql.md's walkthrough, in order, against a fresh API: a guide
 * whose examples fail is a failing test. A block may name its caller (`# as: admin`) and an expected
 * error code (`# expect: DOMAIN_RULE_VIOLATION`); a ```json block right after it holds the variables.
 */
interface Example {
  readonly query: string;
  readonly variables: Record<string, unknown>;
  readonly as: string;
  readonly expect?: string;
}

function examples(markdown: string): Example[] {
  const walkthrough = markdown.slice(markdown.indexOf('## Personnel: a walkthrough'));
  const blocks = [...walkthrough.matchAll(/```(graphql|json)\n([\s\S]*?)```/g)];
  return blocks.flatMap(([, lang, body], i) => {
    if (lang !== 'graphql') return [];
    const next = blocks[i + 1];
    const variables = next && next[1] === 'json' ? JSON.parse(next[2]) : {};
    return [{ query: body, variables, as: /# as: (\w+)/.exec(body)?.[1] ?? 'anonymous', expect: /# expect: (\w+)/.exec(body)?.[1] }];
  });
}

const CALLERS: Record<string, [string, GrantClaim[]] | null> = {
  root: ['bkd-root', [{ role: 'ADMIN_BKD', unit: '*' }]],
  admin: ['bkd-medan', [{ role: 'ADMIN_BKD', unit: 'kota-medan' }]],
  auditor: ['auditor-1', [{ role: 'AUDITOR', unit: '*' }]],
  penilai: ['emp-budi', [{ role: 'PEJABAT_PENILAI', unit: 'kota-medan.aptika' }]],
  ani: ['emp-ani', [{ role: 'EMPLOYEE' }]],
  anonymous: null,
};

describe('docs/graphql.md walkthrough', () => {
  const all = examples(readFileSync(join(__dirname, '../../docs/graphql.md'), 'utf8'));
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start();
  });
  afterAll(() => api.close());

  it('has examples', () => expect(all.length).toBeGreaterThan(10));

  it.each(all.map((example, i) => [`${i + 1}. ${/(query|mutation) (\w+)/.exec(example.query)?.[2] ?? 'operation'} as ${example.as}`, example]))(
    '%s',
    async (_, example) => {
      const caller = CALLERS[example.as];
      if (caller === undefined) throw new Error(`Unknown caller ${example.as}`);
      const token = caller ? await api.token(caller[0], ...caller[1]) : undefined;
      const response = await api.gql(example.query, example.variables, token);
      if (example.expect) {
        expect(response.errors?.[0]?.extensions.code).toBe(example.expect);
      } else {
        expect(response.errors).toBeUndefined();
      }
    },
  );
});

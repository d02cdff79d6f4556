import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLObjectType, Kind, OperationDefinitionNode, parse, validate } from 'graphql';
import { GrantClaim } from '@infrastructure/auth/grants';
import { FixedClock } from '@kernel/clock';
import { TestApi } from './harness';

/**
 * Executes every example of docs/graphql.md's walkthrough, in order, against a fresh API: a guide
 * whose examples fail is a failing test. A block may name its caller (`# as: admin`) and an expected
 * error code (`# expect: DOMAIN_RULE_VIOLATION`); a ```json block right after it holds the variables.
 * The walkthrough must use every Query and Mutation field of schema.gql, and every GraphQL snippet of
 * the guide, in the walkthrough or not, must be valid against the schema.
 */
interface Example {
  readonly query: string;
  readonly variables: Record<string, unknown>;
  readonly as: string;
  readonly expect?: string;
}

const WALKTHROUGH = '## Personnel: a walkthrough';

function graphqlBlocks(markdown: string): RegExpMatchArray[] {
  return [...markdown.matchAll(/```(graphql|json)\n([\s\S]*?)```/g)];
}

function examples(markdown: string): Example[] {
  const blocks = graphqlBlocks(markdown.slice(markdown.indexOf(WALKTHROUGH)));
  return blocks.flatMap(([, lang, body], i) => {
    if (lang !== 'graphql') return [];
    const next = blocks[i + 1];
    const variables = next && next[1] === 'json' ? JSON.parse(next[2]) : {};
    return [{ query: body, variables, as: /# as: (\w+)/.exec(body)?.[1] ?? 'anonymous', expect: /# expect: (\w+)/.exec(body)?.[1] }];
  });
}

/** `Query.employee`, `Mutation.registerEmployee`…: the root fields a document's operations select. */
function rootFields(query: string): string[] {
  const operations = parse(query).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const root = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' } as const;
  return operations.flatMap((operation) =>
    operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [`${root[operation.operation]}.${s.name.value}`] : [])),
  );
}

/** Root fields the walkthrough need not use, each with the reason and where they are exercised instead. */
const NOT_IN_WALKTHROUGH: Record<string, string> = {
  'Subscription.events': 'a graphql-ws subscription, not an HTTP request; test/e2e/subscriptions.e2e-spec.ts runs it (the guide shows it under "Live subscriptions")',
  'Subscription.trainingEnrolments': 'a graphql-ws subscription; test/e2e/training-subscriptions.e2e-spec.ts runs it (the guide shows it under "Live subscriptions")',
  'Subscription.trainingCompletions': 'a graphql-ws subscription; test/e2e/training-subscriptions.e2e-spec.ts runs it (the guide shows it under "Live subscriptions")',
  'Subscription.activityLogged': 'a graphql-ws subscription; test/e2e/performance-skp.e2e-spec.ts runs it (the guide shows it under "Live subscriptions")',
  'Subscription.leaveStatusChanged': 'a graphql-ws subscription; test/e2e/leave.e2e-spec.ts runs it (the guide shows it at the end of "Leave")',
};

const CALLERS: Record<string, [string, GrantClaim[]] | null> = {
  root: ['bkd-root', [{ role: 'ADMIN_BKD', unit: '*' }]],
  admin: ['bkd-medan', [{ role: 'ADMIN_BKD', unit: 'kota-medan' }]],
  auditor: ['auditor-1', [{ role: 'AUDITOR', unit: '*' }]],
  penilai: ['emp-budi', [{ role: 'PEJABAT_PENILAI', unit: 'kota-medan.aptika' }]],
  ani: ['emp-ani', [{ role: 'EMPLOYEE', unit: 'emp-ani' }]],
  training: ['ta-medan', [{ role: 'TRAINING_ADMIN', unit: 'kota-medan' }]],
  budi: ['emp-budi', [{ role: 'EMPLOYEE', unit: 'emp-budi' }]],
  sari: ['emp-sari', [{ role: 'EMPLOYEE', unit: 'emp-sari' }, { role: 'PEJABAT_PENILAI', unit: 'kota-medan.diskominfo' }]],
  koordinator: ['koordinator-medan', [{ role: 'COMPLAINT_OFFICER', unit: 'kota-medan' }]],
  penghubung: ['penghubung-dinkes', [{ role: 'COMPLAINT_OFFICER', unit: 'kota-medan.dinkes' }]],
  anonymous: null,
};

const guide = readFileSync(join(__dirname, '../../docs/graphql.md'), 'utf8');
const schema = buildSchema(readFileSync(join(__dirname, '../../schema.gql'), 'utf8'));
const all = examples(guide);

describe('docs/graphql.md covers the schema', () => {
  const schemaFields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
    .filter((type): type is GraphQLObjectType => !!type)
    .flatMap((type) => Object.keys(type.getFields()).map((field) => `${type.name}.${field}`));

  it('uses every Query, Mutation and Subscription field in the walkthrough, or says why not', () => {
    const used = new Set(all.flatMap((example) => rootFields(example.query)));
    expect(schemaFields.filter((field) => !used.has(field) && !NOT_IN_WALKTHROUGH[field])).toEqual([]);
  });

  it('exempts only fields that exist and that the walkthrough does not use', () => {
    const used = new Set(all.flatMap((example) => rootFields(example.query)));
    expect(Object.keys(NOT_IN_WALKTHROUGH).filter((field) => !schemaFields.includes(field) || used.has(field))).toEqual([]);
  });

  it.each(graphqlBlocks(guide).filter(([, lang]) => lang === 'graphql').map(([, , body], i) => [i + 1, body]))(
    'snippet %i is a valid document against schema.gql',
    (_, body) => {
      expect(validate(schema, parse(body as string)).map((error) => error.message)).toEqual([]);
    },
  );
});

/**
 * The walkthrough's instant: 31 December 2026, 10:00 WIB — the 2026 story (leave in November, the
 * journal, the year rated on its last day, the annual close on 10 January 2027), whatever the run day.
 */
const GUIDE_NOW = '2026-12-31T03:00:00.000Z';

describe('docs/graphql.md walkthrough', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start({}, { clock: new FixedClock(new Date(GUIDE_NOW)) });
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

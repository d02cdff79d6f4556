import { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { Logger } from '@nestjs/common';
import { DocumentNode, GraphQLError, GraphQLSchema, Lexer, Source, TokenKind, ValidationRule, parse, validate } from 'graphql';
import { AppConfig, QueryLimits } from '@config/config';
import { documentCost } from './document-cost';
import { CallerKind, MAX_INTROSPECTION_NESTING, QueryRefusal, queryTooComplex } from './query-refusal';

/** The parts of an HTTP request the guard reads (Express's request satisfies it). */
export interface GraphqlHttpRequest {
  readonly method?: string;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body?: unknown;
  readonly query?: unknown;
  readonly ip?: string;
}

const logger = new Logger('QueryGuard');

/**
 * Cost controls that run before graphql-js validates a document (some of its rules, and any rule
 * that follows fragments without memoising, are super-linear) and before anything executes. Every
 * check is linear in the document's size: bytes, then tokens (lexed up to the limit), then one
 * memoised walk for cost, fragment spreads and introspection nesting, then graphql-armor's alias,
 * directive and depth rules.
 * Callers without an Authorization header get the stricter anonymous limits.
 */
export class QueryGuard {
  private schema?: GraphQLSchema;
  private readonly armorRules: Record<CallerKind, readonly ValidationRule[]>;
  /**
   * Clients send the same few documents over and over: what depends only on the document's text
   * (its tokens, its parse, graphql-armor's verdict) is remembered per caller kind and text, so a
   * repeat costs one map lookup plus the cost walk (which depends on the variables). Bounded; the
   * oldest entry goes first, so distinct documents can only evict, never grow it.
   */
  private readonly known = new Map<string, KnownDocument>();

  constructor(private readonly limits: AppConfig['graphqlLimits']) {
    this.armorRules = { anonymous: armorRules(limits.anonymous), authenticated: armorRules(limits.authenticated) };
  }

  /** Keeps the schema the guard measures against; register it with Apollo. */
  readonly plugin: ApolloServerPlugin = {
    serverWillStart: async ({ schema }) => {
      this.schema = schema;
      return {
        schemaDidLoadOrUpdate: ({ apiSchema }) => {
          this.schema = apiSchema;
          this.known.clear();
        },
      };
    },
  };

  /**
   * Throws QUERY_TOO_COMPLEX when the request's document breaks its caller's limits. Anything else
   * (no query, a syntax error, a batch) is left to Apollo, which reports it.
   */
  checkRequest(request: GraphqlHttpRequest): void {
    const { source, variables } = documentOf(request);
    if (source === undefined) return;
    const caller: CallerKind = request.headers.authorization ? 'authenticated' : 'anonymous';
    const started = performance.now();
    const refusal = this.check(source, variables, caller);
    if (!refusal) return;
    const ms = (performance.now() - started).toFixed(1);
    const found = refusal.found === undefined ? '' : ` (found ${refusal.found})`;
    logger.warn(`Refused a ${source.length}-character document from ${caller} ${request.ip ?? 'caller'}: ${refusal.limit} ${refusal.max} exceeded${found}, in ${ms} ms`);
    throw queryTooComplex(refusal, caller);
  }

  check(source: string, variables: Readonly<Record<string, unknown>>, caller: CallerKind): QueryRefusal | undefined {
    const limits = this.limits[caller];
    const bytes = Buffer.byteLength(source);
    if (bytes > limits.maxBytes) return { limit: 'maxBytes', max: limits.maxBytes, found: bytes };
    if (!this.schema) return undefined;
    const known = this.knownDocument(source, caller);
    if (!known.document || known.refusal) return known.refusal;
    const { cost, fragmentSpreads, introspectionNesting } = this.costOf(known, variables);
    if (fragmentSpreads > limits.maxFragmentSpreads) return { limit: 'maxFragmentSpreads', max: limits.maxFragmentSpreads, found: fragmentSpreads };
    if (introspectionNesting > MAX_INTROSPECTION_NESTING) return { limit: 'maxIntrospectionNesting', max: MAX_INTROSPECTION_NESTING, found: introspectionNesting };
    if (cost > limits.maxCost) return { limit: 'maxCost', max: limits.maxCost, found: cost };
    return known.armorRefusal;
  }

  /**
   * The document's cost with these variables (page sizes come from them): remembered per document for
   * a few small variable sets, since a client repeats the same page with the same variables.
   */
  private costOf(known: KnownDocument, variables: Readonly<Record<string, unknown>>): ReturnType<typeof documentCost> {
    let key: string | undefined;
    try {
      key = JSON.stringify(variables);
    } catch {
      key = undefined;
    }
    if (key === undefined || key.length > MAX_COST_KEY) return documentCost(this.schema!, known.document!, variables);
    const costs = (known.costs ??= new Map());
    let cost = costs.get(key);
    if (!cost) {
      cost = documentCost(this.schema!, known.document!, variables);
      if (costs.size >= COSTS_PER_DOCUMENT) costs.delete(costs.keys().next().value!);
      costs.set(key, cost);
    }
    return cost;
  }

  /** Tokens, parse and graphql-armor's rules for `source`, computed once per caller kind and text. */
  private knownDocument(source: string, caller: CallerKind): KnownDocument {
    const key = `${caller}\u0000${source}`;
    const cached = this.known.get(key);
    if (cached) return cached;
    const limits = this.limits[caller];
    let known: KnownDocument;
    if (tokensOver(source, limits.maxTokens)) {
      known = { refusal: { limit: 'maxTokens', max: limits.maxTokens } };
    } else {
      const document = parseOrUndefined(source);
      const [broken] = document ? validate(this.schema!, document, this.armorRules[caller]) : [];
      const limit = broken?.extensions.limit as keyof QueryLimits | undefined;
      known = { document, armorRefusal: limit ? { limit, max: limits[limit] } : undefined };
    }
    if (this.known.size >= KNOWN_DOCUMENTS) this.known.delete(this.known.keys().next().value!);
    this.known.set(key, known);
    return known;
  }
}

/** How many documents the guard remembers (each at most maxBytes long). */
const KNOWN_DOCUMENTS = 256;
/** Per document: how many variable sets' costs, each at most this long as JSON. */
const COSTS_PER_DOCUMENT = 32;
const MAX_COST_KEY = 512;

interface KnownDocument {
  /** Refused before parsing (too many tokens). */
  readonly refusal?: QueryRefusal;
  /** Undefined when the text does not parse: Apollo reports the syntax error. */
  readonly document?: DocumentNode;
  /** graphql-armor's verdict, applied after the cost checks (as before). */
  readonly armorRefusal?: QueryRefusal;
  /** Costs by the variables' JSON (see costOf). */
  costs?: Map<string, ReturnType<typeof documentCost>>;
}

/** graphql-armor's maintained alias, directive and depth rules; each reports which limit it enforces. */
function armorRules(limits: QueryLimits): readonly ValidationRule[] {
  const report = (limit: keyof QueryLimits) => ({
    n: limits[limit],
    propagateOnRejection: false,
    onReject: [(context: { reportError(error: GraphQLError): void } | null) => context?.reportError(new GraphQLError(limit, { extensions: { limit } }))],
  });
  return new ApolloArmor({
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
    maxAliases: report('maxAliases'),
    maxDirectives: report('maxDirectives'),
    // Depth as the previous rule counted it: fragments add no level; the introspection query is exempt.
    maxDepth: { ...report('maxDepth'), flattenFragments: true, ignoreIntrospection: true },
  }).protect().validationRules;
}

/** True when lexing finds more than `max` tokens; stops there, so a huge document costs no more than `max`. */
function tokensOver(source: string, max: number): boolean {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) if (++count > max) return true;
  } catch {
    // A lexical error: Apollo's parser reports it.
  }
  return false;
}

function parseOrUndefined(source: string): DocumentNode | undefined {
  try {
    return parse(source, { noLocation: true });
  } catch {
    return undefined;
  }
}

/** The document and variables of a POST body or GET query string, as Apollo will read them. */
function documentOf(request: GraphqlHttpRequest): { source?: string; variables: Readonly<Record<string, unknown>> } {
  const carrier = (request.method === 'GET' ? request.query : request.body) as Record<string, unknown> | undefined;
  if (!carrier || typeof carrier !== 'object' || Array.isArray(carrier) || typeof carrier.query !== 'string') return { variables: {} };
  let variables = carrier.variables;
  if (typeof variables === 'string') {
    try {
      variables = JSON.parse(variables);
    } catch {
      variables = {};
    }
  }
  const plain = variables && typeof variables === 'object' && !Array.isArray(variables) ? (variables as Record<string, unknown>) : {};
  return { source: carrier.query, variables: plain };
}

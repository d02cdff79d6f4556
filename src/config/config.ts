import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const APP_CONFIG = Symbol('APP_CONFIG');

export type EventStoreConfig = { kind: 'sqlite'; file: string } | { kind: 'kurrentdb'; url: string };
export type ReadStoreConfig = { kind: 'embedded'; file: string } | { kind: 'mongodb'; url: string };

export interface AppConfig {
  readonly port: number;
  readonly dataDir: string;
  readonly eventStore: EventStoreConfig;
  readonly readStore: ReadStoreConfig;
  readonly auth: {
    /** HS256 secret (local tokens). */
    readonly jwtSecret?: string;
    /** RS256 via an identity provider's key set. */
    readonly jwksUrl?: string;
    readonly issuer?: string;
    readonly audience?: string;
  };
  /** Cost controls checked before a document is validated or executed (docs/graphql.md#limits). */
  readonly graphqlLimits: { readonly authenticated: QueryLimits; readonly anonymous: QueryLimits };
  /** HMAC key that signs pagination cursors (the same on every instance behind one address). */
  readonly cursorKey: string;
  readonly readYourWritesTimeoutMs: number;
  readonly commandRetryLimit: number;
  readonly projectionPageSize: number;
  readonly projectionOnPoison: 'stop' | 'park';
  /**
   * HMAC key for applicants' NIK digests (recruitment). Must be the same on every instance sharing an
   * event store and must never change, or duplicate NIKs across the change go unnoticed.
   */
  readonly applicantIdentityKey: string;
  /** Anonymous (PUBLIC) requests per minute per client address and operation. */
  readonly publicRateLimitPerMinute: number;
  readonly logLevel: 'error' | 'warn' | 'log' | 'debug';
}

/** Per-request bounds on a GraphQL document; each is checked in time linear in the document's size. */
export interface QueryLimits {
  readonly maxBytes: number;
  readonly maxTokens: number;
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  /** Fragment spreads after expansion: a spread inside a fragment spread twice counts twice. */
  readonly maxFragmentSpreads: number;
  /** Every field costs 1; a field with a `first` argument costs 1 + first × its selection. */
  readonly maxCost: number;
}

/** Boot refuses to start with a bad value; the message names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  string(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value ? value : undefined;
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    if (!allowed.includes(raw as T)) {
      this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
      return fallback;
    }
    return raw as T;
  }

  url(name: string, schemes: readonly string[]): string | undefined {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    const scheme = raw.split('://')[0];
    if (!raw.includes('://') || !schemes.includes(scheme)) {
      this.problems.push(`${name} must start with ${schemes.map((s) => `${s}://`).join(' or ')} (got "${raw}")`);
      return undefined;
    }
    return raw;
  }
}

/** Reads and validates the whole configuration from the environment. Throws ConfigError. */
export function loadConfig(env: Env = process.env): AppConfig {
  const read = new Reader(env);
  const dataDir = resolve(read.string('DATA_DIR') ?? './data');
  const eventStoreUrl = read.url('EVENT_STORE_URL', ['kurrentdb', 'kurrentdb+discover', 'esdb', 'esdb+discover']);
  const readStoreRaw = read.string('READ_STORE_URL') ?? 'embedded';
  const readStoreUrl = readStoreRaw === 'embedded' ? undefined : read.url('READ_STORE_URL', ['mongodb', 'mongodb+srv']);
  const jwksUrl = read.url('JWKS_URL', ['https', 'http']);
  const jwtSecret = read.string('JWT_SECRET');
  if (jwtSecret !== undefined && jwtSecret.length < 32) read.problems.push('JWT_SECRET must be at least 32 characters');
  const applicantIdentityKey = read.string('APPLICANT_IDENTITY_KEY');
  if (applicantIdentityKey !== undefined && applicantIdentityKey.length < 32) read.problems.push('APPLICANT_IDENTITY_KEY must be at least 32 characters');
  const cursorKey = read.string('CURSOR_SIGNING_KEY');
  if (cursorKey !== undefined && cursorKey.length < 32) read.problems.push('CURSOR_SIGNING_KEY must be at least 32 characters');
  const production = env.NODE_ENV === 'production';
  if (production && !jwtSecret && !jwksUrl) read.problems.push('NODE_ENV=production needs JWT_SECRET or JWKS_URL');

  const config: AppConfig = {
    port: read.int('PORT', 3000, 1, 65535),
    dataDir,
    eventStore: eventStoreUrl ? { kind: 'kurrentdb', url: eventStoreUrl } : { kind: 'sqlite', file: join(dataDir, 'events.db') },
    readStore: readStoreUrl ? { kind: 'mongodb', url: readStoreUrl } : { kind: 'embedded', file: join(dataDir, 'read-models.db') },
    auth: {
      jwtSecret: jwtSecret ?? (jwksUrl || read.problems.length ? undefined : localSecret(dataDir, 'jwt-secret')),
      jwksUrl,
      issuer: read.string('JWT_ISSUER'),
      audience: read.string('JWT_AUDIENCE'),
    },
    graphqlLimits: readQueryLimits(read),
    cursorKey: cursorKey ?? (read.problems.length ? '' : localSecret(dataDir, 'cursor-key')),
    readYourWritesTimeoutMs: read.int('READ_YOUR_WRITES_TIMEOUT_MS', 5000, 0, 60_000),
    commandRetryLimit: read.int('COMMAND_RETRY_LIMIT', 10, 1, 100),
    projectionPageSize: read.int('PROJECTION_PAGE_SIZE', 1000, 1, 100_000),
    projectionOnPoison: read.oneOf('PROJECTION_ON_POISON', ['stop', 'park'] as const, 'stop'),
    applicantIdentityKey: applicantIdentityKey ?? (read.problems.length ? '' : localSecret(dataDir, 'applicant-identity-key')),
    publicRateLimitPerMinute: read.int('PUBLIC_RATE_LIMIT_PER_MINUTE', 60, 1, 100_000),
    logLevel: read.oneOf('LOG_LEVEL', ['error', 'warn', 'log', 'debug'] as const, 'log'),
  };
  if (read.problems.length) throw new ConfigError(read.problems);
  return config;
}

/**
 * GRAPHQL_<LIMIT> for callers with an Authorization header, GRAPHQL_ANONYMOUS_<LIMIT> for the rest.
 * An anonymous limit is never looser than the authenticated one.
 */
function readQueryLimits(read: Reader): AppConfig['graphqlLimits'] {
  const limits = (prefix: string, d: QueryLimits): QueryLimits => ({
    maxBytes: read.int(`${prefix}MAX_DOCUMENT_BYTES`, d.maxBytes, 256, 1_000_000),
    maxTokens: read.int(`${prefix}MAX_TOKENS`, d.maxTokens, 50, 100_000),
    maxDepth: read.int(`${prefix}MAX_DEPTH`, d.maxDepth, 2, 50),
    maxAliases: read.int(`${prefix}MAX_ALIASES`, d.maxAliases, 0, 10_000),
    maxDirectives: read.int(`${prefix}MAX_DIRECTIVES`, d.maxDirectives, 0, 10_000),
    maxFragmentSpreads: read.int(`${prefix}MAX_FRAGMENT_SPREADS`, d.maxFragmentSpreads, 0, 100_000),
    maxCost: read.int(`${prefix}MAX_COST`, d.maxCost, 10, 10_000_000),
  });
  const authenticated = limits('GRAPHQL_', { maxBytes: 32_768, maxTokens: 4_000, maxDepth: 12, maxAliases: 30, maxDirectives: 30, maxFragmentSpreads: 200, maxCost: 10_000 });
  const anonymous = limits('GRAPHQL_ANONYMOUS_', { maxBytes: 8_192, maxTokens: 1_000, maxDepth: 10, maxAliases: 10, maxDirectives: 10, maxFragmentSpreads: 50, maxCost: 3_000 });
  const keys = Object.keys(authenticated) as (keyof QueryLimits)[];
  const stricter = Object.fromEntries(keys.map((k) => [k, Math.min(anonymous[k], authenticated[k])])) as Record<keyof QueryLimits, number>;
  return { authenticated, anonymous: stricter };
}

/**
 * Local secrets (the JWT signing key without JWT_SECRET, the applicant identity key without
 * APPLICANT_IDENTITY_KEY, the cursor key without CURSOR_SIGNING_KEY): created once under DATA_DIR and reused, so `npm start` works on a fresh
 * machine and `npm run token` signs tokens the API accepts. Created exclusively: when two processes
 * race, both end up with the first one's key.
 */
export function localSecret(dataDir: string, name: string): string {
  const file = join(dataDir, name);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return readFileSync(file, 'utf8').trim();
}

/**
 * The process configuration: `.env` in the working directory (if present) under the real environment,
 * which wins. Used by main.ts and the CLIs; tests call loadConfig with explicit values.
 */
export function loadProcessConfig(): AppConfig {
  if (existsSync('.env')) {
    const explicit = { ...process.env };
    process.loadEnvFile('.env');
    Object.assign(process.env, explicit);
  }
  return loadConfig(process.env);
}

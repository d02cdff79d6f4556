import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_CONFIG = Symbol('APP_CONFIG');

export type EventStoreConfig = { kind: 'sqlite'; file: string } | { kind: 'kurrentdb'; url: string };
export type ReadStoreConfig = { kind: 'embedded'; file: string } | { kind: 'mongodb'; url: string };

export interface AppConfig {
  readonly port: number;
  /** The interface to listen on: loopback by default; 0.0.0.0 in containers. */
  readonly host: string;
  readonly http: {
    /** Origins allowed to call the API from a browser; none (CORS closed) by default. */
    readonly corsOrigins: readonly string[];
    /** Largest JSON request body (GraphQL documents and variables). */
    readonly jsonBodyLimitBytes: number;
  };
  readonly dataDir: string;
  readonly eventStore: EventStoreConfig;
  readonly readStore: ReadStoreConfig;
  readonly auth: {
    /** HS256 secret (local tokens). */
    readonly jwtSecret?: string;
    /** RS256 via an identity provider's key set. */
    readonly jwksUrl?: string;
    /** Required `iss`: the identity provider's, or the local default. */
    readonly issuer: string;
    /** Required `aud`: the identity provider's name for this API, or the local default. */
    readonly audience: string;
    /** Longest exp − iat a local (HS256) token may have. */
    readonly maxLifetimeSeconds: number;
    /** Tolerated clock difference for exp, nbf and iat. */
    readonly clockSkewSeconds: number;
  };
  /** Cost controls checked before a document is validated or executed (docs/graphql.md#limits). */
  readonly graphqlLimits: { readonly authenticated: QueryLimits; readonly anonymous: QueryLimits };
  /** HMAC key that signs pagination cursors (the same on every instance behind one address). */
  readonly cursorKey: string;
  readonly readYourWritesTimeoutMs: number;
  /** Open GraphQL subscriptions (each reads the log from its own position) across all connections. */
  readonly subscriptionsMax: number;
  readonly commandRetryLimit: number;
  /** The claim reconciler (kernel/claims): releases claims whose owning write never happened. */
  readonly claims: {
    /** A claim younger than this is never released: its write may still be under way. */
    readonly orphanGraceSeconds: number;
    /** Seconds between reconciling passes (one also runs at boot). */
    readonly reconcileIntervalSeconds: number;
  };
  readonly projectionPageSize: number;
  readonly projectionOnPoison: 'stop' | 'park';
  /** How often the deadline scheduler looks for due deadlines (a deadline fires at most this late). */
  readonly deadlinePollIntervalMs: number;
  /**
   * HMAC key for applicants' NIK digests (recruitment). Must be the same on every instance sharing an
   * event store and must never change, or duplicate NIKs across the change go unnoticed.
   */
  readonly applicantIdentityKey: string;
  /** Anonymous (PUBLIC) requests per minute per client address and operation. */
  readonly publicRateLimitPerMinute: number;
  /** Signed checkpoints of the global Merkle log (event-store/checkpointer.ts). */
  readonly checkpoint: {
    /** Ed25519 seed, 64 hex digits. Every instance writing to one event store uses the same key. */
    readonly signingKey: string;
    readonly everyEvents: number;
    readonly everySeconds: number;
    /** The witness file: one JSON line per checkpoint, for an auditor to copy and keep elsewhere. */
    readonly witnessPath: string;
  };
  readonly logLevel: 'error' | 'warn' | 'log' | 'debug';
  readonly attachments: {
    /** Largest upload accepted, in bytes; larger bodies are refused before anything is stored. */
    readonly maxBytes: number;
  };
  readonly notifications: NotificationsConfig;
  /** Readiness: the largest projection lag (events behind the head) that still counts as ready. */
  readonly healthMaxProjectionLag: number;
  /** Readiness: how long each store may take to answer a probe. */
  readonly healthTimeoutMs: number;
  /** Several instances on one MongoDB read store: this instance's name, and the projection leases. */
  readonly instances: { readonly instanceId: string; readonly leaseTtlMs: number; readonly followPollMs: number };
  /** SIGTERM: readiness 503 for `drainDelayMs`, then running requests get `timeoutMs`, and so does closing down. */
  readonly shutdown: { readonly drainDelayMs: number; readonly timeoutMs: number };
  /** Who may scrape /metrics: a bearer token, or addresses / CIDR ranges (loopback by default). */
  readonly metrics: { readonly token?: string; readonly allowFrom: readonly string[] };
  /**
   * 64 hex digits wrapping every per-subject key (infrastructure/subject-keys). Losing it shreds all
   * sealed personal data; keep it with the other local secrets.
   */
  readonly subjectMasterKey: string;
  /** Public feedback (complaints, SKM): small-cell suppression and the anonymous abuse limits. */
  readonly publicFeedback: PublicFeedbackConfig;
}

export interface PublicFeedbackConfig {
  /** HMAC key deriving tracking ids from command ids (unguessable even when a command id is known). */
  readonly trackingKey: string;
  /** Smallest count a public aggregate shows (k-anonymity, DOMAIN.md checklist 23); below it the figure is suppressed. */
  readonly minCellSize: number;
  /** ALTCHA proof-of-work: the largest number a challenge may hide (higher = more work per anonymous write). */
  readonly powMaxNumber: number;
  /** How long a challenge may be solved and used. */
  readonly powExpiresSeconds: number;
  /** HMAC key signing the challenges (the same on every instance). */
  readonly powKey: string;
  /** Anonymous submissions per client address per hour (on top of the per-minute PUBLIC limit). */
  readonly submissionsPerHour: number;
  /** Largest report text, in characters. */
  readonly maxTextLength: number;
}

export interface NotificationsConfig {
  /** `smtp://` or `smtps://` server for e-mail; unset = e-mail is off: nothing is sent, skips are recorded. */
  readonly smtpUrl?: string;
  /** The From address of every notification e-mail. */
  readonly from: string;
  /** Attempts per notification before it is dead-lettered. */
  readonly maxAttempts: number;
  /** Wait before the first retry; doubles on each further failure. */
  readonly retryBaseMs: number;
  /** How often the sender looks for due notifications. */
  readonly pollMs: number;
}

/**
 * `iss` and `aud` of local tokens when JWT_ISSUER / JWT_AUDIENCE are unset. Fixed values suffice: the
 * local signing key is itself per instance (generated under DATA_DIR), so another instance's tokens fail
 * on the signature; the check keeps tokens minted for other systems with a shared JWT_SECRET out.
 */
export const LOCAL_ISSUER = 'akuntabel-local';
export const LOCAL_AUDIENCE = 'akuntabel-api';

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

  /** An address to listen on: an IP address or a host name. */
  host(name: string, fallback: string): string {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    if (isIP(raw) === 0 && !/^[A-Za-z0-9.-]{1,253}$/.test(raw)) {
      this.problems.push(`${name} must be an IP address or a host name (got "${raw}")`);
      return fallback;
    }
    return raw;
  }

  /** Browser origins (scheme://host[:port]) separated by commas. */
  origins(name: string): readonly string[] {
    const raw = this.string(name);
    if (raw === undefined) return [];
    const entries = raw.split(',').map((entry) => entry.trim()).filter(Boolean);
    const bad = entries.filter((entry) => !/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/.test(entry));
    if (bad.length) this.problems.push(`${name} must list origins such as https://portal.medan.go.id, separated by commas (bad: ${bad.join(', ')})`);
    return bad.length ? [] : entries;
  }

  /** A comma-separated list of IP addresses and CIDR ranges; `none` for an empty list. */
  addresses(name: string, fallback: readonly string[]): readonly string[] {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    if (raw === 'none') return [];
    const entries = raw.split(',').map((entry) => entry.trim()).filter(Boolean);
    const bad = entries.filter((entry) => {
      const [address, prefix, extra] = entry.split('/');
      const family = isIP(address);
      if (family === 0 || extra !== undefined) return true;
      if (prefix === undefined) return false;
      const bits = Number(prefix);
      return !/^\d+$/.test(prefix) || bits > (family === 4 ? 32 : 128);
    });
    if (bad.length) this.problems.push(`${name} must list IP addresses or CIDR ranges separated by commas, or none (bad: ${bad.join(', ')})`);
    return bad.length ? fallback : entries;
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
export function loadConfig(env: Env = process.env, options: { createLocalSecrets?: boolean } = {}): AppConfig {
  const read = new Reader(env);
  const dataDir = resolve(read.string('DATA_DIR') ?? './data');
  // `npm run restore` must not create keys in the DATA_DIR it is about to fill.
  const secret = (name: string) => (options.createLocalSecrets === false ? existingSecret(dataDir, name) : localSecret(dataDir, name));
  const eventStoreUrl = read.url('EVENT_STORE_URL', ['kurrentdb', 'kurrentdb+discover', 'esdb', 'esdb+discover']);
  const readStoreRaw = read.string('READ_STORE_URL') ?? 'embedded';
  const readStoreUrl = readStoreRaw === 'embedded' ? undefined : read.url('READ_STORE_URL', ['mongodb', 'mongodb+srv']);
  const jwksUrl = read.url('JWKS_URL', ['https', 'http']);
  const jwtSecret = read.string('JWT_SECRET');
  if (jwtSecret !== undefined && jwtSecret.length < 32) read.problems.push('JWT_SECRET must be at least 32 characters');
  const applicantIdentityKey = read.string('APPLICANT_IDENTITY_KEY');
  if (applicantIdentityKey !== undefined && applicantIdentityKey.length < 32) read.problems.push('APPLICANT_IDENTITY_KEY must be at least 32 characters');
  const issuer = read.string('JWT_ISSUER');
  const audience = read.string('JWT_AUDIENCE');
  if (jwksUrl && (!issuer || !audience)) read.problems.push('JWKS_URL needs JWT_ISSUER and JWT_AUDIENCE (the identity provider\'s iss and its aud for this API)');
  const notifyFrom = read.string('NOTIFY_FROM') ?? 'Akuntabel <no-reply@localhost>';
  if (!/^[^@\s<>]+@[^@\s<>]+$|<[^@\s<>]+@[^@\s<>]+>$/.test(notifyFrom)) read.problems.push(`NOTIFY_FROM must be an e-mail address, optionally "Name <address>" (got "${notifyFrom}")`);
  const metricsToken = read.string('METRICS_TOKEN');
  if (metricsToken !== undefined && metricsToken.length < 32) read.problems.push('METRICS_TOKEN must be at least 32 characters');
  const signingKey = read.string('CHECKPOINT_SIGNING_KEY');
  if (signingKey !== undefined && !/^[0-9a-fA-F]{64}$/.test(signingKey)) read.problems.push('CHECKPOINT_SIGNING_KEY must be 64 hex digits (an Ed25519 seed)');
  const cursorKey = read.string('CURSOR_SIGNING_KEY');
  if (cursorKey !== undefined && cursorKey.length < 32) read.problems.push('CURSOR_SIGNING_KEY must be at least 32 characters');
  const subjectMasterKey = read.string('SUBJECT_MASTER_KEY');
  if (subjectMasterKey !== undefined && !/^[0-9a-fA-F]{64}$/.test(subjectMasterKey)) read.problems.push('SUBJECT_MASTER_KEY must be 64 hex digits');
  const production = env.NODE_ENV === 'production';
  if (production && !jwtSecret && !jwksUrl) read.problems.push('NODE_ENV=production needs JWT_SECRET or JWKS_URL');

  const config: AppConfig = {
    port: read.int('PORT', 3000, 0, 65535),
    host: read.host('HOST', '127.0.0.1'),
    http: {
      corsOrigins: read.origins('CORS_ORIGINS'),
      jsonBodyLimitBytes: read.int('HTTP_JSON_BODY_LIMIT_BYTES', 262_144, 1024, 10_485_760),
    },
    dataDir,
    eventStore: eventStoreUrl ? { kind: 'kurrentdb', url: eventStoreUrl } : { kind: 'sqlite', file: join(dataDir, 'events.db') },
    readStore: readStoreUrl ? { kind: 'mongodb', url: readStoreUrl } : { kind: 'embedded', file: join(dataDir, 'read-models.db') },
    auth: {
      jwtSecret: jwtSecret ?? (jwksUrl || read.problems.length ? undefined : secret('jwt-secret')),
      jwksUrl,
      issuer: issuer ?? LOCAL_ISSUER,
      audience: audience ?? LOCAL_AUDIENCE,
      maxLifetimeSeconds: read.int('JWT_MAX_LIFETIME_SECONDS', 12 * 3600, 60, 30 * 24 * 3600),
      clockSkewSeconds: read.int('JWT_CLOCK_SKEW_SECONDS', 30, 0, 300),
    },
    graphqlLimits: readQueryLimits(read),
    cursorKey: cursorKey ?? (read.problems.length ? '' : secret('cursor-key')),
    readYourWritesTimeoutMs: read.int('READ_YOUR_WRITES_TIMEOUT_MS', 5000, 0, 60_000),
    subscriptionsMax: read.int('SUBSCRIPTIONS_MAX', 200, 1, 100_000),
    commandRetryLimit: read.int('COMMAND_RETRY_LIMIT', 10, 1, 100),
    claims: {
      orphanGraceSeconds: read.int('CLAIM_ORPHAN_GRACE_SECONDS', 300, 0, 86_400),
      reconcileIntervalSeconds: read.int('CLAIM_RECONCILE_INTERVAL_SECONDS', 300, 1, 86_400),
    },
    projectionPageSize: read.int('PROJECTION_PAGE_SIZE', 1000, 1, 100_000),
    projectionOnPoison: read.oneOf('PROJECTION_ON_POISON', ['stop', 'park'] as const, 'stop'),
    deadlinePollIntervalMs: read.int('DEADLINE_POLL_INTERVAL_MS', 5000, 10, 3_600_000),
    applicantIdentityKey: applicantIdentityKey ?? (read.problems.length ? '' : secret('applicant-identity-key')),
    publicRateLimitPerMinute: read.int('PUBLIC_RATE_LIMIT_PER_MINUTE', 60, 1, 100_000),
    checkpoint: {
      signingKey: signingKey ?? (read.problems.length ? '' : secret('checkpoint-signing-key')),
      everyEvents: read.int('CHECKPOINT_EVERY_EVENTS', 1000, 1, 10_000_000),
      everySeconds: read.int('CHECKPOINT_EVERY_SECONDS', 60, 1, 86_400),
      witnessPath: resolve(read.string('CHECKPOINT_WITNESS_PATH') ?? join(dataDir, 'checkpoint-witness.jsonl')),
    },
    logLevel: read.oneOf('LOG_LEVEL', ['error', 'warn', 'log', 'debug'] as const, 'log'),
    attachments: { maxBytes: read.int('ATTACHMENT_MAX_BYTES', 10 * 1024 * 1024, 1, 1024 ** 3) },
    notifications: {
      smtpUrl: read.url('SMTP_URL', ['smtp', 'smtps']),
      from: notifyFrom,
      maxAttempts: read.int('NOTIFY_MAX_ATTEMPTS', 6, 1, 50),
      retryBaseMs: read.int('NOTIFY_RETRY_BASE_MS', 60_000, 1, 86_400_000),
      pollMs: read.int('NOTIFY_POLL_MS', 5000, 10, 3_600_000),
    },
    healthMaxProjectionLag: read.int('HEALTH_MAX_PROJECTION_LAG', 1000, 0, 10_000_000),
    healthTimeoutMs: read.int('HEALTH_TIMEOUT_MS', 2000, 100, 60_000),
    instances: {
      instanceId: read.string('INSTANCE_ID') ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`,
      leaseTtlMs: read.int('PROJECTION_LEASE_TTL_MS', 15_000, 1000, 600_000),
      followPollMs: read.int('PROJECTION_FOLLOW_POLL_MS', 200, 20, 10_000),
    },
    shutdown: { drainDelayMs: read.int('SHUTDOWN_DRAIN_DELAY_MS', 0, 0, 120_000), timeoutMs: read.int('SHUTDOWN_TIMEOUT_MS', 10_000, 100, 300_000) },
    metrics: { token: metricsToken, allowFrom: read.addresses('METRICS_ALLOW_FROM', ['127.0.0.1', '::1']) },
    subjectMasterKey: subjectMasterKey ?? (read.problems.length ? '' : secret('subject-master-key')),
    publicFeedback: {
      trackingKey: read.string('FEEDBACK_TRACKING_KEY') ?? (read.problems.length ? '' : secret('feedback-tracking-key')),
      minCellSize: read.int('FEEDBACK_MIN_CELL_SIZE', 5, 1, 1000),
      powMaxNumber: read.int('FEEDBACK_POW_MAX_NUMBER', 100_000, 10, 10_000_000),
      powExpiresSeconds: read.int('FEEDBACK_POW_EXPIRES_SECONDS', 600, 10, 86_400),
      powKey: read.string('FEEDBACK_POW_KEY') ?? (read.problems.length ? '' : secret('feedback-pow-key')),
      submissionsPerHour: read.int('FEEDBACK_SUBMISSIONS_PER_HOUR', 10, 1, 100_000),
      maxTextLength: read.int('FEEDBACK_MAX_TEXT_LENGTH', 4000, 100, 100_000),
    },
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
 * APPLICANT_IDENTITY_KEY, the checkpoint signing key's seed without CHECKPOINT_SIGNING_KEY, the cursor
 * key without CURSOR_SIGNING_KEY): created once under DATA_DIR and reused, so `npm start` works on a fresh
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

/** The local secret files `localSecret` may create under DATA_DIR (a backup copies them). */
export const LOCAL_SECRET_FILES = ['jwt-secret', 'cursor-key', 'applicant-identity-key', 'checkpoint-signing-key', 'subject-master-key', 'feedback-tracking-key'] as const;

function existingSecret(dataDir: string, name: string): string {
  const file = join(dataDir, name);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
}

/**
 * The process configuration: `.env` in the working directory (if present) under the real environment,
 * which wins. Used by main.ts and the CLIs; tests call loadConfig with explicit values.
 */
export function loadProcessConfig(options: { createLocalSecrets?: boolean } = {}): AppConfig {
  if (existsSync('.env')) {
    const explicit = { ...process.env };
    process.loadEnvFile('.env');
    Object.assign(process.env, explicit);
  }
  return loadConfig(process.env, options);
}

import { INestApplication } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { AppOverrides } from '../../src/app.module';
import { createApp } from '../../src/bootstrap';
import { AppConfig, loadConfig } from '@config/config';
import { GrantClaim } from '@infrastructure/auth/grants';
import { signLocalToken } from '@infrastructure/auth/jwt';
import { CHECKPOINT_STREAM } from '@infrastructure/event-store/checkpoint';
import { EVENT_STORE, EventStore } from '@kernel/event-store.port';
import { RecordedEvent } from '@kernel/events';
import { tempDir } from '../fixtures/stores';

export interface GraphqlResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions: { code: string; rule?: string; [key: string]: unknown } }[];
}

/**
 * A real API on a random loopback port with its own DATA_DIR (embedded stores): e2e tests drive it
 * over HTTP exactly like a client would.
 */
export class TestApi {
  private constructor(
    readonly app: INestApplication,
    readonly config: AppConfig,
    readonly url: string,
  ) {}

  /** `overrides`: a clock the test moves, fixture modules beside the real ones. */
  static async start(env: Record<string, string> = {}, overrides: AppOverrides = {}): Promise<TestApi> {
    const dataDir = env.DATA_DIR ?? tempDir('akt-e2e-');
    // A fixed tracking key: tracking ids (public-feedback) derive from it, so the guide's examples can name them.
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error', PUBLIC_RATE_LIMIT_PER_MINUTE: '1000', FEEDBACK_TRACKING_KEY: 'e2e-tracking-key-0123456789abcdef', ...env });
    const app = await createApp(config, { logger: ['error'], ...overrides });
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    return new TestApi(app, config, `http://127.0.0.1:${port}/graphql`);
  }

  /** Sends one GraphQL operation; `token` may be a token or a role grant to sign one for. */
  async gql<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string, headers: Record<string, string> = {}): Promise<GraphqlResponse<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphqlResponse<T>;
  }

  /** Like gql, but fails the test on any error and returns `data`. */
  async ok<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const result = await this.gql<T>(query, variables, token);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
    return result.data as T;
  }

  /**
   * A local token for `sub` with these grants, as the API's configuration requires (iss, aud, iat, exp).
   * Grants are signed as given, malformed ones included: the API judges them.
   */
  token(sub: string, ...roles: GrantClaim[]): Promise<string> {
    return signLocalToken(this.config.auth, { sub, roles });
  }

  /** The server's root URL (http://127.0.0.1:port), for the non-GraphQL endpoints. */
  get baseUrl(): string {
    return this.url.replace(/\/graphql$/, '');
  }

  get events(): EventStore {
    return this.app.get(EVENT_STORE);
  }

  /**
   * The head once reactions to earlier commands have settled (no new event for three polls of 50 ms,
   * at most 5 s): a refusal that must append nothing is judged on what it appended itself, not on a
   * reaction (the outbox, training taking gaps, a segment split) landing meanwhile.
   */
  async settledHead(): Promise<number> {
    let head = await this.events.headPosition();
    for (let stable = 0, tries = 0; stable < 3 && tries < 100; tries++) {
      await new Promise((r) => setTimeout(r, 50));
      const now = await this.events.headPosition();
      stable = now === head ? stable + 1 : 0;
      head = now;
    }
    return head;
  }

  /**
   * What was appended after `position`, other than the audit checkpoints (the checkpointer anchors
   * the log on its own tick, sooner when a test moves the clock by days): for "refused, nothing written".
   */
  async appendedSince(position: number): Promise<RecordedEvent[]> {
    const { events } = await this.events.readAll({ after: position, maxCount: 10_000 });
    return events.filter((event) => event.streamId !== CHECKPOINT_STREAM);
  }

  async close(): Promise<void> {
    await this.app.close();
  }
}

/** The first error's code, for `expect(codeOf(res)).toBe('FORBIDDEN')`. */
export function codeOf(response: GraphqlResponse): string | undefined {
  return response.errors?.[0]?.extensions.code;
}

import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { Context } from 'graphql-ws';
import type { IncomingMessage } from 'node:http';
import { Actor } from '@kernel/events';
import { Language, preferredLanguage } from '@kernel/messages';
import { JwtVerifier } from '../auth/jwt';
import { inLanguage } from './error-language';
import { formatGraphqlError } from './error-mapper';
import { QueryGuard } from './query-limits/query-guard';
import { queryTooComplex } from './query-limits/query-refusal';

/** What a graphql-ws connection carries between its callbacks: the socket's request and the authenticated actor. */
interface ConnectionExtra {
  readonly request: IncomingMessage;
  actor?: Actor;
}

type WsContext = Context<Record<string, unknown> | undefined, ConnectionExtra>;

const logger = new Logger('GraphQL subscriptions');

/**
 * The request object resolvers and the auth guard see, for HTTP and WebSocket alike. Over WebSocket
 * the actor was authenticated once, from `connectionParams`, when the connection was initialised.
 */
export function graphqlContext(input: { req?: unknown } | WsContext): { req: unknown } {
  if ('req' in input && input.req) return { req: input.req };
  const ws = input as WsContext;
  return { req: { headers: {}, ip: ws.extra?.request?.socket?.remoteAddress, actor: ws.extra?.actor } };
}

/**
 * graphql-ws on /graphql: the client sends `{ authorization: "Bearer <token>" }` as connectionParams;
 * a connection without a valid token is closed (4403) before any operation. Documents are parsed and
 * validated under the same limits as HTTP requests, and errors are mapped by the same error mapper
 * (in English when `connectionParams["accept-language"]` or the upgrade's Accept-Language prefers it).
 */
export function graphqlWsOptions(verifier: JwtVerifier, guard: QueryGuard): GraphQLWsSubscriptionsConfig {
  // Nest types only some graphql-ws options but passes every one to useServer (parse, validate and
  // onError included); the subscription e2e test proves the limits and the error mapper apply.
  const options = {
    connectionInitWaitTimeout: 10_000,
    onConnect: async (ctx: WsContext): Promise<boolean> => {
      const raw = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
      const match = typeof raw === 'string' ? /^Bearer\s+(\S+)$/i.exec(raw) : null;
      if (!match) return refuse('no bearer token in connectionParams.authorization');
      try {
        ctx.extra.actor = await verifier.verify(match[1]);
        return true;
      } catch (error) {
        return refuse((error as Error).message);
      }
    },
    // The same cost limits as over HTTP, before graphql-ws parses and validates (connections are authenticated).
    onSubscribe: (_ctx: WsContext, _id: string, payload: { query: string; variables?: Record<string, unknown> | null }) => {
      const refusal = guard.check(payload.query, payload.variables ?? {}, 'authenticated');
      return refusal ? [queryTooComplex(refusal, 'authenticated')] : undefined;
    },
    onError: (ctx: WsContext, _id: string, _payload: unknown, errors: readonly GraphQLError[]) =>
      errors.map((error) => inLanguage(formatGraphqlError(error.toJSON(), error), languageOf(ctx))),
    onNext: (ctx: WsContext, _id: string, _payload: unknown, _args: unknown, result: { data?: unknown; errors?: readonly GraphQLError[] }) =>
      result.errors?.length
        ? { ...result, errors: result.errors.map((error) => inLanguage(formatGraphqlError(error.toJSON(), error), languageOf(ctx))) }
        : undefined,
  };
  return options as unknown as GraphQLWsSubscriptionsConfig;
}

/** The connection's language: `connectionParams["accept-language"]`, else the upgrade request's Accept-Language header. */
function languageOf(ctx: WsContext): Language {
  const param = ctx.connectionParams?.['accept-language'] ?? ctx.connectionParams?.['Accept-Language'];
  return preferredLanguage(typeof param === 'string' ? param : ctx.extra?.request?.headers?.['accept-language']);
}

function refuse(why: string): false {
  logger.warn(`Refused a subscription connection: ${why}`);
  return false;
}

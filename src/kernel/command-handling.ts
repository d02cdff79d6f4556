import { Inject, Injectable, Logger } from '@nestjs/common';
import { ClaimOwner, lastFenceAgainst } from './claims/claim.events';
import { Claim, Claims } from './claims/claims';
import { Decider } from './decider';
import { ConflictError } from './errors';
import { FoldCache } from './fold-cache';
import { DuplicateEventIdError, EVENT_STORE, EventStore, ExpectedRevision, WrongExpectedVersionError } from './event-store.port';
import { EventRegistry, eventRegistry } from './event-registry';
import { Actor, DomainEvent, NewEvent, Position, RecordedEvent } from './events';
import { idempotencyKeyClaim, keyReused } from './idempotency';
import { deriveId, eventIdFor, legacyEventIdFor } from './ids';
import { capitalised, recordNameOf } from './messages';
import { Authorize } from './scope-policy';

/** Who asks, why, and under which ids: built at the edge (resolver, process manager, CLI). */
export interface CommandContext {
  /** Idempotency: the same commandId never writes twice. */
  readonly commandId: string;
  readonly actor: Actor;
  readonly reason?: string;
  readonly correlationId: string;
  readonly causationId: string;
  /** ISO time the command was accepted; also the decider's "now". */
  readonly occurredAt: string;
  /** Set when the client gave an idempotency key: the hash of its request (idempotency.ts). */
  readonly fingerprint?: string;
  /**
   * The revision the client last saw (its `If-Match`): the command applies only if the stream is still
   * there, otherwise CONFLICT — never retried, the client must look at the newer state first.
   */
  readonly expectedRevision?: number;
}

/**
 * A context for a further write of the same request (another stream): its command id derives from
 * the request's and `purpose`, so a repeat of the request writes none of them twice. The client's
 * idempotency fingerprint and expected revision belong to the request's own write only.
 */
export function childContext(context: CommandContext, purpose: string): CommandContext {
  const { expectedRevision: _r, fingerprint: _f, ...rest } = context;
  return { ...rest, commandId: deriveId(context.commandId, purpose) };
}

export interface ExecuteOptions<S = unknown> {
  /** Values the command claims for this stream (claims.ts): claimed after the decision, before the write. */
  readonly claims?: readonly Claim[];
  /**
   * Refuses the actor for the state just loaded (a module's scope: byInstansi in scope-policy.ts). Runs
   * on every attempt, on the same read the decision uses; skipped for a repeat of a command already
   * in the stream, which is answered as a duplicate whatever changed since.
   */
  readonly authorize?: Authorize<S>;
}

/** The command, or how to prepare it from the loaded state (e.g. a value the state points to). */
export type CommandSource<C, S> = C | ((state: S) => C | Promise<C>);

export interface CommandResult<State = unknown> {
  readonly streamId: string;
  /** Revision of the stream after the command (-1: the stream still does not exist). */
  readonly revision: number;
  /** Global position of the last event written (or found, for a repeat): what read-your-writes waits for. */
  readonly position: Position;
  readonly eventTypes: readonly string[];
  /** True when this commandId had already been handled: nothing was written now. */
  readonly duplicate: boolean;
  readonly state: State;
}

export const COMMAND_RETRY_LIMIT = Symbol('COMMAND_RETRY_LIMIT');

/** Streams whose folded state the executor keeps for the next command on them (a state keeps its events alive: bounded near the store cache's size). */
const FOLDED_STREAMS = 1024;

/**
 * The one command-handling path: load the stream once → fold → authorize on that state → prepare →
 * decide → claim → append at the exact revision the decision saw. Deciders are pure, so a lost race is
 * retried from a fresh load a bounded number of times before the caller gets CONFLICT; a client that
 * named the revision it saw (expectedRevision) gets CONFLICT at once instead. A command id already in the stream is a repeat,
 * answered with the original position; a client key reused for another request is refused
 * (IDEMPOTENCY_KEY_REUSED). Claims (cross-stream uniqueness, the idempotency key itself) are taken
 * only for a decision that writes, and name this exact write as their owner.
 */
@Injectable()
export class CommandExecutor {
  private readonly logger = new Logger(CommandExecutor.name);
  private readonly registry: EventRegistry = eventRegistry;
  private readonly claims: Claims;
  private readonly folds = new FoldCache(FOLDED_STREAMS);

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(COMMAND_RETRY_LIMIT) private readonly maxAttempts: number,
  ) {
    this.claims = new Claims(store, maxAttempts);
  }

  async execute<C, E extends DomainEvent, S>(
    decider: Decider<C, E, S>,
    streamId: string,
    command: CommandSource<C, S>,
    context: CommandContext,
    options: ExecuteOptions<S> = {},
  ): Promise<CommandResult<S>> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt(decider, streamId, command, context, options);
      } catch (error) {
        // The store's backstop: an event id already stored in another stream is a key used twice.
        if (error instanceof DuplicateEventIdError) throw keyReused({ streamId, existingStreamId: error.existingStreamId });
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        if (context.expectedRevision !== undefined) throw staleRevision(streamId, context.expectedRevision);
        if (attempt >= this.maxAttempts) {
          throw new ConflictError(`${capitalised(recordNameOf(streamId, 'id'))} ini sedang diubah oleh beberapa permintaan sekaligus; muat ulang, lalu coba lagi`, {
            streamId,
            attempts: attempt,
          });
        }
        this.logger.debug(`Retrying ${streamId} after a lost race (attempt ${attempt})`);
        await jitter(attempt);
      }
    }
  }

  /** Current state of a stream, folded from its (upcast) events — from where the last load of it stopped, when it can (fold-cache.ts). */
  async load<E extends DomainEvent, S>(
    decider: Pick<Decider<unknown, E, S>, 'initialState' | 'evolve'>,
    streamId: string,
  ): Promise<{ state: S; events: RecordedEvent[] }> {
    const records = await this.store.readStream(streamId);
    const events = records.map((event) => this.registry.upcast(event));
    return { state: this.folds.fold(decider, streamId, records, events as unknown as E[]), events };
  }

  private async attempt<C, E extends DomainEvent, S>(
    decider: Decider<C, E, S>,
    streamId: string,
    source: CommandSource<C, S>,
    context: CommandContext,
    { claims = [], authorize }: ExecuteOptions<S>,
  ): Promise<CommandResult<S>> {
    const { state, events: history } = await this.load(decider, streamId);
    const last = history[history.length - 1];
    const revision = last ? last.revision : -1;
    const owner: ClaimOwner = { streamId, eventId: eventIdFor(context.commandId, streamId, 0, context.fingerprint), revision: revision + 1 };
    const earlier = history.filter((event) => event.commandId === context.commandId);
    if (earlier.length > 0) {
      if (!isSameRequest(earlier[0], owner, context)) throw keyReused({ streamId });
      const lastOfCommand = earlier[earlier.length - 1];
      return { streamId, revision, position: lastOfCommand.position, eventTypes: earlier.map((e) => e.type), duplicate: true, state };
    }
    if (authorize) await authorize(state, context.actor);
    if (context.expectedRevision !== undefined && context.expectedRevision !== revision) throw staleRevision(streamId, context.expectedRevision, revision);
    const key = context.fingerprint === undefined ? undefined : idempotencyKeyClaim(context.commandId);
    if (key) await this.claims.check(key, owner);
    const command = typeof source === 'function' ? await (source as (state: S) => C | Promise<C>)(state) : source;
    const decided = decider.decide(command, state);
    if (decided.length === 0) {
      return { streamId, revision, position: last?.position ?? 0, eventTypes: [], duplicate: false, state };
    }
    const fencedAt = lastFenceAgainst(history, owner.eventId);
    for (const claim of key ? [...claims, key] : claims) await this.claims.acquire(claim, owner, context, fencedAt);
    const expected: ExpectedRevision = last ? last.revision : 'no_stream';
    const appended = await this.store.append(streamId, decided.map((event, index) => this.toNewEvent(event, streamId, index, context)), expected);
    const next = decided.reduce<S>((s, event) => decider.evolve(s, event), state);
    return {
      streamId,
      revision: appended.revision,
      position: appended.position,
      eventTypes: decided.map((e) => e.type),
      duplicate: appended.duplicate,
      state: next,
    };
  }

  private toNewEvent(event: DomainEvent, streamId: string, index: number, context: CommandContext): NewEvent {
    return {
      eventId: eventIdFor(context.commandId, streamId, index, context.fingerprint),
      type: event.type,
      schemaVersion: this.registry.versionOf(event.type),
      data: event.data,
      metadata: {
        occurredAt: context.occurredAt,
        actor: context.actor,
        reason: context.reason,
        commandId: context.commandId,
        correlationId: context.correlationId,
        causationId: context.causationId,
      },
    };
  }
}

/**
 * Is the command already in the stream this request, or the same key with another payload? Event ids
 * commit to the fingerprint; events written before they did (legacy ids) and unkeyed commands (their
 * id is never reused by another request) count as the same request.
 */
function isSameRequest(first: RecordedEvent, owner: ClaimOwner, context: CommandContext): boolean {
  return context.fingerprint === undefined || first.eventId === owner.eventId || first.eventId === legacyEventIdFor(context.commandId, 0);
}

/** The client edited a state that has moved on since it read it (EventSourcing.NodeJS: If-Match → 412). */
function staleRevision(streamId: string, expectedRevision: number, actualRevision?: number): ConflictError {
  const record = capitalised(recordNameOf(streamId, 'id'));
  const now = actualRevision === undefined ? 'sudah pada revisi yang lebih baru' : `sekarang revisi ${actualRevision}`;
  return new ConflictError(`${record} ini sudah diubah orang lain (${now}, Anda mengirim revisi ${expectedRevision}): muat ulang, lalu kirim ulang perubahan dengan expectedRevision terbaru`, {
    streamId,
    expectedRevision,
    ...(actualRevision === undefined ? {} : { actualRevision }),
  });
}

/** Random back-off so racing retries spread out instead of colliding again. */
function jitter(attempt: number): Promise<void> {
  const ms = Math.random() * Math.min(50, 2 ** attempt);
  return new Promise((resolve) => setTimeout(resolve, ms));
}

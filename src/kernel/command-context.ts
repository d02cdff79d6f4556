import { Inject, Injectable, Optional } from '@nestjs/common';
import { Clock } from './clock';
import { CommandContext } from './command-handling';
import { Actor, RecordedEvent } from './events';
import { deriveId, IdGenerator } from './ids';
import { fingerprintOf } from './idempotency';

export interface CommandOptions {
  /**
   * Client-chosen key; repeating it with the same request repeats nothing, with another request is
   * refused (IDEMPOTENCY_KEY_REUSED). Scoped to the actor. Resolvers pass the whole input as the
   * options: the fingerprint covers every field of it.
   */
  readonly idempotencyKey?: string;
  readonly reason?: string;
  readonly correlationId?: string;
  /** The revision the client saw (CommandContext.expectedRevision). */
  readonly expectedRevision?: number | null;
}

/**
 * Where a command's correlation id comes from when the caller names none: the HTTP request it runs
 * in (its X-Request-Id), so log lines and events of one request can be joined.
 */
export const CORRELATION_SOURCE = Symbol('CORRELATION_SOURCE');
export type CorrelationSource = () => string | undefined;

/** Builds command contexts: the one place where command ids, correlation and the clock meet. */
@Injectable()
export class CommandContextFactory {
  constructor(
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    @Optional() @Inject(CORRELATION_SOURCE) private readonly correlation?: CorrelationSource,
  ) {}

  forActor(actor: Actor, options: CommandOptions = {}): CommandContext {
    const key = options.idempotencyKey;
    const commandId = key ? deriveId('command', actor.id, key) : this.ids.newId();
    return {
      commandId,
      actor,
      reason: options.reason,
      correlationId: options.correlationId ?? this.correlation?.() ?? commandId,
      causationId: commandId,
      occurredAt: this.clock.now().toISOString(),
      ...(key ? { fingerprint: fingerprintOf(options) } : {}),
      ...(typeof options.expectedRevision === 'number' ? { expectedRevision: options.expectedRevision } : {}),
    };
  }

  /** A command caused by a stored event (process managers): its id derives from the event, so replays are no-ops. */
  causedBy(event: RecordedEvent, actor: Actor, purpose: string): CommandContext {
    return causedBy(event, actor, purpose);
  }
}

/** See CommandContextFactory.causedBy; needs neither clock nor id source, so reactions use it directly. */
export function causedBy(event: RecordedEvent, actor: Actor, purpose: string): CommandContext {
  return {
    commandId: deriveId('reaction', purpose, event.eventId),
    actor,
    correlationId: event.correlationId,
    causationId: event.eventId,
    occurredAt: event.occurredAt,
  };
}

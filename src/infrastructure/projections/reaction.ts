import { causedBy } from '@kernel/command-context';
import { CommandContext } from '@kernel/command-handling';
import { Actor, DomainEvent, RecordedEvent } from '@kernel/events';
import { CollectionDefinition } from '../document-store/document-store.port';
import { ProjectedEvent, ProjectionWriter } from './projection';

/** What a reaction gets besides the event. */
export interface ReactionContext {
  /** The reaction's own collections (written with its checkpoint, in one transaction). */
  readonly writer: ProjectionWriter;
  /**
   * The context of a command this reaction sends for the event. Its id derives from the event id, the
   * reaction name and `key` (when one event causes several commands), so sending it again after a
   * crash or replay is recognised by the receiving stream and writes nothing.
   */
  commandContext(actor: Actor, key?: string): CommandContext;
}

/**
 * A process manager: it acts on committed events (sends commands, schedules deadlines, fills an
 * outbox) rather than building a read model. The runner drives it like a projection — checkpointed,
 * resumed after a restart, poison events stop it or are parked — but it has no versions and is never
 * rebuilt: a reaction's effects happen once, and rebuilding a projection never touches it.
 */
export interface ReactionDefinition<E extends DomainEvent> {
  /** Stable: it names the checkpoint and enters every command id the reaction derives. */
  readonly name: string;
  readonly canHandle: readonly E['type'][];
  /** Records the reaction keeps (outcomes, outbox rows); logical names, like a projection's. */
  readonly collections?: readonly CollectionDefinition[];
  /**
   * Throwing ServiceUnavailableError retries the event later; any other error is a poison event. A
   * refusal the reaction can live with should be recorded (in its collections) rather than thrown.
   */
  react(event: ProjectedEvent<E>, context: ReactionContext): Promise<void>;
}

/** The reaction as the runner drives it. */
export interface Reaction {
  readonly name: string;
  readonly canHandle: readonly string[];
  readonly collections: readonly CollectionDefinition[];
  react(event: RecordedEvent, writer: ProjectionWriter): Promise<void>;
}

export function defineReaction<E extends DomainEvent>(definition: ReactionDefinition<E>): Reaction {
  const handled = new Set<string>(definition.canHandle);
  return {
    name: definition.name,
    canHandle: definition.canHandle,
    collections: definition.collections ?? [],
    react: async (event, writer) => {
      if (!handled.has(event.type)) return;
      const context: ReactionContext = {
        writer,
        commandContext: (actor, key) => causedBy(event, actor, key === undefined ? definition.name : `${definition.name}:${key}`),
      };
      await definition.react(event as unknown as ProjectedEvent<E>, context);
    },
  };
}

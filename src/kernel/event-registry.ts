import { RecordedEvent } from './events';

/** What a module declares about each of its event types; the event catalogue is built from it. */
export interface EventDefinition {
  /** Stable name, `<module>.<PastTenseFact>`; never derived from a class name. */
  readonly type: string;
  /** Current schema version written by new commands. */
  readonly version: number;
  readonly description: string;
}

/** Turns the data of `type` at `fromVersion` into the shape of `fromVersion + 1`. */
export type Upcaster = (data: any) => any;

/**
 * The catalogue of every event type the system writes, with the upcasters that lift old stored
 * events to the current schema on read. Stored events are never rewritten.
 */
export class EventRegistry {
  private readonly definitions = new Map<string, EventDefinition>();
  private readonly upcasters = new Map<string, Upcaster>();

  register(definitions: readonly EventDefinition[]): void {
    for (const definition of definitions) {
      const existing = this.definitions.get(definition.type);
      if (existing && existing.version !== definition.version) {
        throw new Error(`Event type ${definition.type} registered twice with different versions`);
      }
      this.definitions.set(definition.type, definition);
    }
  }

  /** Registers the step `fromVersion → fromVersion + 1` for `type`. */
  registerUpcaster(type: string, fromVersion: number, upcaster: Upcaster): void {
    this.upcasters.set(`${type}@${fromVersion}`, upcaster);
  }

  has(type: string): boolean {
    return this.definitions.has(type);
  }

  /** The schema version new events of `type` are written with; throws for undeclared types. */
  versionOf(type: string): number {
    const definition = this.definitions.get(type);
    if (!definition) throw new Error(`Event type "${type}" is not declared in the event registry`);
    return definition.version;
  }

  /** Lifts a stored event to the current schema of its type (a no-op for current or unknown types). */
  upcast<E extends RecordedEvent>(event: E): E {
    const target = this.definitions.get(event.type)?.version;
    if (target === undefined || event.schemaVersion >= target) return event;
    let data = event.data;
    for (let version = event.schemaVersion; version < target; version++) {
      const step = this.upcasters.get(`${event.type}@${version}`);
      if (!step) throw new Error(`No upcaster for ${event.type} v${version} → v${version + 1}`);
      data = step(data);
    }
    return { ...event, data, schemaVersion: target };
  }

  list(): EventDefinition[] {
    return [...this.definitions.values()].sort((a, b) => a.type.localeCompare(b.type));
  }
}

/** The process-wide registry; modules register their events when their event file is imported. */
export const eventRegistry = new EventRegistry();

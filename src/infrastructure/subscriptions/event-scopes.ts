import { Injectable } from '@nestjs/common';
import { ALL_INSTANSI } from '@kernel/grant-scope';
import { Actor, RecordedEvent } from '@kernel/events';
import { instansiCoveredBy } from '../auth/grants';

/**
 * Which instansi an event belongs to: a module answers for the streams it owns (by stream-id prefix,
 * e.g. `personnel-employee-`). `null` means the event belongs to no instansi (system-wide).
 */
export type EventInstansiResolver = (event: RecordedEvent) => Promise<string | null> | string | null;

/**
 * The one place that decides whether a reader of the log (a subscriber, an export) may see an event:
 * a grant of one of the reader roles scoped to all instansi sees everything; a grant scoped to an
 * instansi sees that instansi's events; events of streams no module claims, and system-wide events,
 * are seen only with an all-instansi grant. Closed by default.
 */
@Injectable()
export class EventScopes {
  private readonly resolvers: { prefix: string; resolve: EventInstansiResolver }[] = [];

  /** Called by a module for each stream prefix it owns; the longest matching prefix wins. */
  register(streamPrefix: string, resolve: EventInstansiResolver): void {
    if (this.resolvers.some((r) => r.prefix === streamPrefix)) throw new Error(`Stream prefix ${streamPrefix} already has a scope resolver`);
    this.resolvers.push({ prefix: streamPrefix, resolve });
    this.resolvers.sort((a, b) => b.prefix.length - a.prefix.length);
  }

  /** The instansi of an event; null when system-wide or when no module claims its stream. */
  async instansiOf(event: RecordedEvent): Promise<string | null> {
    const resolver = this.resolvers.find((r) => event.streamId.startsWith(r.prefix));
    return resolver ? resolver.resolve(event) : null;
  }

  async visibleTo(actor: Actor, roles: readonly string[], event: RecordedEvent): Promise<boolean> {
    const covered = actor.roles.filter((grant) => roles.includes(grant.role)).map(instansiCoveredBy);
    if (covered.includes(ALL_INSTANSI)) return true;
    if (!covered.some(Boolean)) return false;
    const instansiId = await this.instansiOf(event);
    return instansiId !== null && covered.includes(instansiId);
  }
}

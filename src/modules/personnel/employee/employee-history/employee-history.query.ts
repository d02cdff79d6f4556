import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@kernel/event-store.port';
import { fold } from '@kernel/decider';
import { eventRegistry } from '@kernel/event-registry';
import { Actor } from '@kernel/events';
import { instansiIdOf } from '@modules/organisation';
import { mayReadHistory, notVisible } from '../access/employee-access';
import { CareerActionAnnulled, EmployeeEvent, employeeDecider, employeeStreamId, isRegistered } from '../domain';
import { EmployeeHistoryEntry } from './employee-history.types';
import { LogEvent, toLogEvent } from '@infrastructure/graphql/log-event.types';

/** Every event of one employee's stream, oldest first; null when the stream is empty. */
export class EmployeeHistoryQuery extends Query<EmployeeHistoryEntry[] | null> {
  constructor(
    readonly employeeId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}

/**
 * Reads the stream itself, not a read model: the auditor sees exactly what was stored (data as
 * written, its schema version, the hash chain). Access follows the record's instansi as the stream
 * says, so it never trails the log.
 */
@QueryHandler(EmployeeHistoryQuery)
export class EmployeeHistoryQueryHandler implements IQueryHandler<EmployeeHistoryQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ employeeId, actor }: EmployeeHistoryQuery): Promise<EmployeeHistoryEntry[] | null> {
    const events = await this.store.readStream(employeeStreamId(employeeId));
    if (events.length === 0) return null;
    const state = fold(employeeDecider, events.map((e) => eventRegistry.upcast(e) as unknown as EmployeeEvent));
    if (!isRegistered(state)) throw notVisible(employeeId);
    if (!mayReadHistory(actor, { _id: employeeId, unitId: state.unitId, instansiId: instansiIdOf(state.unitId) })) throw notVisible(employeeId);
    return withAnnulments(events.map(toLogEvent));
  }
}

/** Marks each annulled career action with the annulment that voids it (both stay in the history as stored). */
function withAnnulments(entries: LogEvent[]): EmployeeHistoryEntry[] {
  const annulledBy = new Map<string, string>();
  for (const entry of entries) {
    if (entry.type !== 'personnel.CareerActionAnnulled') continue;
    const { annulled } = entry.data as unknown as CareerActionAnnulled['data'];
    annulledBy.set(annulled.eventId, entry.eventId);
  }
  return entries.map((entry) => ({ ...entry, annulledBy: annulledBy.get(entry.eventId) ?? null }));
}

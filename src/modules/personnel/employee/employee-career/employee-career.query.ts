import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { fold } from '@kernel/decider';
import { eventRegistry } from '@kernel/event-registry';
import { EVENT_STORE, EventStore } from '@kernel/event-store.port';
import { Actor } from '@kernel/events';
import { instansiIdOf, OrganisationDirectory } from '@modules/organisation';
import { mayReadHistory, notVisible } from '../access/employee-access';
import { careerTimeline, educationOn, EmployeeEvent, employeeDecider, employeeStreamId, inForceOn, isRegistered, TimelineEntry } from '../domain';
import { employeeOnDate } from '../employee-directory/employee-on-date';
import { dayBefore } from '../read-models/position-holders/position-holders.projection';
import { CareerPosition, EmployeeAsOf, EmployeeCareer } from './employee-career.types';

/** One employee's career by valid time; null when the stream is empty. */
export class EmployeeCareerQuery extends Query<EmployeeCareer | null> {
  constructor(
    readonly employeeId: string,
    readonly actor: Actor,
    readonly asOf?: string,
  ) {
    super();
  }
}

/**
 * Reads the stream, as employeeHistory does (the same access): the timeline is ordered by TMT, so a
 * riwayat recorded today about 2012 answers for 2012. Unit and position names come from the tree now.
 */
@QueryHandler(EmployeeCareerQuery)
export class EmployeeCareerQueryHandler implements IQueryHandler<EmployeeCareerQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly directory: OrganisationDirectory,
  ) {}

  async execute({ employeeId, actor, asOf }: EmployeeCareerQuery): Promise<EmployeeCareer | null> {
    const recorded = await this.store.readStream(employeeStreamId(employeeId));
    if (recorded.length === 0) return null;
    const events = recorded.map((e) => eventRegistry.upcast(e) as unknown as EmployeeEvent);
    const state = fold(employeeDecider, events);
    if (!isRegistered(state) || !mayReadHistory(actor, { _id: employeeId, unitId: state.unitId, instansiId: instansiIdOf(state.unitId) })) throw notVisible(employeeId);
    const timeline = careerTimeline(events);
    const end = state.retirement ? dayBefore(state.retirement.effectiveDate) : null;
    const positions = await Promise.all(withUntil(timeline.positions, end).map(async ({ value, since, until, source }) => ({ ...value, ...(await this.names(value.unitId, value.positionId)), since, until, source })));
    return {
      employeeId,
      asOf: asOf ? await this.onDate(events, timeline, asOf) : null,
      golongan: withUntil(timeline.golongan, end).map(({ value, since, until, source }) => ({ golongan: value, since, until, source })),
      positions,
      education: timeline.education.map(({ value, since }) => ({ education: value, graduatedOn: since })),
    };
  }

  private async onDate(events: readonly EmployeeEvent[], timeline: ReturnType<typeof careerTimeline>, date: string): Promise<EmployeeAsOf> {
    const record = employeeOnDate(events, date);
    const employed = record !== null && record.status === 'AKTIF';
    const golongan = employed ? inForceOn(timeline.golongan, date) : null;
    const post = employed ? inForceOn(timeline.positions, date) : null;
    const names = post ? await this.names(post.value.unitId, post.value.positionId) : { unitName: null, positionName: null };
    return {
      date,
      employed,
      status: record?.status ?? null,
      golongan: golongan?.value ?? null,
      golonganSince: golongan?.since ?? null,
      unitId: post?.value.unitId ?? null,
      positionId: post?.value.positionId ?? null,
      ...names,
      positionSince: post?.since ?? null,
      education: employed ? educationOn(timeline, date) : null,
    };
  }

  private async names(unitId: string, positionId: string): Promise<Pick<CareerPosition, 'unitName' | 'positionName'>> {
    const [unit, found] = await Promise.all([this.directory.unit(unitId), this.directory.position(positionId)]);
    return { unitName: unit?.name ?? null, positionName: found?.position.name ?? null };
  }
}

/** Each entry runs until the day before the next one; the last until `end` (retirement) or open. */
function withUntil<T>(entries: readonly TimelineEntry<T>[], end: string | null): (TimelineEntry<T> & { until: string | null })[] {
  return entries.map((entry, i) => ({ ...entry, until: i + 1 < entries.length ? dayBefore(entries[i + 1].since) : end }));
}

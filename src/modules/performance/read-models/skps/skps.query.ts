import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { ConnectionShape, Paginator } from '@infrastructure/graphql/connection';
import { ReadModels } from '@infrastructure/projections/read-models';
import { ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { ALL_INSTANSI } from '@kernel/grant-scope';
import { isSelf, mayReadAppraisal } from '../../access/performance-access';
import { Clock } from '@kernel/clock';
import { jakartaDate } from '@infrastructure/scheduling';
import { clampDate, yearEnd, yearStart } from '../../skp/segments';
import { SkpStatus } from '../../skp/skp.vocabulary';
import { PERFORMANCE_SKPS, Skp, SkpSegment } from './skp.schema';

type SkpDoc = Skp & { _id: string };

export class SkpQuery extends Query<Skp | null> {
  constructor(
    readonly skpId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
export class MySkpQuery extends Query<Skp | null> {
  constructor(
    readonly year: number,
    readonly actor: Actor,
  ) {
    super();
  }
}
/** The caller's SKP segments of a year, in order. */
export class MySkpsQuery extends Query<Skp[]> {
  constructor(
    readonly year: number,
    readonly actor: Actor,
  ) {
    super();
  }
}
/** The segments of an employee's SKP year (summaries: period, months, post, status). */
export class SkpSegmentsQuery extends Query<SkpSegment[]> {
  constructor(
    readonly employeeId: string,
    readonly year: number,
  ) {
    super();
  }
}
export class AppraiserInboxQuery extends Query<ConnectionShape<Skp>> {
  constructor(
    readonly actor: Actor,
    readonly status: SkpStatus,
    readonly page: { first: number; after?: string },
  ) {
    super();
  }
}

export function accessSubject(skp: SkpDoc) {
  return { employeeId: skp.employeeId, instansiId: skp.instansiId, pejabatPenilaiEmployeeId: skp.pejabatPenilaiEmployeeId, atasanEmployeeId: skp.atasanEmployeeId };
}

/**
 * One SKP, to the employee, the appraiser chain, ADMIN_BKD of the instansi and AUDITOR. A missing SKP
 * is null only for a reader of every instansi; anyone else gets FORBIDDEN either way, so an SKP's
 * existence is not disclosed.
 */
@QueryHandler(SkpQuery)
export class SkpQueryHandler implements IQueryHandler<SkpQuery> {
  constructor(private readonly readModels: ReadModels) {}
  async execute({ skpId, actor }: SkpQuery): Promise<Skp | null> {
    const skp = await this.readModels.collection<SkpDoc>(PERFORMANCE_SKPS).findById(skpId);
    if (!skp) {
      if (actor.roles.some((g) => g.unit === ALL_INSTANSI)) return null;
      throw new ForbiddenError(`SKP ${skpId} tidak dalam cakupan Anda`);
    }
    if (!mayReadAppraisal(actor, accessSubject(skp))) throw new ForbiddenError(`SKP ${skpId} tidak dalam cakupan Anda`);
    return skp;
  }
}

/** The segments of an employee's year that count (not withdrawn), by period. */
function segmentsOf(readModels: ReadModels, employeeId: string, year: number): Promise<SkpDoc[]> {
  return readModels.collection<SkpDoc>(PERFORMANCE_SKPS).find({ employeeId, year, status: { $ne: SkpStatus.WITHDRAWN } }, { sort: { periodStart: 1 } });
}

/** The caller's own SKP of the year (EMPLOYEE grant: the token subject): the segment covering today, clamped into the year. */
@QueryHandler(MySkpQuery)
export class MySkpQueryHandler implements IQueryHandler<MySkpQuery> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly clock: Clock,
  ) {}
  async execute({ year, actor }: MySkpQuery): Promise<Skp | null> {
    if (!isSelf(actor, actor.id)) throw new ForbiddenError('mySkp memerlukan peran EMPLOYEE atas diri sendiri');
    const today = clampDate(jakartaDate(this.clock.now()), yearStart(year), yearEnd(year));
    const segments = await segmentsOf(this.readModels, actor.id, year);
    return segments.filter((s) => s.periodStart <= today).pop() ?? segments[0] ?? null;
  }
}

@QueryHandler(MySkpsQuery)
export class MySkpsQueryHandler implements IQueryHandler<MySkpsQuery> {
  constructor(private readonly readModels: ReadModels) {}
  async execute({ year, actor }: MySkpsQuery): Promise<Skp[]> {
    if (!isSelf(actor, actor.id)) throw new ForbiddenError('mySkps memerlukan peran EMPLOYEE atas diri sendiri');
    return segmentsOf(this.readModels, actor.id, year);
  }
}

@QueryHandler(SkpSegmentsQuery)
export class SkpSegmentsQueryHandler implements IQueryHandler<SkpSegmentsQuery> {
  constructor(private readonly readModels: ReadModels) {}
  async execute({ employeeId, year }: SkpSegmentsQuery): Promise<SkpSegment[]> {
    const docs = await segmentsOf(this.readModels, employeeId, year);
    return docs.map((d) => ({ skpId: d._id, segment: d.segment ?? 1, periodStart: d.periodStart, periodEnd: d.periodEnd, months: d.months, unitId: d.unitId, positionId: d.positionId, status: d.status }));
  }
}

/** SKPs whose pejabat penilai is the caller, by status (SUBMITTED by default: waiting for a decision). */
@QueryHandler(AppraiserInboxQuery)
export class AppraiserInboxQueryHandler implements IQueryHandler<AppraiserInboxQuery> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly pages: Paginator,
  ) {}
  execute({ actor, status, page }: AppraiserInboxQuery): Promise<ConnectionShape<Skp>> {
    return this.pages.paginate(this.readModels.collection<SkpDoc>(PERFORMANCE_SKPS), { pejabatPenilaiEmployeeId: actor.id, status }, page);
  }
}

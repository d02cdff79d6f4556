import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { ConnectionShape, Paginator } from '@infrastructure/graphql/connection';
import { ReadModels } from '@infrastructure/projections/read-models';
import { ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { mayReadAppraisal } from '../../access/performance-access';
import { SkpQuery, SkpQueryHandler } from '../skps/skps.query';
import { ActivityEntry, PERFORMANCE_ACTIVITIES } from './activity.schema';

type Doc = ActivityEntry & { _id: string };

export class ActivityQuery extends Query<ActivityEntry | null> {
  constructor(
    readonly activityId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
export class ActivityLogQuery extends Query<ConnectionShape<ActivityEntry>> {
  constructor(
    readonly skpId: string,
    readonly actor: Actor,
    readonly page: { first: number; after?: string },
  ) {
    super();
  }
}

export function mayReadActivity(actor: Actor, entry: Pick<ActivityEntry, 'employeeId' | 'instansiId' | 'pejabatPenilaiEmployeeId' | 'atasanEmployeeId'>): boolean {
  return mayReadAppraisal(actor, entry);
}

@QueryHandler(ActivityQuery)
export class ActivityQueryHandler implements IQueryHandler<ActivityQuery> {
  constructor(private readonly readModels: ReadModels) {}
  async execute({ activityId, actor }: ActivityQuery): Promise<ActivityEntry | null> {
    const entry = await this.readModels.collection<Doc>(PERFORMANCE_ACTIVITIES).findById(activityId);
    if (entry && !mayReadActivity(actor, entry)) throw new ForbiddenError('Kegiatan ini tidak dalam cakupan Anda');
    return entry;
  }
}

/** The journal of one SKP in date order: readable by whoever may read the SKP. */
@QueryHandler(ActivityLogQuery)
export class ActivityLogQueryHandler implements IQueryHandler<ActivityLogQuery> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly pages: Paginator,
    private readonly skps: SkpQueryHandler,
  ) {}
  async execute({ skpId, actor, page }: ActivityLogQuery): Promise<ConnectionShape<ActivityEntry>> {
    await this.skps.execute(new SkpQuery(skpId, actor));
    return this.pages.paginate(this.readModels.collection<Doc>(PERFORMANCE_ACTIVITIES), { skpId }, page, 'date');
  }
}

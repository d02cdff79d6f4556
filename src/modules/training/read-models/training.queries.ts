import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { ConnectionShape, Paginator } from '@infrastructure/graphql/connection';
import { ReadModels } from '@infrastructure/projections/read-models';
import { Filter } from '@infrastructure/document-store/document-store.port';
import { ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { instansiIdOf, OrganisationDirectory } from '../../organisation';
import { appraiserUnits, canReadInstansi, ownEmployeeIds } from '../access/training-access';
import { budgetId } from './training.projections';
import { TRAINING_BUDGETS, TRAINING_PLAN_ITEMS, TRAINING_PROGRAMS, TrainingBudget, TrainingPlanItem, TrainingProgram } from './training.schema';

type Doc<T> = T & { _id: string };

export class TrainingProgramQuery extends Query<TrainingProgram | null> {
  constructor(readonly programId: string) {
    super();
  }
}
export class TrainingCatalogueQuery extends Query<ConnectionShape<TrainingProgram>> {
  constructor(
    readonly filter: Filter,
    readonly page: { first: number; after?: string },
  ) {
    super();
  }
}
/** `id` is `<unitId>:<year>`. */
export class TrainingBudgetQuery extends Query<TrainingBudget | null> {
  constructor(
    readonly id: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
export class TrainingPlanItemQuery extends Query<TrainingPlanItem | null> {
  constructor(
    readonly planItemId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
export class TrainingPlanQuery extends Query<ConnectionShape<TrainingPlanItem>> {
  constructor(
    readonly by: { unitId: string; year: number } | { employeeId: string; year: number },
    readonly actor: Actor,
    readonly page: { first: number; after?: string },
  ) {
    super();
  }
}

@QueryHandler(TrainingProgramQuery)
export class TrainingProgramQueryHandler implements IQueryHandler<TrainingProgramQuery> {
  constructor(private readonly readModels: ReadModels) {}
  execute(query: TrainingProgramQuery): Promise<TrainingProgram | null> {
    return this.readModels.collection<Doc<TrainingProgram>>(TRAINING_PROGRAMS).findById(query.programId);
  }
}

@QueryHandler(TrainingCatalogueQuery)
export class TrainingCatalogueQueryHandler implements IQueryHandler<TrainingCatalogueQuery> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly pages: Paginator,
  ) {}
  execute(query: TrainingCatalogueQuery): Promise<ConnectionShape<TrainingProgram>> {
    return this.pages.paginate(this.readModels.collection<Doc<TrainingProgram>>(TRAINING_PROGRAMS), query.filter, query.page);
  }
}

/** The board: TRAINING_ADMIN, ADMIN_BKD or AUDITOR of the instansi; FORBIDDEN otherwise, whether or not it exists. */
@QueryHandler(TrainingBudgetQuery)
export class TrainingBudgetQueryHandler implements IQueryHandler<TrainingBudgetQuery> {
  constructor(private readonly readModels: ReadModels) {}
  execute(query: TrainingBudgetQuery): Promise<TrainingBudget | null> {
    const unitId = query.id.split(':')[0];
    if (!canReadInstansi(query.actor, instansiIdOf(unitId))) throw new ForbiddenError(`Papan anggaran ${unitId} tidak dalam cakupan Anda`);
    return this.readModels.collection<Doc<TrainingBudget>>(TRAINING_BUDGETS).findById(query.id);
  }
}

/** Who may see an employee's plan items: the instansi's readers, the employee, a pejabat penilai whose unit covers the OPD. */
async function mayReadPlan(actor: Actor, organisation: OrganisationDirectory, unitId: string, employeeId?: string): Promise<boolean> {
  if (canReadInstansi(actor, instansiIdOf(unitId))) return true;
  if (employeeId && ownEmployeeIds(actor).includes(employeeId)) return true;
  for (const unit of appraiserUnits(actor)) if (await organisation.isWithin(unit, unitId)) return true;
  return false;
}

@QueryHandler(TrainingPlanItemQuery)
export class TrainingPlanItemQueryHandler implements IQueryHandler<TrainingPlanItemQuery> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly organisation: OrganisationDirectory,
  ) {}
  async execute(query: TrainingPlanItemQuery): Promise<TrainingPlanItem | null> {
    const item = await this.readModels.collection<Doc<TrainingPlanItem>>(TRAINING_PLAN_ITEMS).findById(query.planItemId);
    if (!item) return null;
    if (!(await mayReadPlan(query.actor, this.organisation, item.unitId, item.employeeId))) throw new ForbiddenError('Rencana pengembangan ini tidak dalam cakupan Anda');
    return item;
  }
}

@QueryHandler(TrainingPlanQuery)
export class TrainingPlanQueryHandler implements IQueryHandler<TrainingPlanQuery> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly pages: Paginator,
    private readonly organisation: OrganisationDirectory,
  ) {}
  async execute(query: TrainingPlanQuery): Promise<ConnectionShape<TrainingPlanItem>> {
    const collection = this.readModels.collection<Doc<TrainingPlanItem>>(TRAINING_PLAN_ITEMS);
    if ('unitId' in query.by) {
      if (!(await mayReadPlan(query.actor, this.organisation, query.by.unitId))) throw new ForbiddenError(`Rencana ${query.by.unitId} tidak dalam cakupan Anda`);
      return this.pages.paginate(collection, { unitId: query.by.unitId, year: query.by.year }, query.page);
    }
    const { employeeId, year } = query.by;
    if (!ownEmployeeIds(query.actor).includes(employeeId)) {
      // Readers of another employee's plan: check every OPD the employee has items in.
      const items = await collection.find({ employeeId, year }, { sort: { _id: 1 } });
      for (const item of items) if (!(await mayReadPlan(query.actor, this.organisation, item.unitId, employeeId))) throw new ForbiddenError('Rencana pegawai ini tidak dalam cakupan Anda');
    }
    return this.pages.paginate(collection, { employeeId, year }, query.page);
  }
}

export { budgetId };

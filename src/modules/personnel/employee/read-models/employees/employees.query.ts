import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Filter } from '@infrastructure/document-store/document-store.port';
import { ConnectionShape, Paginator } from '@infrastructure/graphql/connection';
import { ReadModels } from '@infrastructure/projections/read-models';
import { Actor } from '@kernel/events';
import { OrganisationDirectory } from '@modules/organisation';
import { scopeFilter } from '../../access/employee-access';
import { EmployeeReadScopes } from '../../access/employee-read-scopes';
import { EmployeeViews } from './employee-views';
import { EMPLOYEES, Employee } from './employee.schema';

type EmployeeDoc = Employee & { _id: string };

/** The caller's own filter; every field is optional and they combine with AND. */
export interface EmployeeListFilter {
  readonly instansiId?: string;
  readonly unitId?: string;
  readonly includeSubUnits?: boolean;
  readonly golongan?: string;
  readonly employmentType?: string;
  readonly status?: string;
  /** Case-insensitive part of the name. */
  readonly name?: string;
  /** Digits found anywhere in the current NIP / NI PPPK. */
  readonly nip?: string;
}

/** Records the actor may see, filtered, in name order (then id). */
export class EmployeesQuery extends Query<ConnectionShape<Employee>> {
  constructor(
    readonly actor: Actor,
    readonly filter: EmployeeListFilter,
    readonly page: { first: number; after?: string },
  ) {
    super();
  }
}

@QueryHandler(EmployeesQuery)
export class EmployeesQueryHandler implements IQueryHandler<EmployeesQuery> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly pages: Paginator,
    private readonly scopes: EmployeeReadScopes,
    private readonly views: EmployeeViews,
    private readonly directory: OrganisationDirectory,
  ) {}

  async execute({ actor, filter, page }: EmployeesQuery): Promise<ConnectionShape<Employee>> {
    // A scope that covers nothing answers an empty page rather than an error: the caller holds a reading role.
    const scope = scopeFilter(await this.scopes.of(actor)) ?? { _id: { $in: [] } };
    const own = await this.ownFilter(filter);
    const connection = await this.pages.paginate(this.readModels.collection<EmployeeDoc>(EMPLOYEES), { $and: [scope, own] }, page, 'sortName');
    const nodes = await this.views.present(connection.edges.map((e) => e.node), actor);
    return { ...connection, edges: connection.edges.map((edge, i) => ({ ...edge, node: nodes[i] })) };
  }

  private async ownFilter(filter: EmployeeListFilter): Promise<Filter> {
    const { instansiId, unitId, includeSubUnits, golongan, employmentType, status, name, nip } = filter;
    const units = unitId && includeSubUnits ? { unitId: { $in: await this.directory.subtreeUnitIds(unitId) } } : unitId ? { unitId } : {};
    return {
      ...(instansiId ? { instansiId } : {}),
      ...units,
      ...(golongan ? { golongan } : {}),
      ...(employmentType ? { employmentType } : {}),
      ...(status ? { status } : {}),
      ...(name ? { name: { $regex: escapeRegex(name.trim()), $options: 'i' } } : {}),
      // Digits only (validated), so the pattern is literal.
      ...(nip ? { identifier: { $regex: escapeRegex(nip) } } : {}),
    };
  }
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

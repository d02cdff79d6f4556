import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Filter } from '@infrastructure/document-store/document-store.port';
import { ConnectionShape, Paginator } from '@infrastructure/graphql/connection';
import { ReadModels } from '@infrastructure/projections/read-models';
import { Clock } from '@kernel/clock';
import { ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { OrganisationDirectory } from '@modules/organisation';
import { birthDatesForAges } from '../../domain';
import { personalDataFilter, scopeFilter } from '../../access/employee-access';
import { EmployeeReadScopes } from '../../access/employee-read-scopes';
import { EmployeeViews } from './employee-views';
import { EMPLOYEES, Employee } from './employee.schema';
import { EmployeeOrder, SORT_FIELD } from './employee-sort-keys';

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
  /** true: records with an unresolved NipInconsistencyDetected warning; false: without. */
  readonly hasNipWarnings?: boolean;
  readonly positionId?: string;
  /** The jenis jabatan of the record's (definitive) position, as the tree has it now. */
  readonly jenisJabatan?: string;
  /** Completed years on today, inclusive; only over records whose personal data the caller sees. */
  readonly ageFrom?: number;
  readonly ageTo?: number;
}

/** Records the actor may see, filtered, in name order (or another EmployeeOrder), then id. */
export class EmployeesQuery extends Query<ConnectionShape<Employee>> {
  constructor(
    readonly actor: Actor,
    readonly filter: EmployeeListFilter,
    readonly page: { first: number; after?: string },
    readonly orderBy: EmployeeOrder = EmployeeOrder.NAME,
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
    private readonly clock: Clock,
  ) {}

  async execute({ actor, filter, page, orderBy }: EmployeesQuery): Promise<ConnectionShape<Employee>> {
    // A scope that covers nothing answers an empty page rather than an error: the caller holds a reading role.
    const scope = scopeFilter(await this.scopes.of(actor)) ?? { _id: { $in: [] } };
    const own = await this.ownFilter(filter);
    const ages = this.ageFilter(actor, filter);
    const connection = await this.pages.paginate(this.readModels.collection<EmployeeDoc>(EMPLOYEES), { $and: [scope, own, ...ages] }, page, SORT_FIELD[orderBy]);
    const nodes = await this.views.present(connection.edges.map((e) => e.node), actor);
    return { ...connection, edges: connection.edges.map((edge, i) => ({ ...edge, node: nodes[i] })) };
  }

  /**
   * An age range is a search by birth date, personal data (UU 27/2022 PDP): it runs only over the
   * records whose birth date the caller sees, and is refused to a caller who sees none.
   */
  private ageFilter(actor: Actor, { ageFrom, ageTo }: EmployeeListFilter): Filter[] {
    if (ageFrom === undefined && ageTo === undefined) return [];
    const visible = personalDataFilter(actor);
    if (!visible) throw new ForbiddenError('Pencarian menurut usia memakai tanggal lahir (data pribadi): hanya untuk AUDITOR, ADMIN_BKD instansi, atau pegawai itu sendiri');
    const { after, onOrBefore } = birthDatesForAges(this.clock.now().toISOString().slice(0, 10), ageFrom, ageTo);
    return [visible, { birthDate: { ...(after ? { $gt: after } : {}), ...(onOrBefore ? { $lte: onOrBefore } : {}) } }];
  }

  private async ownFilter(filter: EmployeeListFilter): Promise<Filter> {
    const { instansiId, unitId, includeSubUnits, golongan, employmentType, status, name, nip, hasNipWarnings, positionId, jenisJabatan } = filter;
    const units = unitId && includeSubUnits ? { unitId: { $in: await this.directory.subtreeUnitIds(unitId) } } : unitId ? { unitId } : {};
    const positions = jenisJabatan ? await this.directory.positionIdsOfJenis(jenisJabatan, instansiId) : undefined;
    return {
      ...(positionId ? { positionId } : {}),
      ...(positions ? { $and: [{ positionId: { $in: positions } }] } : {}),
      // An unresolved warning is a non-empty nipWarnings (NipInconsistencyResolved empties it).
      ...(hasNipWarnings === undefined ? {} : { 'nipWarnings.0': { $exists: hasNipWarnings } }),
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

import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { ConnectionShape, Paginator } from '@infrastructure/graphql/connection';
import { ReadModels } from '@infrastructure/projections/read-models';
import { Filter } from '@infrastructure/document-store/document-store.port';
import { ORG_UNITS, OrgUnit } from './org-unit.schema';

type UnitDoc = OrgUnit & { _id: string };

export class OrgUnitQuery extends Query<OrgUnit | null> {
  constructor(readonly unitId: string) {
    super();
  }
}

export class OrgUnitsQuery extends Query<ConnectionShape<OrgUnit>> {
  constructor(
    readonly filter: Filter,
    readonly page: { first: number; after?: string },
  ) {
    super();
  }
}

@QueryHandler(OrgUnitQuery)
export class OrgUnitQueryHandler implements IQueryHandler<OrgUnitQuery> {
  constructor(private readonly readModels: ReadModels) {}

  execute(query: OrgUnitQuery): Promise<OrgUnit | null> {
    return this.readModels.collection<UnitDoc>(ORG_UNITS).findById(query.unitId);
  }
}

/** Units in id order, so an instansi's tree pages together and the pages are stable. */
@QueryHandler(OrgUnitsQuery)
export class OrgUnitsQueryHandler implements IQueryHandler<OrgUnitsQuery> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly pages: Paginator,
  ) {}

  execute(query: OrgUnitsQuery): Promise<ConnectionShape<OrgUnit>> {
    return this.pages.paginate(this.readModels.collection<UnitDoc>(ORG_UNITS), query.filter, query.page);
  }
}

import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ReadModels } from '../../../../infrastructure/projections/read-models';
import { CommandResult } from '../../../../kernel/command-handling';
import { InstansiQuery } from './instansi/instansi.query';
import { INSTANSI, Instansi } from './instansi/instansi.schema';
import { OrgUnitQuery } from './org-units/org-units.query';
import { ORG_UNITS, OrgUnit } from './org-units/org-unit.schema';

/** Read-your-writes answers of the organisation mutations: wait for the projection, then read the node. */
@Injectable()
export class OrganisationPayloads {
  constructor(
    private readonly readModels: ReadModels,
    private readonly queries: QueryBus,
  ) {}

  async orgUnit(result: CommandResult, unitId: string): Promise<{ position: number; duplicate: boolean; orgUnit: OrgUnit | null }> {
    await this.readModels.waitFor(result.position, ORG_UNITS);
    return { position: result.position, duplicate: result.duplicate, orgUnit: await this.queries.execute(new OrgUnitQuery(unitId)) };
  }

  async instansi(result: CommandResult, instansiId: string): Promise<{ position: number; duplicate: boolean; instansi: Instansi | null }> {
    await this.readModels.waitFor(result.position, INSTANSI);
    return { position: result.position, duplicate: result.duplicate, instansi: await this.queries.execute(new InstansiQuery(instansiId)) };
  }
}

import { Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { OrganisationEventScopes } from './organisation-event-scopes';
import { ProjectionRunner } from '@infrastructure/projections/projection-runner';
import { AbolishPositionHandler } from './abolish-position/abolish-position.handler';
import { AbolishPositionResolver } from './abolish-position/abolish-position.resolver';
import { CreateOrgUnitHandler } from './create-org-unit/create-org-unit.handler';
import { CreateOrgUnitResolver } from './create-org-unit/create-org-unit.resolver';
import { CreatePositionHandler } from './create-position/create-position.handler';
import { CreatePositionResolver } from './create-position/create-position.resolver';
import { DissolveOrgUnitHandler } from './dissolve-org-unit/dissolve-org-unit.handler';
import { DissolveOrgUnitResolver } from './dissolve-org-unit/dissolve-org-unit.resolver';
import { MoveOrgUnitHandler } from './move-org-unit/move-org-unit.handler';
import { MoveOrgUnitResolver } from './move-org-unit/move-org-unit.resolver';
import { OrganisationDirectory } from './organisation-directory/organisation-directory';
import { instansiProjection } from './read-models/instansi/instansi.projection';
import { InstansiListQueryHandler, InstansiQueryHandler } from './read-models/instansi/instansi.query';
import { InstansiResolver } from './read-models/instansi/instansi.resolver';
import { orgUnitsProjection } from './read-models/org-units/org-units.projection';
import { OrgUnitQueryHandler, OrgUnitsQueryHandler } from './read-models/org-units/org-units.query';
import { OrgUnitsResolver } from './read-models/org-units/org-units.resolver';
import { Mutations } from '@infrastructure/graphql/mutations';
import { RegisterInstansiHandler } from './register-instansi/register-instansi.handler';
import { RegisterInstansiResolver } from './register-instansi/register-instansi.resolver';
import { RenameOrgUnitHandler } from './rename-org-unit/rename-org-unit.handler';
import { RenameOrgUnitResolver } from './rename-org-unit/rename-org-unit.resolver';
import { OrganisationCommands } from './shared/organisation-commands';
import { SetPositionCapacityHandler } from './set-position-capacity/set-position-capacity.handler';
import { SetPositionCapacityResolver } from './set-position-capacity/set-position-capacity.resolver';
import './organisation.messages';

const useCases = [
  [RegisterInstansiHandler, RegisterInstansiResolver],
  [CreateOrgUnitHandler, CreateOrgUnitResolver],
  [RenameOrgUnitHandler, RenameOrgUnitResolver],
  [MoveOrgUnitHandler, MoveOrgUnitResolver],
  [DissolveOrgUnitHandler, DissolveOrgUnitResolver],
  [CreatePositionHandler, CreatePositionResolver],
  [AbolishPositionHandler, AbolishPositionResolver],
  [SetPositionCapacityHandler, SetPositionCapacityResolver],
].flat();

const readSide = [
  OrgUnitQueryHandler,
  OrgUnitsQueryHandler,
  OrgUnitsResolver,
  InstansiListQueryHandler,
  InstansiQueryHandler,
  InstansiResolver,
  Mutations,
];

/**
 * Personnel › Organisation: instansi, the unit kerja tree and positions (jabatan), maintained by
 * ADMIN_BKD. Other modules use the exported OrganisationDirectory, never these internals.
 */
@Module({ imports: [CqrsModule], providers: [OrganisationCommands, OrganisationEventScopes, ...useCases, ...readSide, OrganisationDirectory], exports: [OrganisationDirectory] })
export class OrganisationModule implements OnModuleInit {
  constructor(private readonly runner: ProjectionRunner) {}

  onModuleInit(): void {
    this.runner.register(orgUnitsProjection);
    this.runner.register(instansiProjection);
  }
}

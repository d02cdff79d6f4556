import { nodeView } from '@infrastructure/graphql/mutations';
import { instansiProjection } from './instansi/instansi.projection';
import { InstansiQuery } from './instansi/instansi.query';
import { Instansi } from './instansi/instansi.schema';
import { orgUnitsProjection } from './org-units/org-units.projection';
import { OrgUnitQuery } from './org-units/org-units.query';
import { OrgUnit } from './org-units/org-unit.schema';

/** What the organisation mutations answer with (read-your-writes, infrastructure/graphql/mutations.ts). */
export const ORG_UNIT_NODE = nodeView<OrgUnit>('orgUnit', [orgUnitsProjection.name], (unitId) => new OrgUnitQuery(unitId));
export const INSTANSI_NODE = nodeView<Instansi>('instansi', [instansiProjection.name], (instansiId) => new InstansiQuery(instansiId));

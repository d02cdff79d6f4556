/**
 * The public surface of Organisation for other modules (every module needs the tree and the
 * pejabat-penilai chain): the Nest module, the directory service (exported by OrganisationModule),
 * the pejabat-penilai resolution by date (Plt/Plh aware) and its input/output types, the
 * vocabularies and the id helpers. Import from here, not from the folders inside.
 */
export { OrganisationModule } from './organisation.module';
export { OrganisationDirectory, positionOfUnit } from './organisation-directory/organisation-directory';
export type { PositionInUnit } from './organisation-directory/organisation-directory';
export * from './pejabat-penilai/pejabat-penilai';
export { POSITION_OCCUPANCY } from './position-occupancy/position-occupancy.port';
export type { PositionOccupancy, PositionOccupancyCount } from './position-occupancy/position-occupancy.port';
export { capacityOf, STRUCTURAL_JENIS } from './domain/organisation.vocabulary';
export * from './domain/organisation.vocabulary';
export * from './domain/organisation.ids';
export { OrganisationEventType } from './domain/instansi.events';
export { OrganisationRule } from './domain/organisation.rules';
export { OrgUnit, OrgPosition } from './read-models/org-units/org-unit.schema';
export { Instansi } from './read-models/instansi/instansi.schema';

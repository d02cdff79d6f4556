import type { LegalBasis } from '@modules/shared/legal-basis';
import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent } from '@kernel/events';
import { InstansiKind, JenisJabatan, UnitKind } from './organisation.vocabulary';

/** Stable event names of the organisation tree (stream `organisation-instansi-<instansiId>`). */
export const OrganisationEventType = {
  InstansiRegistered: 'personnel.InstansiRegistered',
  UnitCreated: 'personnel.UnitCreated',
  UnitRenamed: 'personnel.UnitRenamed',
  UnitMoved: 'personnel.UnitMoved',
  UnitDissolved: 'personnel.UnitDissolved',
  PositionCreated: 'personnel.PositionCreated',
  PositionAbolished: 'personnel.PositionAbolished',
  PositionCapacitySet: 'personnel.PositionCapacitySet',
} as const;

const T = OrganisationEventType;

export const ORGANISATION_EVENT_TYPES = Object.values(OrganisationEventType);

export type InstansiRegistered = DomainEvent<
  typeof T.InstansiRegistered,
  { instansiId: string; name: string; kind: InstansiKind; kepalaDaerahTitle: string; registeredAt: string }
>;
export type UnitCreated = DomainEvent<
  typeof T.UnitCreated,
  { unitId: string; instansiId: string; parentUnitId: string | null; code: string; name: string; kind: UnitKind; createdAt: string }
>;
export type UnitRenamed = DomainEvent<
  typeof T.UnitRenamed,
  { unitId: string; instansiId: string; name: string; previousName: string; renamedAt: string }
>;
export type UnitMoved = DomainEvent<
  typeof T.UnitMoved,
  { unitId: string; instansiId: string; parentUnitId: string | null; previousParentUnitId: string | null; movedAt: string }
>;
export type UnitDissolved = DomainEvent<typeof T.UnitDissolved, { unitId: string; instansiId: string; dissolvedAt: string }>;
export type PositionCreated = DomainEvent<
  typeof T.PositionCreated,
  {
    positionId: string;
    unitId: string;
    instansiId: string;
    code: string;
    name: string;
    jenisJabatan: JenisJabatan;
    /** The structural head of its unit (kepala dinas, kepala bidang, camat…). */
    isUnitHead: boolean;
    /** Kelas jabatan (job grade 1–17, basis of tunjangan kinerja / TPP); null when not set. */
    kelasJabatan: number | null;
    /** Formation of a functional/pelaksana post; absent in events from before capacities (not recorded). Structural posts: always 1. */
    capacity?: number | null;
    createdAt: string;
  }
>;
export type PositionAbolished = DomainEvent<
  typeof T.PositionAbolished,
  { positionId: string; unitId: string; instansiId: string; abolishedAt: string }
>;
export type PositionCapacitySet = DomainEvent<
  typeof T.PositionCapacitySet,
  { positionId: string; unitId: string; instansiId: string; capacity: number; previousCapacity: number | null; legalBasis: LegalBasis; setAt: string }
>;

export type OrganisationEvent =
  | InstansiRegistered
  | UnitCreated
  | UnitRenamed
  | UnitMoved
  | UnitDissolved
  | PositionCreated
  | PositionAbolished
  | PositionCapacitySet;

eventRegistry.register([
  { type: T.InstansiRegistered, version: 1, description: 'An instansi (e.g. Pemerintah Kota Medan) was registered with its kepala daerah title.' },
  { type: T.UnitCreated, version: 1, description: 'A unit kerja (OPD, bidang, seksi, kecamatan…) was created in an instansi tree.' },
  { type: T.UnitRenamed, version: 1, description: 'A unit kerja got a new name.' },
  { type: T.UnitMoved, version: 1, description: 'A unit kerja was moved under another parent (or to the top level).' },
  { type: T.UnitDissolved, version: 1, description: 'A unit kerja without active sub-units or positions was dissolved.' },
  { type: T.PositionCreated, version: 1, description: 'A jabatan (position) was created in a unit kerja.' },
  { type: T.PositionAbolished, version: 1, description: 'A jabatan (position) nobody held or acted in was abolished.' },
  { type: T.PositionCapacitySet, version: 1, description: 'The formation (number of definitive holders) of a functional or pelaksana jabatan was recorded, with its legal basis.' },
]);

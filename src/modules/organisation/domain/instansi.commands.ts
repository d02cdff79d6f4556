import type { LegalBasis } from '@modules/shared/legal-basis';
import { InstansiKind, JenisJabatan, UnitKind } from './organisation.vocabulary';

/** Domain commands of the instansi tree. `at` is the ISO time the command was accepted. */
export interface RegisterInstansi {
  readonly type: 'RegisterInstansi';
  readonly instansiId: string;
  readonly name: string;
  readonly kind: InstansiKind;
  /** How the kepala daerah is addressed: "Wali Kota", "Bupati", "Gubernur". */
  readonly kepalaDaerahTitle: string;
  readonly at: string;
}

export interface CreateUnit {
  readonly type: 'CreateUnit';
  readonly instansiId: string;
  readonly code: string;
  readonly name: string;
  readonly kind: UnitKind;
  readonly parentUnitId: string | null;
  readonly at: string;
}

export interface RenameUnit {
  readonly type: 'RenameUnit';
  readonly unitId: string;
  readonly name: string;
  readonly at: string;
}

export interface MoveUnit {
  readonly type: 'MoveUnit';
  readonly unitId: string;
  /** null: the unit becomes top level (only OPD and KECAMATAN may). */
  readonly parentUnitId: string | null;
  readonly at: string;
}

export interface DissolveUnit {
  readonly type: 'DissolveUnit';
  readonly unitId: string;
  readonly at: string;
}

export interface CreatePosition {
  readonly type: 'CreatePosition';
  readonly unitId: string;
  readonly code: string;
  readonly name: string;
  readonly jenisJabatan: JenisJabatan;
  readonly isUnitHead: boolean;
  readonly kelasJabatan: number | null;
  /** Formation (number of definitive holders) of a functional or pelaksana post; structural posts: 1 or null. */
  readonly capacity: number | null;
  readonly at: string;
}

export interface AbolishPosition {
  readonly type: 'AbolishPosition';
  readonly positionId: string;
  /** Who holds or acts in the position today, read from the employee records at the edge. */
  readonly occupancy: PositionOccupancyCount;
  readonly at: string;
}

/** Records the formation of a functional or pelaksana post, with the decision it rests on. */
export interface SetPositionCapacity {
  readonly type: 'SetPositionCapacity';
  readonly positionId: string;
  readonly capacity: number;
  readonly legalBasis: LegalBasis;
  readonly occupancy: PositionOccupancyCount;
  readonly at: string;
}

/** Definitive holders and acting (Plt/Plh) officials of one position on the command's day. */
export interface PositionOccupancyCount {
  readonly definitive: number;
  readonly acting: number;
}

export type OrganisationCommand = RegisterInstansi | CreateUnit | RenameUnit | MoveUnit | DissolveUnit | CreatePosition | AbolishPosition | SetPositionCapacity;

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
  readonly at: string;
}

export interface AbolishPosition {
  readonly type: 'AbolishPosition';
  readonly positionId: string;
  readonly at: string;
}

export type OrganisationCommand = RegisterInstansi | CreateUnit | RenameUnit | MoveUnit | DissolveUnit | CreatePosition | AbolishPosition;

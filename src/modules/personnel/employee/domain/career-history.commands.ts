import type { IsoDate } from '@kernel/calendar-date';
import type { Education } from './education';
import type { HukdisType } from './hukdis';
import type { Golongan, GolonganPppk } from '@modules/shared/golongan';
import type { LegalBasis } from '@modules/shared/legal-basis';
import type { RegisterEmployee } from './employee.commands';

/** One riwayat golongan entry: a golongan before the current one, from its TMT. */
export interface PastGolongan {
  readonly golongan: Golongan | GolonganPppk;
  readonly tmt: IsoDate;
  readonly legalBasis?: LegalBasis | null;
}

/** One riwayat jabatan entry: a definitive post before the current one, from its TMT. */
export interface PastPosition {
  readonly unitId: string;
  readonly positionId: string;
  readonly tmt: IsoDate;
  readonly legalBasis?: LegalBasis | null;
}

/** One riwayat pendidikan entry. */
export interface PastEducation {
  readonly education: Education;
  readonly graduatedOn: IsoDate;
  readonly institution?: string | null;
}

/** One riwayat hukuman disiplin entry: recorded as a DisciplinaryActionRecorded, with the usual rules. */
export interface PastHukdis {
  readonly hukdisId: string;
  readonly hukdisType: HukdisType;
  readonly decidedAt: IsoDate;
  readonly effectiveFrom: IsoDate;
  readonly legalBasis: LegalBasis;
  readonly description: string;
}

/** The riwayat an import carries beside the current values of the record. */
export interface CareerHistory {
  readonly golongan: readonly PastGolongan[];
  readonly positions: readonly PastPosition[];
  readonly education: readonly PastEducation[];
  readonly hukdis: readonly PastHukdis[];
}

export const NO_HISTORY: CareerHistory = { golongan: [], positions: [], education: [], hukdis: [] };

/**
 * Take over an existing employee from an earlier system (bulk import): the registration exactly as
 * `RegisterEmployee` decides it, plus the riwayat, in one decision, so a row is written whole or not
 * at all. Past posts are checked against the organisation tree at the edge (like a placement).
 */
export interface ImportEmployee {
  readonly type: 'ImportEmployee';
  readonly registration: RegisterEmployee;
  readonly history: CareerHistory;
}

import { DomainEvent } from '@kernel/events';
import { IsoDate } from '@kernel/calendar-date';
import { Education } from './education';
import { Golongan, GolonganPppk } from '@modules/shared/golongan';
import { LegalBasis } from '@modules/shared/legal-basis';

/**
 * Past career facts (riwayat) taken over from an earlier system, each with its own valid date (the
 * TMT its SK names) — distinct from the record time of the event, which is when it was imported.
 * They describe the time before the record's current values and change none of them.
 */

/** Riwayat golongan: a golongan held from `tmt` until the next one. */
export type PastGolonganRecorded = DomainEvent<
  'personnel.PastGolonganRecorded',
  { employeeId: string; golongan: Golongan | GolonganPppk; tmt: IsoDate; legalBasis: LegalBasis | null }
>;

/** Riwayat jabatan: a definitive post held from `tmt` until the next one. */
export type PastPositionRecorded = DomainEvent<
  'personnel.PastPositionRecorded',
  { employeeId: string; unitId: string; positionId: string; tmt: IsoDate; legalBasis: LegalBasis | null }
>;

/** Riwayat pendidikan: an education level completed on `graduatedOn`. */
export type PastEducationRecorded = DomainEvent<
  'personnel.PastEducationRecorded',
  { employeeId: string; education: Education; graduatedOn: IsoDate; institution: string | null }
>;

export type CareerHistoryEvent = PastGolonganRecorded | PastPositionRecorded | PastEducationRecorded;

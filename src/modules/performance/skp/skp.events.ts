import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent } from '@kernel/events';
import { LegalBasis } from '../../shared';
import { Rating } from '../predikat/rating';
import { AppraiserRefKind, AppraiserSource, Aspek, BerAkhlak, Pendekatan, RhkKategori } from './skp.vocabulary';

export const skpStreamPrefix = 'performance-skp-';
export const skpStream = (skpId: string): string => `${skpStreamPrefix}${skpId}`;
/**
 * The first (or only) SKP segment of an employee and year: `<employeeId>.<year>`; later segments after
 * a mid-year transfer are `<employeeId>.<year>.<n>` (`segments.ts`).
 */
export const skpIdOf = (employeeId: string, year: number): string => `${employeeId}.${year}`;

/** The days an SKP segment covers (inclusive, inside its year) and the months it counts (`monthsOf`). */
export interface SkpPeriod {
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly months: number;
}

/** A pejabat penilai or atasan pejabat penilai as the SKP shows them. */
export interface AppraiserRef {
  readonly kind: AppraiserRefKind;
  /** The employee filling the head position on the SKP's date; null when vacant, kepala daerah or unresolved. */
  readonly employeeId: string | null;
  readonly name: string | null;
  readonly positionId: string | null;
  readonly jenisJabatan: string | null;
  /** PLT or PLH when an acting official fills the position. */
  readonly acting: string | null;
  /** Kepala daerah title (Wali Kota…), when the appraiser is the kepala daerah. */
  readonly title: string | null;
  readonly substitute: boolean;
  /** Why nobody was found, when kind is UNRESOLVED. */
  readonly unresolved: string | null;
  readonly source: AppraiserSource;
}

/** One IKI of an RHK: the aspek it measures and its target. */
export interface Indikator {
  readonly aspek: Aspek;
  /** Indikator Kinerja Individu. */
  readonly iki: string;
  readonly target: string;
}

/** The superior RHK an RHK intervenes in (the cascade). */
export interface Intervensi {
  readonly skpId: string;
  readonly rhkId: string;
}

/** A rencana hasil kerja. */
export interface Rhk {
  readonly rhkId: string;
  readonly kategori: RhkKategori;
  readonly rencanaKinerja: string;
  readonly pendekatan: Pendekatan;
  readonly indikator: readonly Indikator[];
  readonly intervensi: readonly Intervensi[];
  /** A JPT's links to the targets (IKU / perjanjian kinerja) of their unit's plan for the year: the cascade root. */
  readonly unitTargetIds: readonly string[];
}

export interface PerilakuKerja {
  readonly nilai: BerAkhlak;
  /** The pejabat penilai's specific expectation for this value; null when none. */
  readonly ekspektasiKhusus: string | null;
}

export interface Lampiran {
  readonly dukunganSumberDaya: readonly string[];
  readonly skemaPertanggungjawaban: readonly string[];
  readonly konsekuensi: readonly string[];
}

/** The plan an employee drafts: RHK, perilaku kerja and lampiran. */
export interface SkpContent {
  readonly rhk: readonly Rhk[];
  readonly perilaku: readonly PerilakuKerja[];
  readonly lampiran: Lampiran;
}

export type SkpDrafted = DomainEvent<
  'performance.SkpDrafted',
  SkpContent & {
    skpId: string;
    employeeId: string;
    instansiId: string;
    /** Unit kerja of the employee on the SKP date. */
    unitId: string;
    positionId: string;
    jenisJabatan: string;
    year: number;
    /** The day the appraisers were resolved for (YYYY-MM-DD, within the period). */
    skpDate: string;
    /** v3: first day covered — 1 January, or the appointment TMT (v1/v2: 1 January). */
    periodStart: string;
    /** v3: last day covered (31 December until a transfer closes the segment). */
    periodEnd: string;
    /** v3: months counted (a month counts for the segment holding its 15th day; v1/v2: 12). */
    months: number;
    pejabatPenilai: AppraiserRef;
    atasanPejabatPenilai: AppraiserRef;
    draftedAt: string;
  }
>;

/** The transfer (mutasi) that split the SKP: its TMT and SK. */
export interface SegmentTransfer {
  /** The personnel.EmployeeTransferred event. */
  readonly eventId: string;
  readonly effectiveDate: string;
  readonly legalBasis: LegalBasis;
}

/**
 * A mid-year transfer closed this segment for the post left: it now ends the day before the TMT and
 * counts the months up to it; the new post's segment is `nextSkpId`. Evaluations of the periods it
 * overlaps go on.
 */
export type SkpSegmentClosed = DomainEvent<
  'performance.SkpSegmentClosed',
  {
    skpId: string;
    /** The day before the transfer's TMT. */
    periodEnd: string;
    /** Months recomputed for the shortened period. */
    months: number;
    /** The new post's segment (`<employeeId>.<year>.<n>`). */
    nextSkpId: string;
    transfer: SegmentTransfer;
    closedAt: string;
  }
>;

/**
 * The SKP segment of the new post after a mid-year transfer, from the TMT to the end of the year,
 * DRAFT with no RHK yet (the employee drafts it with the new appraiser), the appraisers derived on
 * the TMT.
 */
export type SkpSegmentOpened = DomainEvent<
  'performance.SkpSegmentOpened',
  SkpContent & {
    skpId: string;
    employeeId: string;
    instansiId: string;
    unitId: string;
    positionId: string;
    jenisJabatan: string;
    year: number;
    /** The TMT: the day the appraisers were derived for. */
    skpDate: string;
    /** The TMT. */
    periodStart: string;
    /** 31 December. */
    periodEnd: string;
    months: number;
    /** 2 for the segment after the first transfer of the year, and so on. */
    segment: number;
    /** The segment of the post left. */
    previousSkpId: string;
    transfer: SegmentTransfer;
    pejabatPenilai: AppraiserRef;
    atasanPejabatPenilai: AppraiserRef;
    openedAt: string;
  }
>;

/** The transfer that opened this (still empty, DRAFT) segment was annulled: it no longer counts. */
export type SkpSegmentWithdrawn = DomainEvent<'performance.SkpSegmentWithdrawn', { skpId: string; annulmentEventId: string; reason: string; withdrawnAt: string }>;

/** The transfer that closed this segment was annulled and its next segment withdrawn: it runs to its old end again. */
export type SkpSegmentReopened = DomainEvent<
  'performance.SkpSegmentReopened',
  { skpId: string; periodEnd: string; months: number; withdrawnSkpId: string; annulmentEventId: string; reopenedAt: string }
>;

export type SkpRevised = DomainEvent<'performance.SkpRevised', SkpContent & { skpId: string; revisedAt: string }>;

/** The appraisers re-derived from the organisation tree differ from those recorded (a restructure, a new Plt…). */
export type SkpAppraiserDerived = DomainEvent<
  'performance.SkpAppraiserDerived',
  { skpId: string; skpDate: string; pejabatPenilai: AppraiserRef; atasanPejabatPenilai: AppraiserRef; derivedAt: string }
>;

/** ADMIN_BKD named the pejabat penilai instead of the tree (a reason is in the event and its metadata). */
export type SkpAppraiserOverridden = DomainEvent<
  'performance.SkpAppraiserOverridden',
  { skpId: string; pejabatPenilai: AppraiserRef; reason: string; overriddenBy: string; overriddenAt: string }
>;

export type SkpSubmitted = DomainEvent<'performance.SkpSubmitted', { skpId: string; submittedBy: string; submittedAt: string }>;

export type SkpApproved = DomainEvent<
  'performance.SkpApproved',
  {
    skpId: string;
    approvedBy: string;
    /** The pejabat penilai's own SKP, approved before this one; null when the appraiser is the kepala daerah. */
    superiorSkpId: string | null;
    approvedAt: string;
  }
>;

export type SkpReturned = DomainEvent<'performance.SkpReturned', { skpId: string; returnedBy: string; notes: string; returnedAt: string }>;

/** Umpan balik berkelanjutan: the appraiser's feedback on an RHK, a journal entry or a BerAKHLAK value. */
export type FeedbackGiven = DomainEvent<
  'performance.FeedbackGiven',
  {
    feedbackId: string;
    skpId: string;
    rhkId: string | null;
    activityId: string | null;
    perilaku: BerAkhlak | null;
    text: string;
    givenBy: string;
    givenAt: string;
  }
>;

/** Realisasi of an RHK for a period (a new record for the same RHK and period supersedes the earlier one). */
export type RealisasiRecorded = DomainEvent<
  'performance.RealisasiRecorded',
  {
    skpId: string;
    rhkId: string;
    /** `2026` (annual), `2026-Q1`…`Q4`, `2026-S1`/`S2` or `2026-01`…`12`. */
    period: string;
    realisasi: string;
    /** Bukti dukung: SHA-256 content hashes. */
    evidence: string[];
    recordedBy: string;
    recordedAt: string;
  }
>;

/**
 * A project lead's rating and feedback of this employee's project work for a period, landing on the
 * RHK the project is linked to: part of the RHK's realisasi evidence, read by whoever may read the SKP.
 */
export type ProjectContributionRecorded = DomainEvent<
  'performance.ProjectContributionRecorded',
  {
    skpId: string;
    projectId: string;
    projectName: string;
    rhkId: string;
    period: string;
    rating: Rating;
    feedback: string;
    /** The project lead (ketua tim). */
    ratedBy: string;
    recordedAt: string;
  }
>;

export type SkpEvent = SkpDrafted | SkpSegmentClosed | SkpSegmentOpened | SkpSegmentWithdrawn | SkpSegmentReopened | SkpRevised | SkpAppraiserDerived | SkpAppraiserOverridden | SkpSubmitted | SkpApproved | SkpReturned | FeedbackGiven | RealisasiRecorded | ProjectContributionRecorded;

eventRegistry.register([
  { type: 'performance.SkpDrafted', version: 3, description: 'An employee drafted the SKP of a year (RHK, perilaku kerja, lampiran, the period it covers) with the appraisers derived from the organisation tree' },
  { type: 'performance.SkpSegmentClosed', version: 1, description: 'A mid-year transfer closed the SKP segment of the post left: it ends the day before the TMT, months recomputed' },
  { type: 'performance.SkpSegmentOpened', version: 1, description: 'A mid-year transfer opened a DRAFT SKP segment for the new post from the TMT, the appraisers derived on the TMT' },
  { type: 'performance.SkpSegmentWithdrawn', version: 1, description: 'The transfer that opened an empty DRAFT SKP segment was annulled: the segment no longer counts' },
  { type: 'performance.SkpSegmentReopened', version: 1, description: 'The transfer that closed an SKP segment was annulled: the segment runs to its old end again' },
  { type: 'performance.SkpRevised', version: 2, description: 'The draft (or returned) SKP was revised' },
  { type: 'performance.SkpAppraiserDerived', version: 1, description: 'The appraisers re-derived from the organisation tree changed (restructure, Plt/Plh)' },
  { type: 'performance.SkpAppraiserOverridden', version: 1, description: 'ADMIN_BKD set the pejabat penilai of an SKP, with a reason' },
  { type: 'performance.SkpSubmitted', version: 1, description: 'The employee submitted the SKP to the pejabat penilai' },
  { type: 'performance.SkpApproved', version: 1, description: "The pejabat penilai approved the SKP (after the appraiser's own SKP)" },
  { type: 'performance.SkpReturned', version: 1, description: 'The pejabat penilai returned the SKP with notes' },
  { type: 'performance.FeedbackGiven', version: 1, description: 'The pejabat penilai gave continuous feedback (umpan balik) on an RHK, a journal entry or a BerAKHLAK value' },
  { type: 'performance.RealisasiRecorded', version: 1, description: 'The employee recorded the realisasi of an RHK for a period, with bukti dukung' },
  { type: 'performance.ProjectContributionRecorded', version: 1, description: "A project lead's rating and feedback of the employee's project work landed on the linked RHK of the SKP" },
]);

/** v1 RHK had no links to the unit's targets (added with the organisational plan): none. */
const withUnitTargets = (data: Record<string, any>) => ({ ...data, rhk: (data.rhk as Record<string, unknown>[]).map((r) => ({ unitTargetIds: [], ...r })) });
eventRegistry.registerUpcaster('performance.SkpDrafted', 1, withUnitTargets);
eventRegistry.registerUpcaster('performance.SkpRevised', 1, withUnitTargets);
/** v1/v2 SKP had no period: the whole year, 12 months. */
eventRegistry.registerUpcaster('performance.SkpDrafted', 2, (data) => ({ periodStart: `${data.year}-01-01`, periodEnd: `${data.year}-12-31`, months: 12, ...data }));

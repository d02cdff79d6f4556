import { AppraiserRef, SegmentTransfer, SkpContent, SkpPeriod } from './skp.events';
import { BerAkhlak } from './skp.vocabulary';
import { Rating } from '../predikat/rating';

/** The appraisers the handler derived from the organisation tree for the SKP date. */
export interface DerivedAppraisers {
  readonly pejabatPenilai: AppraiserRef;
  readonly atasanPejabatPenilai: AppraiserRef;
}

/**
 * The pejabat penilai's own SKP for the same year, as the handler found it: its id, its RHK ids
 * (what an intervensi may name) and whether it is approved. Null when the appraiser has no SKP
 * (the kepala daerah, a vacant post) or has not drafted one yet.
 */
export interface SuperiorSkp {
  readonly skpId: string;
  readonly rhkIds: readonly string[];
  readonly approved: boolean;
}

/** The plan of the SKP's unit for the year (the JPT's cascade root), as the handler found it. */
export interface UnitPlanFacts {
  readonly approved: boolean;
  readonly targetIds: readonly string[];
}

/** Whose SKP, in which unit, post and year: what every SKP segment starts with. */
export interface SkpIdentity {
  readonly skpId: string;
  readonly employeeId: string;
  readonly instansiId: string;
  readonly unitId: string;
  readonly positionId: string;
  readonly jenisJabatan: string;
  readonly year: number;
}

export interface DraftSkp extends SkpIdentity {
  readonly type: 'DraftSkp';
  readonly skpDate: string;
  /** The period a new SKP covers (the year, or from the appointment TMT); a revision keeps its own. */
  readonly period: SkpPeriod;
  readonly content: SkpContent;
  readonly derived: DerivedAppraisers;
  readonly superior: SuperiorSkp | null;
  readonly unitPlan: UnitPlanFacts | null;
  readonly at: string;
}

/** A transfer's TMT falls inside this segment: it ends the day before (sent by the segment reaction). */
export interface CloseSkpSegment {
  readonly type: 'CloseSkpSegment';
  readonly nextSkpId: string;
  readonly transfer: SegmentTransfer;
  readonly at: string;
}

/** The new post's segment from the TMT (sent by the segment reaction after the close). */
export interface OpenSkpSegment extends SkpIdentity {
  readonly type: 'OpenSkpSegment';
  readonly period: SkpPeriod;
  readonly segment: number;
  readonly previousSkpId: string;
  readonly transfer: SegmentTransfer;
  readonly derived: DerivedAppraisers;
  readonly at: string;
}

/** The transfer that opened this segment was annulled. */
export interface WithdrawSkpSegment {
  readonly type: 'WithdrawSkpSegment';
  readonly annulmentEventId: string;
  readonly reason: string;
  readonly at: string;
}

/** The segment after this one was withdrawn: this one runs to `periodEnd` again. */
export interface ReopenSkpSegment {
  readonly type: 'ReopenSkpSegment';
  readonly withdrawnSkpId: string;
  readonly periodEnd: string;
  readonly annulmentEventId: string;
  readonly at: string;
}

export interface SubmitSkp {
  readonly type: 'SubmitSkp';
  readonly by: string;
  readonly derived: DerivedAppraisers;
  readonly superior: SuperiorSkp | null;
  readonly unitPlan: UnitPlanFacts | null;
  readonly at: string;
}

export interface ApproveSkp {
  readonly type: 'ApproveSkp';
  readonly by: string;
  readonly derived: DerivedAppraisers;
  readonly superior: SuperiorSkp | null;
  readonly at: string;
}

export interface ReturnSkp {
  readonly type: 'ReturnSkp';
  readonly by: string;
  readonly notes: string;
  readonly at: string;
}

export interface OverrideAppraiser {
  readonly type: 'OverrideAppraiser';
  readonly pejabatPenilai: AppraiserRef;
  readonly reason: string;
  readonly by: string;
  readonly at: string;
}

export interface GiveFeedback {
  readonly type: 'GiveFeedback';
  readonly feedbackId: string;
  readonly rhkId: string | null;
  readonly activityId: string | null;
  readonly perilaku: BerAkhlak | null;
  /** Whether the journal entry named exists in this SKP's journal (the handler looked it up). */
  readonly activityKnown: boolean;
  readonly text: string;
  readonly by: string;
  readonly at: string;
}

export interface RecordRealisasi {
  readonly type: 'RecordRealisasi';
  readonly rhkId: string;
  readonly period: string;
  readonly realisasi: string;
  readonly evidence: readonly string[];
  readonly by: string;
  readonly at: string;
}

/** A project lead's rating of the employee's project work (sent by the project handler after the project recorded it). */
export interface RecordProjectContribution {
  readonly type: 'RecordProjectContribution';
  readonly projectId: string;
  readonly projectName: string;
  readonly rhkId: string;
  readonly period: string;
  readonly rating: Rating;
  readonly feedback: string;
  readonly by: string;
  readonly at: string;
}

export type SkpCommand = DraftSkp | CloseSkpSegment | OpenSkpSegment | WithdrawSkpSegment | ReopenSkpSegment | SubmitSkp | ApproveSkp | ReturnSkp | OverrideAppraiser | GiveFeedback | RecordRealisasi | RecordProjectContribution;

import { assertNever, Decider } from '@kernel/decider';
import { isBlank, problem, refuse, refuseIfAny } from '@kernel/rules';
import { AnnualPredikatFinalised, isAtLeast, PerformanceGapIdentified, PerformanceGapSource, Predikat } from '../../shared';
import { isAnnual, periodEndProblem } from '../skp/periods';
import { PerformanceRule as R } from '../performance.rules';
import { predikatExplanation, predikatOf } from '../predikat/predikat-matrix';
import { Rating } from '../predikat/rating';
import { RhkKategori } from '../skp/skp.vocabulary';
import { aggregateHasilKerja, AggregationPolicy } from './aggregation';
import { Assessment, EvaluationEvent, PeriodEvaluated, RatedRhk } from './evaluation.events';

type Header = Omit<PeriodEvaluated['data'], keyof Assessment | 'evaluatedBy' | 'evaluatedAt'>;

export type EvaluationState =
  | { readonly exists: false }
  | (Header & { readonly exists: true; readonly assessment: Assessment; readonly closed: boolean; readonly gapIds: readonly string[] });
type Existing = Extract<EvaluationState, { exists: true }>;

/** What the appraiser decides for a period; the handler adds what the SKP and the unit say. */
export interface AssessmentInput {
  readonly ratings: readonly { readonly rhkId: string; readonly rating: Rating; readonly note: string | null }[];
  /** The SKP's RHK, each to be rated exactly once. */
  readonly rhk: readonly { readonly rhkId: string; readonly kategori: RhkKategori; readonly rencanaKinerja: string }[];
  readonly hasilKerjaOverride: { readonly rating: Rating; readonly reason: string } | null;
  readonly ratingPerilaku: Rating;
  readonly perilakuNote: string | null;
  /** The unit's result when the appraisee heads the unit and it is set (checklist 7). */
  readonly unitResult: Rating | null;
  readonly policy: AggregationPolicy;
}

export interface EvaluatePeriod extends AssessmentInput {
  readonly type: 'EvaluatePeriod';
  readonly header: Header;
  /** True when the unit's period has been signed off (then only corrections). */
  readonly unitSignedOff: boolean;
  /** The calendar day of `at` in Asia/Jakarta (`jakartaDate`): a period is rated from its last day on. */
  readonly today: string;
  readonly by: string;
  readonly at: string;
}

export interface CloseEvaluation {
  readonly type: 'CloseEvaluation';
  readonly signOffId: string;
  /** An annual evaluation whose SKP segment carries the year's predikat (the handler decided): it publishes AnnualPredikatFinalised. */
  readonly publishesYear: boolean;
  readonly at: string;
}

export interface CorrectEvaluation extends AssessmentInput {
  readonly type: 'CorrectEvaluation';
  readonly publishesYear: boolean;
  readonly reason: string;
  readonly approvedBy: string;
  readonly at: string;
}

export type EvaluationCommand = EvaluatePeriod | CloseEvaluation | CorrectEvaluation;

function evolve(state: EvaluationState, event: EvaluationEvent): EvaluationState {
  switch (event.type) {
    case 'performance.PeriodEvaluated': {
      const { ratings, aggregateRating, hasilKerjaSource, hasilKerjaOverrideReason, ratingHasilKerja, ratingPerilaku, perilakuNote, predikat, explanation, aggregationPolicyVersion, evaluatedBy: _b, evaluatedAt: _a, ...header } = event.data;
      const assessment = { ratings, aggregateRating, hasilKerjaSource, hasilKerjaOverrideReason, ratingHasilKerja, ratingPerilaku, perilakuNote, predikat, explanation, aggregationPolicyVersion };
      return { ...header, exists: true, assessment, closed: false, gapIds: state.exists ? state.gapIds : [] };
    }
    case 'performance.EvaluationClosed':
      return { ...(state as Existing), closed: true };
    case 'performance.EvaluationCorrected': {
      const { evaluationId: _e, previousPredikat: _p, reason: _r, approvedBy: _ap, correctedAt: _c, ...assessment } = event.data;
      return { ...(state as Existing), assessment };
    }
    case 'performance.PerformanceGapIdentified': {
      const s = state as Existing;
      return { ...s, gapIds: [...s.gapIds, event.data.gapId] };
    }
    case 'performance.AnnualPredikatFinalised':
      return state;
    default:
      return assertNever(event);
  }
}

function decide(command: EvaluationCommand, state: EvaluationState): EvaluationEvent[] {
  switch (command.type) {
    case 'EvaluatePeriod': {
      if ((state.exists && state.closed) || command.unitSignedOff) refuse(R.EVALUATION_CLOSED, 'Periode ini sudah ditetapkan; gunakan koreksi penilaian');
      // Penilaian kinerja rates a period's results (PermenPANRB 6/2022 ps. 5, stage 3): from its last day on [M].
      refuseIfAny([periodEndProblem(command.header.period, command.today, 'penilaian')]);
      const assessment = assess(command);
      return [{ type: 'performance.PeriodEvaluated', data: { ...command.header, ...assessment, evaluatedBy: command.by, evaluatedAt: command.at } }];
    }
    case 'CloseEvaluation': {
      if (!state.exists) refuse(R.EVALUATION_UNKNOWN, 'Penilaian belum dilakukan');
      if (state.closed) return [];
      return [
        { type: 'performance.EvaluationClosed', data: { evaluationId: state.evaluationId, signOffId: command.signOffId, predikat: state.assessment.predikat, closedAt: command.at } },
        ...finalised(state, state.assessment.predikat, 'CLOSE', command.publishesYear, command.at),
        ...gaps(state, state.assessment),
      ];
    }
    case 'CorrectEvaluation': {
      if (!state.exists) refuse(R.EVALUATION_UNKNOWN, 'Penilaian belum dilakukan');
      if (!state.closed) refuse(R.EVALUATION_NOT_CLOSED, 'Penilaian yang belum ditetapkan diubah dengan menilai ulang, bukan koreksi');
      if (isBlank(command.reason)) refuse(R.REASON_REQUIRED, 'Alasan koreksi wajib diisi');
      const assessment = assess(command);
      const corrected: EvaluationEvent = {
        type: 'performance.EvaluationCorrected',
        data: { evaluationId: state.evaluationId, ...assessment, previousPredikat: state.assessment.predikat, reason: command.reason, approvedBy: command.approvedBy, correctedAt: command.at },
      };
      return [corrected, ...finalised(state, assessment.predikat, 'CORRECTION', command.publishesYear, command.at), ...gaps(state, assessment)];
    }
    default:
      return assertNever(command);
  }
}

/**
 * The assessment of a period: every RHK rated once; the rating hasil kerja is the unit's result for a
 * unit head (checklist 7), else the appraiser's override with a reason, else the aggregate (checklist
 * 6); the predikat comes from the matrix (checklist 5).
 */
export function assess(input: AssessmentInput): Assessment {
  const known = new Set(input.rhk.map((r) => r.rhkId));
  const rated = input.ratings.map((r) => r.rhkId);
  const missing = input.rhk.filter((r) => !rated.includes(r.rhkId)).map((r) => r.rhkId);
  const unknown = rated.filter((id) => !known.has(id));
  const twice = rated.filter((id, i) => rated.indexOf(id) !== i);
  refuseIfAny([
    (missing.length > 0 || unknown.length > 0 || twice.length > 0) &&
      problem(R.RATINGS_INCOMPLETE, `Setiap RHK dinilai tepat sekali (belum: ${missing.join(', ') || '-'}; tidak dikenal: ${unknown.join(', ') || '-'}; ganda: ${[...new Set(twice)].join(', ') || '-'})`),
    input.hasilKerjaOverride !== null && isBlank(input.hasilKerjaOverride.reason) && problem(R.OVERRIDE_REASON_REQUIRED, 'Rating hasil kerja yang berbeda dari agregat memerlukan alasan'),
  ]);
  const ratings: RatedRhk[] = input.rhk.map((r) => {
    const given = input.ratings.find((g) => g.rhkId === r.rhkId)!;
    return { rhkId: r.rhkId, kategori: r.kategori, rencanaKinerja: r.rencanaKinerja, rating: given.rating, note: given.note };
  });
  const aggregateRating = aggregateHasilKerja(ratings, input.policy);
  const [ratingHasilKerja, hasilKerjaSource] =
    input.unitResult !== null ? [input.unitResult, 'UNIT_RESULT' as const] : input.hasilKerjaOverride ? [input.hasilKerjaOverride.rating, 'OVERRIDE' as const] : [aggregateRating, 'AGGREGATE' as const];
  const predikat = predikatOf(ratingHasilKerja, input.ratingPerilaku);
  return {
    ratings,
    aggregateRating,
    hasilKerjaSource,
    hasilKerjaOverrideReason: hasilKerjaSource === 'OVERRIDE' ? input.hasilKerjaOverride!.reason : null,
    ratingHasilKerja,
    ratingPerilaku: input.ratingPerilaku,
    perilakuNote: input.perilakuNote,
    predikat,
    explanation: predikatExplanation(ratingHasilKerja, input.ratingPerilaku),
    aggregationPolicyVersion: input.policy.version,
  };
}

/**
 * The published annual predikat (the contract personnel's KP reads): for the annual evaluation only,
 * when the sign-off closes it and after each correction — of a year split by a transfer, only the
 * segment carrying the year's predikat publishes, so KP and awards see one predikat per year.
 */
function finalised(state: Existing, predikat: Predikat, source: AnnualPredikatFinalised['data']['source'], publishesYear: boolean, at: string): AnnualPredikatFinalised[] {
  if (!isAnnual(state.period) || !publishesYear) return [];
  const { employeeId, instansiId, year, evaluationId } = state;
  return [{ type: 'performance.AnnualPredikatFinalised', data: { employeeId, instansiId, year, predikat, evaluationId, source, finalisedAt: at } }];
}

/**
 * The gaps a closed (or corrected) evaluation shows, for training's needs analysis (the published
 * contract): predikat BUTUH_PERBAIKAN or below, and each RHK rated DI_BAWAH. Ids derive from the
 * evaluation, so a gap already published is not published again.
 */
function gaps(state: Existing, assessment: Assessment): PerformanceGapIdentified[] {
  const base = { employeeId: state.employeeId, instansiId: state.instansiId, unitId: state.unitId, year: state.year, period: state.period, evaluationId: state.evaluationId };
  const found: PerformanceGapIdentified[] = [];
  if (!isAtLeast(assessment.predikat, Predikat.BAIK)) {
    found.push({ type: 'performance.PerformanceGapIdentified', data: { ...base, gapId: `${state.evaluationId}.predikat`, source: PerformanceGapSource.PREDIKAT, predikat: assessment.predikat, description: assessment.explanation } });
  }
  for (const r of assessment.ratings.filter((x) => x.rating === Rating.DI_BAWAH)) {
    found.push({
      type: 'performance.PerformanceGapIdentified',
      data: { ...base, gapId: `${state.evaluationId}.rhk.${r.rhkId}`, source: PerformanceGapSource.RHK_DI_BAWAH, rhkId: r.rhkId, description: `RHK ${r.rhkId} di bawah ekspektasi: ${r.rencanaKinerja}` },
    });
  }
  return found.filter((g) => !state.gapIds.includes(g.data.gapId));
}

export const evaluationDecider: Decider<EvaluationCommand, EvaluationEvent, EvaluationState> = {
  initialState: () => ({ exists: false }),
  evolve,
  decide,
};

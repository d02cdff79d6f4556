import { assertNever, Decider } from '@kernel/decider';
import { problem, refuse, refuseIfAny, unless } from '@kernel/rules';
import { FeedbackRule, PERIOD_PATTERN } from '../feedback.rules';
import { computeIkmOfTotals, isValidAnswers, SKM_UNSUR } from './ikm';
import { SkmEvent } from './skm.events';

export interface OpenSkmSurvey {
  readonly type: 'OpenSkmSurvey';
  readonly surveyId: string;
  readonly unitId: string;
  readonly instansiId: string;
  readonly period: string;
  readonly population: number;
  readonly at: string;
}
export interface AnswerSkmSurvey {
  readonly type: 'AnswerSkmSurvey';
  readonly responseId: string;
  readonly answers: readonly number[];
  readonly receiptDigest?: string;
  readonly channel: 'PORTAL' | 'LOKET';
  readonly at: string;
}
export interface CloseSkmSurvey {
  readonly type: 'CloseSkmSurvey';
  readonly at: string;
}
export interface PublishSkmResult {
  readonly type: 'PublishSkmResult';
  readonly followUpPlan: string;
  /** The smallest respondent count a published figure may stand on (FEEDBACK_MIN_CELL_SIZE). */
  readonly minCellSize: number;
  readonly at: string;
}
export type SkmCommand = OpenSkmSurvey | AnswerSkmSurvey | CloseSkmSurvey | PublishSkmResult;

export interface SkmState {
  readonly status: 'NONE' | 'OPEN' | 'CLOSED';
  readonly surveyId: string;
  readonly unitId: string;
  readonly instansiId: string;
  readonly period: string;
  readonly population: number;
  readonly respondents: number;
  /** Σ nilai per unsur: with `respondents`, all the IKM needs (exact). */
  readonly totals: readonly number[];
  readonly receipts: ReadonlySet<string>;
}

const initialState = (): SkmState => ({ status: 'NONE', surveyId: '', unitId: '', instansiId: '', period: '', population: 0, respondents: 0, totals: SKM_UNSUR.map(() => 0), receipts: new Set() });

export const skmDecider: Decider<SkmCommand, SkmEvent, SkmState> = {
  initialState,
  evolve(s, e) {
    switch (e.type) {
      case 'public-feedback.SkmSurveyOpened':
        return { ...s, status: 'OPEN', surveyId: e.data.surveyId, unitId: e.data.unitId, instansiId: e.data.instansiId, period: e.data.period, population: e.data.population };
      case 'public-feedback.SkmResponseRecorded': {
        const receipts = e.data.receiptDigest ? new Set([...s.receipts, e.data.receiptDigest]) : s.receipts;
        return { ...s, respondents: s.respondents + 1, totals: s.totals.map((t, i) => t + e.data.answers[i]), receipts };
      }
      case 'public-feedback.SkmSurveyClosed':
        return { ...s, status: 'CLOSED' };
      case 'public-feedback.SkmResultPublished':
      case 'shared.UnitMetricPublished':
        return s;
      default:
        return assertNever(e);
    }
  },
  decide(c, s) {
    switch (c.type) {
      case 'OpenSkmSurvey':
        refuseIfAny([
          ...unless(s.status === 'NONE', FeedbackRule.SURVEY_ALREADY_OPEN, `Survei ${c.surveyId} sudah dibuka`),
          ...unless(PERIOD_PATTERN.test(c.period), FeedbackRule.PERIOD_FORMAT, `Periode "${c.period}" harus berbentuk 2026, 2026-S1, 2026-Q3 atau 2026-07`),
          ...unless(Number.isInteger(c.population) && c.population >= 1, FeedbackRule.POPULATION_INVALID, 'Populasi penerima layanan harus bilangan bulat ≥ 1'),
        ]);
        return [{ type: 'public-feedback.SkmSurveyOpened', data: { surveyId: c.surveyId, unitId: c.unitId, instansiId: c.instansiId, period: c.period, population: c.population, openedAt: c.at } }];
      case 'AnswerSkmSurvey':
        if (s.status === 'NONE') refuse(FeedbackRule.SURVEY_NOT_OPEN, 'Survei kepuasan untuk unit dan periode ini belum dibuka');
        refuseIfAny([
          s.status === 'CLOSED' && problem(FeedbackRule.SURVEY_CLOSED, `Survei ${s.surveyId} sudah ditutup`),
          // PermenPANRB 14/2017: nine unsur, each on the 1–4 scale.
          !isValidAnswers(c.answers) && problem(FeedbackRule.ANSWERS_INVALID, 'Jawaban harus 9 nilai bulat 1–4 (U1–U9)'),
          c.receiptDigest !== undefined && s.receipts.has(c.receiptDigest) && problem(FeedbackRule.RECEIPT_ALREADY_USED, 'Kode bukti layanan ini sudah dipakai untuk mengisi survei'),
        ]);
        return [
          {
            type: 'public-feedback.SkmResponseRecorded',
            data: { surveyId: s.surveyId, responseId: c.responseId, answers: [...c.answers], ...(c.receiptDigest ? { receiptDigest: c.receiptDigest } : {}), channel: c.channel, respondedAt: c.at },
          },
        ];
      case 'PublishSkmResult': {
        if (s.status === 'NONE') refuse(FeedbackRule.SURVEY_NOT_OPEN, 'Survei belum dibuka');
        refuseIfAny([
          s.respondents < c.minCellSize && problem(FeedbackRule.TOO_FEW_RESPONDENTS, `Hasil dari kurang dari ${c.minCellSize} responden tidak diterbitkan`),
          !c.followUpPlan.trim() && problem(FeedbackRule.TEXT_REQUIRED, 'Rencana tindak lanjut wajib diisi'),
        ]);
        const result = computeIkmOfTotals(s.totals, s.respondents);
        return [
          {
            type: 'public-feedback.SkmResultPublished',
            data: { surveyId: s.surveyId, unitId: s.unitId, period: s.period, respondents: s.respondents, totals: [...s.totals], ikm: result.ikm!, grade: result.grade!, roundingPolicy: result.roundingPolicy, followUpPlan: c.followUpPlan, publishedAt: c.at },
          },
          {
            type: 'shared.UnitMetricPublished',
            data: { metric: 'IKM', instansiId: s.instansiId, unitId: s.unitId, period: s.period, value: result.ikm!, basis: s.respondents, source: `public-feedback:skm-${s.surveyId}`, publishedAt: c.at },
          },
        ];
      }
      case 'CloseSkmSurvey':
        if (s.status === 'NONE') refuse(FeedbackRule.SURVEY_NOT_OPEN, 'Survei belum dibuka');
        if (s.status === 'CLOSED') return [];
        return [{ type: 'public-feedback.SkmSurveyClosed', data: { surveyId: s.surveyId, closedAt: c.at } }];
      default:
        return assertNever(c);
    }
  },
};

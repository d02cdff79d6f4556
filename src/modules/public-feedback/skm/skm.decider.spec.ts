import { deciderSpec } from '@kernel/testing/decider-spec';
import { fold } from '@kernel/decider';
import { computeIkmOfTotals } from './ikm';
import { skmDecider } from './skm.decider';
import { SkmEvent, SkmSurveyOpened } from './skm.events';

const spec = deciderSpec(skmDecider);
const at = '2026-03-02T03:00:00.000Z';
const opened: SkmSurveyOpened = {
  type: 'public-feedback.SkmSurveyOpened',
  data: { surveyId: 'kota-medan.dinkes-2026', unitId: 'kota-medan.dinkes', instansiId: 'kota-medan', period: '2026', population: 100, openedAt: at },
};
const answer = (responseId: string, answers: number[], receiptDigest?: string) => ({ type: 'AnswerSkmSurvey' as const, responseId, answers, channel: 'PORTAL' as const, at, ...(receiptDigest ? { receiptDigest } : {}) });
const recorded = (responseId: string, answers: number[], receiptDigest?: string): SkmEvent => ({
  type: 'public-feedback.SkmResponseRecorded',
  data: { surveyId: 'kota-medan.dinkes-2026', responseId, answers, ...(receiptDigest ? { receiptDigest } : {}), channel: 'PORTAL', respondedAt: at },
});

describe('SKM survey', () => {
  it('opens once per unit and period, with a period shape and a population', () => {
    spec.given([]).when({ type: 'OpenSkmSurvey', surveyId: 'kota-medan.dinkes-2026', unitId: 'kota-medan.dinkes', instansiId: 'kota-medan', period: '2026', population: 100, at }).then([opened]);
    spec.given([opened]).when({ type: 'OpenSkmSurvey', surveyId: 'kota-medan.dinkes-2026', unitId: 'kota-medan.dinkes', instansiId: 'kota-medan', period: '2026', population: 100, at }).thenViolates('FEEDBACK.SURVEY_ALREADY_OPEN');
    spec.given([]).when({ type: 'OpenSkmSurvey', surveyId: 'x', unitId: 'kota-medan.dinkes', instansiId: 'kota-medan', period: '2026-13', population: 0, at }).thenViolates('FEEDBACK.PERIOD_FORMAT', 'FEEDBACK.POPULATION_INVALID');
  });

  it('records each response as an event with the nine raw answers', () => {
    spec.given([opened]).when(answer('r1', [4, 3, 3, 4, 4, 3, 4, 4, 4])).then([recorded('r1', [4, 3, 3, 4, 4, 3, 4, 4, 4])]);
  });

  it('refuses answers outside 1–4 or not nine of them, a survey not opened, and a closed one', () => {
    spec.given([opened]).when(answer('r1', [4, 3, 3, 4, 4, 3, 4, 4, 5])).thenViolates('FEEDBACK.ANSWERS_INVALID');
    spec.given([opened]).when(answer('r1', [4, 3, 3])).thenViolates('FEEDBACK.ANSWERS_INVALID');
    spec.given([]).when(answer('r1', [4, 3, 3, 4, 4, 3, 4, 4, 4])).thenViolates('FEEDBACK.SURVEY_NOT_OPEN');
    const closed: SkmEvent = { type: 'public-feedback.SkmSurveyClosed', data: { surveyId: 'kota-medan.dinkes-2026', closedAt: at } };
    spec.given([opened, closed]).when(answer('r1', [4, 3, 3, 4, 4, 3, 4, 4, 0])).thenViolates('FEEDBACK.SURVEY_CLOSED', 'FEEDBACK.ANSWERS_INVALID');
    spec.given([opened, closed]).when({ type: 'CloseSkmSurvey', at }).then([]);
  });

  it('takes one response per service receipt (against gaming)', () => {
    spec.given([opened, recorded('r1', [4, 4, 4, 4, 4, 4, 4, 4, 4], 'd1')]).when(answer('r2', [4, 4, 4, 4, 4, 4, 4, 4, 4], 'd1')).thenViolates('FEEDBACK.RECEIPT_ALREADY_USED');
    spec.given([opened, recorded('r1', [4, 4, 4, 4, 4, 4, 4, 4, 4], 'd1')]).when(answer('r2', [4, 4, 4, 4, 4, 4, 4, 4, 4], 'd2')).events();
  });

  it('folds the totals the IKM is recomputed from', () => {
    const state = fold(skmDecider, [opened, recorded('r1', [4, 3, 3, 4, 4, 3, 4, 4, 4]), recorded('r2', [3, 3, 2, 4, 3, 3, 3, 3, 4])]);
    expect(state.totals).toEqual([7, 6, 5, 8, 7, 6, 7, 7, 8]);
    expect(computeIkmOfTotals(state.totals, state.respondents).ikm).toBe('84.72');
  });

  it('publishes the result with its follow-up plan and the IKM as shared.UnitMetricPublished, never below k respondents', () => {
    const five = ['r1', 'r2', 'r3', 'r4', 'r5'].map((id) => recorded(id, [4, 3, 3, 4, 4, 3, 4, 4, 4]));
    spec.given([opened, ...five.slice(0, 4)]).when({ type: 'PublishSkmResult', followUpPlan: 'Perbaiki waktu layanan', minCellSize: 5, at }).thenViolates('FEEDBACK.TOO_FEW_RESPONDENTS');
    const [published, metric] = spec.given([opened, ...five]).when({ type: 'PublishSkmResult', followUpPlan: 'Perbaiki waktu layanan', minCellSize: 5, at }).events();
    expect(published.data).toMatchObject({ respondents: 5, totals: [20, 15, 15, 20, 20, 15, 20, 20, 20], ikm: '91.67', grade: 'A', roundingPolicy: 'EXACT_RATIONAL_HALF_UP_2DP' });
    expect(metric).toEqual({ type: 'shared.UnitMetricPublished', data: { metric: 'IKM', instansiId: 'kota-medan', unitId: 'kota-medan.dinkes', period: '2026', value: '91.67', basis: 5, source: 'public-feedback:skm-kota-medan.dinkes-2026', publishedAt: at } });
  });
});

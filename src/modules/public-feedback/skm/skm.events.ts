import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent } from '@kernel/events';
import { UnitMetricPublished } from '../../shared';

/** One SKM survey per service unit and period: `<unitId>-<period>`, e.g. `kota-medan.dinkes-2026`. */
export const skmSurveyId = (unitId: string, period: string): string => `${unitId}-${period}`;
export const skmStreamPrefix = 'public-feedback-skm-';
export const skmStream = (surveyId: string): string => `${skmStreamPrefix}${surveyId}`;

export type SkmSurveyOpened = DomainEvent<
  'public-feedback.SkmSurveyOpened',
  {
    surveyId: string;
    /** The service unit (unit penyelenggara pelayanan) surveyed. */
    unitId: string;
    instansiId: string;
    /** `2026`, `2026-S1`, `2026-Q3` or `2026-07`. */
    period: string;
    /** Service users in the period the unit declares: the Krejcie–Morgan population. */
    population: number;
    openedAt: string;
  }
>;

export type SkmResponseRecorded = DomainEvent<
  'public-feedback.SkmResponseRecorded',
  {
    surveyId: string;
    responseId: string;
    /** The nine answers U1..U9, each 1–4: the raw data any published IKM is recomputed from. */
    answers: number[];
    /** SHA-256 of the survey id and the service receipt code, when the respondent gave one (one response per receipt). */
    receiptDigest?: string;
    /** PORTAL (the respondent online) or LOKET (a paper form entered by an officer). */
    channel: 'PORTAL' | 'LOKET';
    respondedAt: string;
  }
>;

export type SkmSurveyClosed = DomainEvent<'public-feedback.SkmSurveyClosed', { surveyId: string; closedAt: string }>;

/** The published result with the unit's follow-up plan; with it, shared.UnitMetricPublished IKM. */
export type SkmResultPublished = DomainEvent<
  'public-feedback.SkmResultPublished',
  {
    surveyId: string;
    unitId: string;
    period: string;
    respondents: number;
    /** Σ nilai per unsur over the responses recorded before this event: recompute to check. */
    totals: number[];
    ikm: string;
    grade: string;
    /** How the IKM was rounded (exact rationals, half up to 2 dp at the end). */
    roundingPolicy: string;
    /** Rencana tindak lanjut: what the unit will improve, starting from its weakest unsur. */
    followUpPlan: string;
    publishedAt: string;
  }
>;

export type SkmEvent = SkmSurveyOpened | SkmResponseRecorded | SkmSurveyClosed | SkmResultPublished | UnitMetricPublished;

eventRegistry.register([
  { type: 'public-feedback.SkmSurveyOpened', version: 1, description: 'An SKM survey (PermenPANRB 14/2017) was opened for a service unit and period' },
  { type: 'public-feedback.SkmResponseRecorded', version: 1, description: "One respondent's nine SKM answers (1–4), the raw data of the IKM" },
  { type: 'public-feedback.SkmSurveyClosed', version: 1, description: 'An SKM survey stopped taking responses' },
  { type: 'public-feedback.SkmResultPublished', version: 1, description: "A unit's SKM result (IKM, grade, respondents) was published with its follow-up plan" },
]);

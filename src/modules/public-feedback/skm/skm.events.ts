import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent } from '@kernel/events';

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

export type SkmEvent = SkmSurveyOpened | SkmResponseRecorded | SkmSurveyClosed;

eventRegistry.register([
  { type: 'public-feedback.SkmSurveyOpened', version: 1, description: 'An SKM survey (PermenPANRB 14/2017) was opened for a service unit and period' },
  { type: 'public-feedback.SkmResponseRecorded', version: 1, description: "One respondent's nine SKM answers (1–4), the raw data of the IKM" },
  { type: 'public-feedback.SkmSurveyClosed', version: 1, description: 'An SKM survey stopped taking responses' },
]);

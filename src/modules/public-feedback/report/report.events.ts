import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent } from '@kernel/events';
import { ReportChannel, ReportKind, ReportPrivacy, SlaStage, VerificationAction } from './report.vocabulary';

export const reportStreamPrefix = 'public-feedback-report-';
/** Report ids are `<instansiId>.<uuid>`, so the stream names its instansi. */
export const reportStream = (reportId: string): string => `${reportStreamPrefix}${reportId}`;

/** The SLA rules a report was submitted under (working days, WIB), with the calendar version used. */
export interface SlaPolicy {
  verifyDays: number;
  followUpDays: number;
  closeAfterDays: number;
  calendar: string;
  /** The Standar Pelayanan decree the follow-up days come from, when the service has one (else the LAPOR! default). */
  standardSk?: string;
}

export interface AttachmentRef {
  hash: string;
  mediaType: string;
  size: number;
  fileName?: string;
}

export type ReportSubmitted = DomainEvent<
  'public-feedback.ReportSubmitted',
  {
    reportId: string;
    /** What the reporter types to track it, e.g. `7K4M-Q2XD-9BWT`. */
    trackingId: string;
    kind: ReportKind;
    privacy: ReportPrivacy;
    /** The service unit the report is about. */
    unitId: string;
    instansiId: string;
    /** The service concerned, as the reporter names it. */
    serviceName?: string;
    /** The ASN concerned (employee id), never shown publicly. */
    asnId?: string;
    title: string;
    body: string;
    attachments: AttachmentRef[];
    /**
     * The reporter's name and contact, sealed under the reporter's own key (infrastructure/subject-keys):
     * erasing the key shreds it without touching this event or its hash.
     */
    reporter?: { subjectId: string; sealed: string };
    channel: ReportChannel;
    /** Set for a report imported from another channel (LAPOR!): where it came from, when it was filed there and its status there. Its tracking id is that channel's. */
    imported?: { channel: string; submittedAt: string; status?: string };
    /** When it entered this system: the SLA clocks run from here. */
    submittedAt: string;
    sla: SlaPolicy;
    /** End (24:00 WIB) of the last working day for verification and disposition. */
    verifyDueAt: string;
  }
>;

export type ReportPrivacyEscalated = DomainEvent<'public-feedback.ReportPrivacyEscalated', { reportId: string; from: ReportPrivacy; to: ReportPrivacy; escalatedAt: string }>;
/** The reporter's own choice, through the tracking id: the only way privacy is ever lowered. */
export type ReportPrivacyChangedByReporter = DomainEvent<'public-feedback.ReportPrivacyChangedByReporter', { reportId: string; from: ReportPrivacy; to: ReportPrivacy; changedAt: string }>;
export type ReporterContactErased = DomainEvent<'public-feedback.ReporterContactErased', { reportId: string; subjectId: string; erasedAt: string }>;

export type ReportVerified = DomainEvent<
  'public-feedback.ReportVerified',
  {
    reportId: string;
    action: VerificationAction;
    /** From the fixed list of the action (VERIFICATION_REASONS); absent for A1. */
    reasonCode?: string;
    note?: string;
    verifiedAt: string;
  }
>;

export type ReportDisposed = DomainEvent<
  'public-feedback.ReportDisposed',
  {
    reportId: string;
    /** The OPD whose Admin Penghubung must follow up. */
    toUnitId: string;
    disposedAt: string;
    /** End of the last working day for the follow-up. */
    followUpDueAt: string;
  }
>;

export type ReportFollowedUp = DomainEvent<
  'public-feedback.ReportFollowedUp',
  {
    reportId: string;
    byUnitId: string;
    response: string;
    followedUpAt: string;
    /** The report closes at this instant unless the reporter or an admin replies first. */
    closesAt: string;
  }
>;

export type ReporterReplied = DomainEvent<
  'public-feedback.ReporterReplied',
  {
    reportId: string;
    message: string;
    /** True: the follow-up did not resolve it; back to the OPD with a fresh follow-up SLA. */
    reopened: boolean;
    repliedAt: string;
    /** Set when reopened: the new follow-up deadline. */
    followUpDueAt?: string;
    /** Set when not reopened: the closure moves on from the reply. */
    closesAt?: string;
  }
>;

export type ReportClosed = DomainEvent<'public-feedback.ReportClosed', { reportId: string; reason: 'NO_REPLY_AFTER_FOLLOW_UP'; closedAt: string }>;

export type ReportSlaMissed = DomainEvent<
  'public-feedback.ReportSlaMissed',
  {
    reportId: string;
    stage: SlaStage;
    dueAt: string;
    /** Escalated to the head of the OPD concerned and to the Admin Koordinator of the instansi. */
    escalatedTo: { opdUnitId: string; instansiId: string };
    detectedAt: string;
  }
>;

/** The ASN an appreciation names agrees (or no longer agrees) to be named publicly with it. */
export type AppreciationConsentSet = DomainEvent<'public-feedback.AppreciationConsentSet', { reportId: string; asnId: string; consent: boolean; setAt: string }>;

export type ReportEvent =
  | AppreciationConsentSet
  | ReportSubmitted
  | ReportPrivacyEscalated
  | ReportPrivacyChangedByReporter
  | ReporterContactErased
  | ReportVerified
  | ReportDisposed
  | ReportFollowedUp
  | ReporterReplied
  | ReportClosed
  | ReportSlaMissed;

eventRegistry.register([
  { type: 'public-feedback.ReportSubmitted', version: 1, description: 'A citizen report (aspirasi, pengaduan, permintaan informasi, WBS, apresiasi) was submitted about a service unit' },
  { type: 'public-feedback.ReportPrivacyEscalated', version: 1, description: "An officer raised a report's privacy (never lowered)" },
  { type: 'public-feedback.ReportPrivacyChangedByReporter', version: 1, description: "The reporter changed their report's privacy, the only way it may be lowered" },
  { type: 'public-feedback.ReporterContactErased', version: 1, description: "The reporter's sealed identity was shredded (its key erased)" },
  { type: 'public-feedback.ReportVerified', version: 1, description: 'The Admin Koordinator acted on a report: A1 Verifikasi, A2 Tunda, A3 Bukan Wewenang or A4 Arsipkan' },
  { type: 'public-feedback.ReportDisposed', version: 1, description: 'A verified report was forwarded to the OPD that must follow it up' },
  { type: 'public-feedback.ReportFollowedUp', version: 1, description: 'The OPD answered a disposed report' },
  { type: 'public-feedback.ReporterReplied', version: 1, description: 'The reporter replied to a follow-up, or reopened the report' },
  { type: 'public-feedback.ReportClosed', version: 1, description: 'A report closed 10 working days after a follow-up without reply' },
  { type: 'public-feedback.AppreciationConsentSet', version: 1, description: 'The ASN named in an appreciation gave or withdrew consent to be named publicly' },
  { type: 'public-feedback.ReportSlaMissed', version: 1, description: 'A report missed its verification or follow-up SLA: escalated to the OPD head and the coordinator' },
]);

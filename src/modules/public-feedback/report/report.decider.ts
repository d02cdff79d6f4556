import { assertNever, Decider } from '@kernel/decider';
import { problem, refuse, refuseIfAny } from '@kernel/rules';
import { FeedbackRule } from '../feedback.rules';
import { AttachmentRef, ReportEvent, SlaPolicy } from './report.events';
import { endOfWorkingDayAfter } from './sla';
import { PRIVACY_RANK, ReportChannel, ReportKind, ReportPrivacy, ReportStatus, SlaStage, VERIFICATION_REASONS, VerificationAction } from './report.vocabulary';

export interface SubmitReport {
  readonly type: 'SubmitReport';
  readonly reportId: string;
  readonly trackingId: string;
  readonly kind: ReportKind;
  readonly privacy: ReportPrivacy;
  readonly unitId: string;
  readonly instansiId: string;
  readonly serviceName?: string;
  readonly asnId?: string;
  readonly title: string;
  readonly body: string;
  readonly attachments: readonly AttachmentRef[];
  readonly reporter?: { subjectId: string; sealed: string };
  readonly channel: ReportChannel;
  readonly imported?: { channel: string; submittedAt: string; status?: string };
  readonly sla: SlaPolicy;
  readonly at: string;
}
export interface RaisePrivacy {
  readonly type: 'RaisePrivacy';
  readonly to: ReportPrivacy;
  readonly at: string;
}
export interface ReporterSetsPrivacy {
  readonly type: 'ReporterSetsPrivacy';
  readonly to: ReportPrivacy;
  readonly at: string;
}
export interface EraseReporterContact {
  readonly type: 'EraseReporterContact';
  readonly at: string;
}
export interface VerifyReport {
  readonly type: 'VerifyReport';
  readonly action: VerificationAction;
  readonly reasonCode?: string;
  readonly note?: string;
  readonly at: string;
}
export interface DisposeReport {
  readonly type: 'DisposeReport';
  readonly toUnitId: string;
  readonly toInstansiId: string;
  readonly at: string;
}
export interface FollowUpReport {
  readonly type: 'FollowUpReport';
  readonly byUnitId: string;
  readonly response: string;
  readonly at: string;
}
export interface ReplyToReport {
  readonly type: 'ReplyToReport';
  readonly message: string;
  readonly reopen: boolean;
  /** The reporter's own choice of privacy, given with the reply (their consent). */
  readonly privacy?: ReportPrivacy;
  readonly at: string;
}
/** Dispatched by the SLA deadline: escalates when the stage is still open at its due time. */
export interface CheckSla {
  readonly type: 'CheckSla';
  readonly stage: SlaStage;
  readonly dueAt: string;
  readonly at: string;
}
/** Dispatched by the closure deadline: closes when no reply moved the closure since. */
export interface CloseIfQuiet {
  readonly type: 'CloseIfQuiet';
  readonly closesAt: string;
  readonly at: string;
}
/** The ASN named in an appreciation consents (or withdraws consent) to being named publicly. */
export interface SetAppreciationConsent {
  readonly type: 'SetAppreciationConsent';
  readonly consent: boolean;
  readonly at: string;
}
export type ReportCommand = SetAppreciationConsent | SubmitReport | RaisePrivacy | ReporterSetsPrivacy | EraseReporterContact | VerifyReport | DisposeReport | FollowUpReport | ReplyToReport | CheckSla | CloseIfQuiet;

export interface ReportState {
  readonly exists: boolean;
  readonly reportId: string;
  readonly kind: ReportKind;
  readonly privacy: ReportPrivacy;
  readonly status: ReportStatus;
  readonly instansiId: string;
  readonly unitId: string;
  readonly sla: SlaPolicy | null;
  readonly disposedTo: string | null;
  readonly verifyDueAt: string | null;
  readonly followUpDueAt: string | null;
  readonly closesAt: string | null;
  /** Due instants already escalated, per stage (a reopened report gets a new follow-up due time). */
  readonly missed: readonly string[];
  readonly reporterSubjectId: string | null;
  readonly contactErased: boolean;
  /** The ASN named, and whether they agreed to be named publicly (appreciations). */
  readonly asnId: string | null;
  readonly asnConsent: boolean;
}

const initialState = (): ReportState => ({
  exists: false,
  reportId: '',
  kind: ReportKind.PENGADUAN,
  privacy: ReportPrivacy.PUBLIC,
  status: ReportStatus.SUBMITTED,
  instansiId: '',
  unitId: '',
  sla: null,
  disposedTo: null,
  verifyDueAt: null,
  followUpDueAt: null,
  closesAt: null,
  missed: [],
  reporterSubjectId: null,
  contactErased: false,
  asnId: null,
  asnConsent: false,
});

const VERIFY_STAGE_OPEN = new Set([ReportStatus.SUBMITTED, ReportStatus.DEFERRED, ReportStatus.VERIFIED]);
const AFTER_ACTION: Record<VerificationAction, ReportStatus> = {
  A1_VERIFIKASI: ReportStatus.VERIFIED,
  A2_TUNDA: ReportStatus.DEFERRED,
  A3_BUKAN_WEWENANG: ReportStatus.NOT_OUR_AUTHORITY,
  A4_ARSIPKAN: ReportStatus.ARCHIVED,
};

function transitionInvalid(state: ReportState, what: string): never {
  return refuse(FeedbackRule.TRANSITION_INVALID, `${what} tidak dapat dilakukan pada laporan berstatus ${state.status}`, { status: state.status });
}

/** The lowest privacy a kind allows: a WBS report is always RAHASIA. */
function floorOf(kind: ReportKind): ReportPrivacy {
  return kind === ReportKind.WBS ? ReportPrivacy.RAHASIA : ReportPrivacy.PUBLIC;
}

/** Whether the verify stage (verification and disposition, or a closing A3/A4) is still open for SLA purposes. */
function verifyStageOpen(s: ReportState): boolean {
  if (s.kind === ReportKind.APRESIASI) return s.status === ReportStatus.SUBMITTED || s.status === ReportStatus.DEFERRED;
  return VERIFY_STAGE_OPEN.has(s.status);
}

export const reportDecider: Decider<ReportCommand, ReportEvent, ReportState> = {
  initialState,
  evolve(s, e) {
    switch (e.type) {
      case 'public-feedback.ReportSubmitted':
        return {
          ...s,
          exists: true,
          reportId: e.data.reportId,
          kind: e.data.kind,
          privacy: e.data.privacy,
          status: ReportStatus.SUBMITTED,
          instansiId: e.data.instansiId,
          unitId: e.data.unitId,
          sla: e.data.sla,
          verifyDueAt: e.data.verifyDueAt,
          reporterSubjectId: e.data.reporter?.subjectId ?? null,
          asnId: e.data.asnId ?? null,
        };
      case 'public-feedback.AppreciationConsentSet':
        return { ...s, asnConsent: e.data.consent };
      case 'public-feedback.ReportPrivacyEscalated':
      case 'public-feedback.ReportPrivacyChangedByReporter':
        return { ...s, privacy: e.data.to };
      case 'public-feedback.ReporterContactErased':
        return { ...s, contactErased: true };
      case 'public-feedback.ReportVerified':
        return { ...s, status: AFTER_ACTION[e.data.action] };
      case 'public-feedback.ReportDisposed':
        return { ...s, status: ReportStatus.DISPOSED, disposedTo: e.data.toUnitId, followUpDueAt: e.data.followUpDueAt };
      case 'public-feedback.ReportFollowedUp':
        return { ...s, status: ReportStatus.FOLLOWED_UP, closesAt: e.data.closesAt };
      case 'public-feedback.ReporterReplied':
        return e.data.reopened
          ? { ...s, status: ReportStatus.DISPOSED, followUpDueAt: e.data.followUpDueAt ?? s.followUpDueAt, closesAt: null }
          : { ...s, closesAt: e.data.closesAt ?? s.closesAt };
      case 'public-feedback.ReportClosed':
        return { ...s, status: ReportStatus.CLOSED, closesAt: null };
      case 'public-feedback.ReportSlaMissed':
        return { ...s, missed: [...s.missed, `${e.data.stage}@${e.data.dueAt}`] };
      default:
        return assertNever(e);
    }
  },
  decide(c, s) {
    if (c.type !== 'SubmitReport' && !s.exists) refuse(FeedbackRule.REPORT_NOT_FOUND, 'Laporan tidak ditemukan');
    switch (c.type) {
      case 'SubmitReport': {
        if (s.exists) refuse(FeedbackRule.REPORT_EXISTS, 'Laporan ini sudah tercatat');
        refuseIfAny([
          (!c.title.trim() || !c.body.trim()) && problem(FeedbackRule.TEXT_REQUIRED, 'Judul dan isi laporan wajib diisi'),
          // Whistle-blowing protects the reporter and the people named: never visible to the public.
          PRIVACY_RANK[c.privacy] < PRIVACY_RANK[floorOf(c.kind)] && problem(FeedbackRule.WBS_MUST_BE_RAHASIA, 'Laporan WBS harus RAHASIA'),
        ]);
        return [
          {
            type: 'public-feedback.ReportSubmitted',
            data: {
              reportId: c.reportId,
              trackingId: c.trackingId,
              kind: c.kind,
              privacy: c.privacy,
              unitId: c.unitId,
              instansiId: c.instansiId,
              ...(c.serviceName ? { serviceName: c.serviceName } : {}),
              ...(c.asnId ? { asnId: c.asnId } : {}),
              title: c.title,
              body: c.body,
              attachments: c.attachments.map((a) => ({ ...a })),
              ...(c.reporter ? { reporter: { ...c.reporter } } : {}),
              channel: c.channel,
              ...(c.imported ? { imported: { ...c.imported } } : {}),
              submittedAt: c.at,
              sla: { ...c.sla },
              verifyDueAt: endOfWorkingDayAfter(c.at, c.sla.verifyDays),
            },
          },
        ];
      }
      case 'RaisePrivacy':
        // LAPOR! exposed two reporters when an admin left a flag unset: officers can only raise it.
        if (PRIVACY_RANK[c.to] < PRIVACY_RANK[s.privacy]) refuse(FeedbackRule.PRIVACY_LOWERED, `Privasi ${s.privacy} hanya dapat dinaikkan; menurunkannya memerlukan persetujuan pelapor`);
        if (c.to === s.privacy) return [];
        return [{ type: 'public-feedback.ReportPrivacyEscalated', data: { reportId: s.reportId, from: s.privacy, to: c.to, escalatedAt: c.at } }];
      case 'ReporterSetsPrivacy':
        if (PRIVACY_RANK[c.to] < PRIVACY_RANK[floorOf(s.kind)]) refuse(FeedbackRule.WBS_MUST_BE_RAHASIA, 'Laporan WBS harus RAHASIA');
        if (c.to === s.privacy) return [];
        return [{ type: 'public-feedback.ReportPrivacyChangedByReporter', data: { reportId: s.reportId, from: s.privacy, to: c.to, changedAt: c.at } }];
      case 'SetAppreciationConsent':
        // An ASN is named publicly only with their own consent, withdrawable at any time (UU 27/2022 PDP).
        if (s.kind !== ReportKind.APRESIASI || !s.asnId) refuse(FeedbackRule.NOT_AN_APPRECIATION_OF_ASN, 'Hanya apresiasi yang menyebut ASN yang memerlukan persetujuan ASN');
        if (s.asnConsent === c.consent) return [];
        return [{ type: 'public-feedback.AppreciationConsentSet', data: { reportId: s.reportId, asnId: s.asnId!, consent: c.consent, setAt: c.at } }];
      case 'EraseReporterContact':
        if (!s.reporterSubjectId || s.contactErased) return [];
        return [{ type: 'public-feedback.ReporterContactErased', data: { reportId: s.reportId, subjectId: s.reporterSubjectId, erasedAt: c.at } }];
      case 'VerifyReport': {
        const from = s.status;
        const allowed = from === ReportStatus.SUBMITTED || (from === ReportStatus.DEFERRED && c.action !== VerificationAction.A2_TUNDA);
        if (!allowed) transitionInvalid(s, `Tindakan ${c.action}`);
        const reasons = VERIFICATION_REASONS[c.action];
        refuseIfAny([
          reasons.length === 0 && c.reasonCode !== undefined && problem(FeedbackRule.REASON_NOT_ALLOWED, 'A1 Verifikasi tidak memakai alasan'),
          reasons.length > 0 && (c.reasonCode === undefined || !reasons.includes(c.reasonCode)) && problem(FeedbackRule.REASON_NOT_ALLOWED, `Alasan ${c.action} harus salah satu dari: ${reasons.join(', ')}`),
        ]);
        return [{ type: 'public-feedback.ReportVerified', data: { reportId: s.reportId, action: c.action, ...(c.reasonCode ? { reasonCode: c.reasonCode } : {}), ...(c.note ? { note: c.note } : {}), verifiedAt: c.at } }];
      }
      case 'DisposeReport':
        if (s.kind === ReportKind.APRESIASI) refuse(FeedbackRule.APRESIASI_NO_LIFECYCLE, 'Apresiasi tidak didisposisikan; cukup diverifikasi untuk ditayangkan');
        if (s.status !== ReportStatus.VERIFIED) transitionInvalid(s, 'Disposisi');
        if (c.toInstansiId !== s.instansiId) refuse(FeedbackRule.DISPOSITION_OUTSIDE_INSTANSI, `Disposisi hanya ke OPD instansi ${s.instansiId}`);
        return [{ type: 'public-feedback.ReportDisposed', data: { reportId: s.reportId, toUnitId: c.toUnitId, disposedAt: c.at, followUpDueAt: endOfWorkingDayAfter(c.at, s.sla!.followUpDays) } }];
      case 'FollowUpReport':
        if (s.status !== ReportStatus.DISPOSED) transitionInvalid(s, 'Tindak lanjut');
        if (!c.response.trim()) refuse(FeedbackRule.TEXT_REQUIRED, 'Isi tindak lanjut wajib diisi');
        return [{ type: 'public-feedback.ReportFollowedUp', data: { reportId: s.reportId, byUnitId: c.byUnitId, response: c.response, followedUpAt: c.at, closesAt: endOfWorkingDayAfter(c.at, s.sla!.closeAfterDays) } }];
      case 'ReplyToReport': {
        // The reporter may respond or reopen until the report closes.
        if (s.status !== ReportStatus.FOLLOWED_UP) transitionInvalid(s, 'Tanggapan pelapor');
        if (!c.message.trim()) refuse(FeedbackRule.TEXT_REQUIRED, 'Isi tanggapan wajib diisi');
        const privacy = c.privacy === undefined ? [] : reportDecider.decide({ type: 'ReporterSetsPrivacy', to: c.privacy, at: c.at }, s);
        return [
          ...privacy,
          {
            type: 'public-feedback.ReporterReplied',
            data: c.reopen
              ? { reportId: s.reportId, message: c.message, reopened: true, repliedAt: c.at, followUpDueAt: endOfWorkingDayAfter(c.at, s.sla!.followUpDays) }
              : { reportId: s.reportId, message: c.message, reopened: false, repliedAt: c.at, closesAt: endOfWorkingDayAfter(c.at, s.sla!.closeAfterDays) },
          },
        ];
      }
      case 'CheckSla': {
        if (c.at < c.dueAt || s.missed.includes(`${c.stage}@${c.dueAt}`)) return [];
        const open = c.stage === 'VERIFY' ? verifyStageOpen(s) && s.verifyDueAt === c.dueAt : s.status === ReportStatus.DISPOSED && s.followUpDueAt === c.dueAt;
        if (!open) return [];
        return [{ type: 'public-feedback.ReportSlaMissed', data: { reportId: s.reportId, stage: c.stage, dueAt: c.dueAt, escalatedTo: { opdUnitId: s.disposedTo ?? s.unitId, instansiId: s.instansiId }, detectedAt: c.at } }];
      }
      case 'CloseIfQuiet':
        if (s.status !== ReportStatus.FOLLOWED_UP || s.closesAt !== c.closesAt || c.at < c.closesAt) return [];
        return [{ type: 'public-feedback.ReportClosed', data: { reportId: s.reportId, reason: 'NO_REPLY_AFTER_FOLLOW_UP', closedAt: c.at } }];
      default:
        return assertNever(c);
    }
  },
};

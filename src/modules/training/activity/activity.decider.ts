import { assertNever, Decider } from '@kernel/decider';
import { isIsoDate } from '@kernel/calendar-date';
import { problem, refuse, refuseIfAny, requiredTextProblems } from '@kernel/rules';
import { ActivityRule } from '../training.rules';
import { TrainingForm, TrainingRoute } from '../catalogue/program.vocabulary';
import { ActivityEvent, ActivitySession } from './activity.events';
import { creditedJp, JpConversionPolicy } from './jp-policy';
import { decideEvaluation, EvaluationCommand, EvaluationState } from './evaluation';
import { agreementCoverageProblems, AgreementTerms } from '../partner/partner.decider';

export interface ScheduleActivity {
  readonly type: 'ScheduleActivity';
  readonly activityId: string;
  readonly programId: string;
  readonly instansiId: string;
  readonly unitId: string;
  readonly year: number;
  readonly title: string;
  readonly route: TrainingRoute;
  readonly form: TrainingForm;
  readonly jp: number;
  readonly costPerParticipant: number;
  readonly sessions: readonly ActivitySession[];
  /** The cooperation agreement (MoU / PKS) the activity runs under, loaded from the partner; null when none. */
  readonly agreement: AgreementTerms | null;
  readonly at: string;
}
export interface EnrolParticipant {
  readonly type: 'EnrolParticipant';
  readonly employeeId: string;
  readonly planItemId: string | null;
  readonly reason: string | null;
  readonly commitmentId: string;
  readonly at: string;
}
export interface RecordAttendance {
  readonly type: 'RecordAttendance';
  readonly sessionId: string;
  readonly employeeId: string;
  readonly present: boolean;
  readonly at: string;
}
export interface CompleteActivity {
  readonly type: 'CompleteActivity';
  readonly employeeId: string;
  readonly certificateHash: string;
  readonly certificateNumber: string;
  readonly hours: number | null;
  readonly completedOn: string;
  readonly at: string;
  /** Injected for tests; defaults to the module's policy data. */
  readonly policies?: readonly JpConversionPolicy[];
}
export interface VerifyCompletion {
  readonly type: 'VerifyCompletion';
  readonly employeeId: string;
  readonly verifiedBy: string;
  readonly at: string;
}
export type ActivityCommand = ScheduleActivity | EnrolParticipant | RecordAttendance | CompleteActivity | VerifyCompletion | EvaluationCommand;

export interface ParticipantState extends EvaluationState {
  readonly planItemId: string | null;
  readonly commitmentId: string;
  readonly attended: Readonly<Record<string, boolean>>;
  readonly completed: { readonly jp: number; readonly completedOn: string } | null;
  readonly verified: boolean;
}
export interface ActivityState {
  readonly scheduled: ScheduleActivity | null;
  readonly participants: Readonly<Record<string, ParticipantState>>;
}

const CONTENT_HASH = /^sha256:[0-9a-f]{64}$/;

export const activityDecider: Decider<ActivityCommand, ActivityEvent, ActivityState> = {
  initialState: () => ({ scheduled: null, participants: {} }),
  evolve(s, event) {
    switch (event.type) {
      case 'training.ActivityScheduled': {
        const d = event.data;
        const { agreementId: _a, ...rest } = d;
        return { ...s, scheduled: { type: 'ScheduleActivity', ...rest, agreement: null, at: d.scheduledAt } };
      }
      case 'training.ParticipantEnrolled': {
        const d = event.data;
        return { ...s, participants: { ...s.participants, [d.employeeId]: { planItemId: d.planItemId, commitmentId: d.commitmentId, attended: {}, completed: null, verified: false, surveyed: false, transfer: null } } };
      }
      case 'training.AttendanceRecorded': {
        const p = s.participants[event.data.employeeId];
        return p ? { ...s, participants: { ...s.participants, [event.data.employeeId]: { ...p, attended: { ...p.attended, [event.data.sessionId]: event.data.present } } } } : s;
      }
      case 'training.ParticipantCompleted': {
        const p = s.participants[event.data.employeeId];
        return p ? { ...s, participants: { ...s.participants, [event.data.employeeId]: { ...p, completed: { jp: event.data.jp, completedOn: event.data.completedOn } } } } : s;
      }
      case 'training.CompletionVerified': {
        const p = s.participants[event.data.employeeId];
        return p ? { ...s, participants: { ...s.participants, [event.data.employeeId]: { ...p, verified: true } } } : s;
      }
      case 'training.ReactionSurveySubmitted':
        return withParticipant(s, event.data.employeeId, (p) => ({ ...p, surveyed: true }));
      case 'training.TransferAssessmentRequested':
        return withParticipant(s, event.data.employeeId, (p) => ({ ...p, transfer: { atasanEmployeeId: event.data.atasanEmployeeId, unitId: event.data.unitId, submitted: false } }));
      case 'training.TransferAssessmentSubmitted':
        return withParticipant(s, event.data.employeeId, (p) => ({ ...p, transfer: p.transfer ? { ...p.transfer, submitted: true } : null }));
      default:
        return assertNever(event);
    }
  },
  decide(c, s) {
    if (c.type === 'ScheduleActivity') return schedule(c, s);
    const a = s.scheduled;
    if (!a) return refuse(ActivityRule.ACTIVITY_UNKNOWN, 'Kegiatan belum dijadwalkan');
    switch (c.type) {
      case 'EnrolParticipant':
        return enrol(c, s, a);
      case 'RecordAttendance':
        return attend(c, s, a);
      case 'CompleteActivity':
        return complete(c, s, a);
      case 'VerifyCompletion':
        return verify(c, s, a);
      case 'SubmitReactionSurvey':
      case 'RequestTransferAssessment':
      case 'SubmitTransferAssessment':
        return decideEvaluation(c, s.participants[c.employeeId], a.activityId);
      default:
        return assertNever(c);
    }
  },
};

function withParticipant(s: ActivityState, employeeId: string, change: (p: ParticipantState) => ParticipantState): ActivityState {
  const p = s.participants[employeeId];
  return p ? { ...s, participants: { ...s.participants, [employeeId]: change(p) } } : s;
}

function schedule(c: ScheduleActivity, s: ActivityState): ActivityEvent[] {
  const ids = c.sessions.map((x) => x.sessionId);
  refuseIfAny([
    s.scheduled !== null && problem(ActivityRule.ACTIVITY_EXISTS, `Kegiatan ${c.activityId} sudah dijadwalkan`),
    ...requiredTextProblems({ title: c.title }),
    (c.sessions.length === 0 ||
      new Set(ids).size !== ids.length ||
      c.sessions.some((x) => !isIsoDate(x.date) || Number(x.date.slice(0, 4)) !== c.year || (!x.online && (x.place ?? '').trim() === ''))) &&
      problem(ActivityRule.SESSIONS_INVALID, 'Setiap sesi perlu id unik, tanggal pada tahun anggaran, dan tempat atau daring'),
    ...(c.agreement ? agreementCoverageProblems(c.agreement, c.at.slice(0, 10), ids.length ? c.sessions.map((x) => x.date) : []) : []),
  ]);
  const { type: _t, at, agreement, ...data } = c;
  return [{ type: 'training.ActivityScheduled', data: { ...data, agreementId: agreement?.agreementId ?? null, sessions: c.sessions.map((x) => ({ sessionId: x.sessionId, date: x.date, place: x.online ? null : x.place, online: x.online })), scheduledAt: at } }];
}

/** Checklist 15 (plan before execute): a participant comes from a plan item, or is enrolled with a reason. */
export function enrolProblems(c: EnrolParticipant, s: ActivityState) {
  return [
    s.participants[c.employeeId] !== undefined && problem(ActivityRule.ALREADY_ENROLLED, `Pegawai ${c.employeeId} sudah terdaftar`),
    c.planItemId === null && (c.reason ?? '').trim() === '' && problem(ActivityRule.PLAN_OR_REASON_REQUIRED, 'Peserta tanpa butir rencana hanya dengan alasan'),
  ];
}

function enrol(c: EnrolParticipant, s: ActivityState, a: ScheduleActivity): ActivityEvent[] {
  if (s.participants[c.employeeId]?.commitmentId === c.commitmentId) return [];
  refuseIfAny(enrolProblems(c, s));
  return [{ type: 'training.ParticipantEnrolled', data: { activityId: a.activityId, employeeId: c.employeeId, planItemId: c.planItemId, reason: c.planItemId ? null : c.reason, commitmentId: c.commitmentId, enrolledAt: c.at } }];
}

function attend(c: RecordAttendance, s: ActivityState, a: ScheduleActivity): ActivityEvent[] {
  const p = s.participants[c.employeeId];
  refuseIfAny([
    !p && problem(ActivityRule.NOT_ENROLLED, `Pegawai ${c.employeeId} bukan peserta`),
    !a.sessions.some((x) => x.sessionId === c.sessionId) && problem(ActivityRule.SESSION_UNKNOWN, `Sesi ${c.sessionId} tidak ada`),
  ]);
  if (p!.attended[c.sessionId] === c.present) return [];
  return [{ type: 'training.AttendanceRecorded', data: { activityId: a.activityId, sessionId: c.sessionId, employeeId: c.employeeId, present: c.present, recordedAt: c.at } }];
}

function complete(c: CompleteActivity, s: ActivityState, a: ScheduleActivity): ActivityEvent[] {
  const p = s.participants[c.employeeId];
  if (!p) refuse(ActivityRule.NOT_ENROLLED, `Pegawai ${c.employeeId} bukan peserta`);
  const lastSession = a.sessions.map((x) => x.date).sort().at(-1)!;
  refuseIfAny([
    p.completed !== null && problem(ActivityRule.ALREADY_COMPLETED, 'Peserta sudah dinyatakan selesai'),
    a.sessions.some((x) => p.attended[x.sessionId] !== true) && problem(ActivityRule.ATTENDANCE_INCOMPLETE, 'Peserta belum hadir di semua sesi'),
    (!CONTENT_HASH.test(c.certificateHash) || c.certificateNumber.trim() === '') && problem(ActivityRule.CERTIFICATE_REQUIRED, 'Sertifikat (lampiran sha256 dan nomor) wajib'),
    !(isIsoDate(c.completedOn) && c.completedOn >= lastSession) && problem(ActivityRule.COMPLETED_BEFORE_END, `Tanggal selesai tidak boleh sebelum sesi terakhir (${lastSession})`),
    a.route === 'PELATIHAN_NONKLASIKAL' && !(c.hours !== null && c.hours > 0) && problem(ActivityRule.HOURS_REQUIRED, 'Bentuk non-klasikal perlu jumlah jam yang didokumentasikan'),
  ]);
  const credit = creditedJp(a.route, a.form, a.jp, c.hours, c.completedOn, c.policies);
  return [
    {
      type: 'training.ParticipantCompleted',
      data: {
        activityId: a.activityId,
        employeeId: c.employeeId,
        jp: credit.jp,
        hours: a.route === 'PELATIHAN_NONKLASIKAL' ? c.hours : null,
        jpPolicyVersion: credit.policyVersion,
        certificateHash: c.certificateHash,
        certificateNumber: c.certificateNumber,
        completedOn: c.completedOn,
        completedAt: c.at,
      },
    },
  ];
}

function verify(c: VerifyCompletion, s: ActivityState, a: ScheduleActivity): ActivityEvent[] {
  const p = s.participants[c.employeeId];
  if (!p) refuse(ActivityRule.NOT_ENROLLED, `Pegawai ${c.employeeId} bukan peserta`);
  if (!p.completed) refuse(ActivityRule.NOT_COMPLETED, 'Belum ada penyelesaian untuk diverifikasi');
  if (p.verified) refuse(ActivityRule.ALREADY_VERIFIED, 'Penyelesaian sudah diverifikasi');
  if (c.verifiedBy === c.employeeId) refuse(ActivityRule.SELF_VERIFICATION, 'Tidak boleh memverifikasi penyelesaian sendiri');
  return [
    {
      type: 'training.CompletionVerified',
      data: { activityId: a.activityId, employeeId: c.employeeId, instansiId: a.instansiId, year: Number(p.completed.completedOn.slice(0, 4)), jp: p.completed.jp, verifiedBy: c.verifiedBy, verifiedAt: c.at },
    },
  ];
}

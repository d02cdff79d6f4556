import { deciderSpec } from '@kernel/testing/decider-spec';
import { activityDecider, ScheduleActivity } from './activity.decider';
import { ActivityEvent } from './activity.events';
import { creditedJp, JpConversionPolicy } from './jp-policy';
import { summariseLedger } from './jp-ledger';
import { transferAssessmentDueOn } from './evaluation';

const spec = deciderSpec(activityDecider);
const at = '2026-05-01T02:00:00.000Z';
const hash = `sha256:${'a'.repeat(64)}`;
const scheduleCmd: ScheduleActivity = {
  type: 'ScheduleActivity',
  activityId: 'act-1',
  programId: 'kota-binjai.pm-2026',
  instansiId: 'kota-binjai',
  unitId: 'kota-binjai.bkpsdm',
  year: 2026,
  title: 'Diklat Manajemen Proyek Angkatan I',
  route: 'PELATIHAN_KLASIKAL',
  form: 'DIKLAT',
  jp: 32,
  costPerParticipant: 2_500_000,
  sessions: [
    { sessionId: 's1', date: '2026-05-11', place: 'Aula BKPSDM Binjai', online: false },
    { sessionId: 's2', date: '2026-05-12', place: null, online: true },
  ],
  agreement: null,
  at,
};
const scheduled: ActivityEvent = {
  type: 'training.ActivityScheduled',
  data: { ...(({ type: _t, at: _a, agreement: _g, ...rest }) => rest)(scheduleCmd), agreementId: null, sessions: [...scheduleCmd.sessions], scheduledAt: at },
};
const enrolled = (employeeId = 'emp-1', planItemId: string | null = 'p1'): ActivityEvent => ({
  type: 'training.ParticipantEnrolled',
  data: { activityId: 'act-1', employeeId, planItemId, reason: planItemId ? null : 'Undangan', commitmentId: `c-${employeeId}`, enrolledAt: at },
});
const present = (sessionId: string, employeeId = 'emp-1'): ActivityEvent => ({ type: 'training.AttendanceRecorded', data: { activityId: 'act-1', sessionId, employeeId, present: true, recordedAt: at } });
const completed: ActivityEvent = {
  type: 'training.ParticipantCompleted',
  data: { activityId: 'act-1', employeeId: 'emp-1', jp: 32, hours: null, jpPolicyVersion: null, certificateHash: hash, certificateNumber: 'SERT/001', completedOn: '2026-05-12', completedAt: at },
};
const complete = { type: 'CompleteActivity' as const, employeeId: 'emp-1', certificateHash: hash, certificateNumber: 'SERT/001', hours: null, completedOn: '2026-05-12', at };

describe('activity decider', () => {
  it('schedules sessions in the budget year, each with a place or online', () => {
    spec.given([]).when(scheduleCmd).then([scheduled]);
    spec.given([]).when({ ...scheduleCmd, sessions: [{ sessionId: 's1', date: '2027-01-02', place: '', online: false }] }).thenViolates('TRAINING.SESSIONS_INVALID');
    spec.given([scheduled]).when(scheduleCmd).thenViolates('TRAINING.ACTIVITY_EXISTS');
  });

  it('agreement expiry: an activity under an MoU / PKS needs it in force today and on every session day', () => {
    const pks = { agreementId: 'kota-binjai.usu.pks-2024', partnerId: 'kota-binjai.usu', kind: 'PKS' as const, validFrom: '2024-03-01', validUntil: '2026-05-11' };
    // In force when scheduling (1 May) but ends before the second session (12 May).
    spec.given([]).when({ ...scheduleCmd, agreement: pks }).thenViolates('TRAINING.AGREEMENT_EXPIRED');
    spec.given([]).when({ ...scheduleCmd, agreement: { ...pks, validUntil: '2026-04-30' } }).thenViolates('TRAINING.AGREEMENT_EXPIRED');
    spec.given([]).when({ ...scheduleCmd, agreement: { ...pks, validFrom: '2026-05-12', validUntil: '2027-12-31' } }).thenViolates('TRAINING.AGREEMENT_NOT_YET_VALID');
    const [event] = spec.given([]).when({ ...scheduleCmd, agreement: { ...pks, validUntil: '2026-05-12' } }).events();
    expect(event.data).toMatchObject({ agreementId: 'kota-binjai.usu.pks-2024' });
  });

  it('plan before activity: enrolment needs a plan item or a reason, once per participant', () => {
    spec.given([scheduled]).when({ type: 'EnrolParticipant', employeeId: 'emp-1', planItemId: null, reason: ' ', commitmentId: 'c', at }).thenViolates('TRAINING.PLAN_OR_REASON_REQUIRED');
    spec.given([scheduled]).when({ type: 'EnrolParticipant', employeeId: 'emp-1', planItemId: 'p1', reason: null, commitmentId: 'c-emp-1', at }).then([enrolled()]);
    spec.given([scheduled, enrolled()]).when({ type: 'EnrolParticipant', employeeId: 'emp-1', planItemId: 'p2', reason: null, commitmentId: 'other', at }).thenViolates('TRAINING.ALREADY_ENROLLED');
    spec.given([]).when({ type: 'EnrolParticipant', employeeId: 'emp-1', planItemId: 'p1', reason: null, commitmentId: 'c', at }).thenViolates('TRAINING.ACTIVITY_UNKNOWN');
  });

  it('completion needs every session attended, a certificate hash and a date after the last session', () => {
    spec.given([scheduled, enrolled(), present('s1')]).when(complete).thenViolates('TRAINING.ATTENDANCE_INCOMPLETE');
    spec.given([scheduled, enrolled(), present('s1'), present('s2')]).when({ ...complete, certificateHash: 'not-a-hash', completedOn: '2026-05-11' }).thenViolates('TRAINING.CERTIFICATE_REQUIRED', 'TRAINING.COMPLETED_BEFORE_END');
    spec.given([scheduled, enrolled(), present('s1'), present('s2')]).when(complete).then([completed]);
    spec.given([scheduled, enrolled(), present('s1')]).when({ type: 'RecordAttendance', sessionId: 's9', employeeId: 'emp-1', present: true, at }).thenViolates('TRAINING.SESSION_UNKNOWN');
  });

  it('verification before counting: only a completed participant, once, never by the participant', () => {
    const verify = { type: 'VerifyCompletion' as const, employeeId: 'emp-1', verifiedBy: 'ta-1', at };
    spec.given([scheduled, enrolled(), present('s1'), present('s2')]).when(verify).thenViolates('TRAINING.NOT_COMPLETED');
    spec.given([scheduled, enrolled(), completed]).when({ ...verify, verifiedBy: 'emp-1' }).thenViolates('TRAINING.SELF_VERIFICATION');
    const verified: ActivityEvent = { type: 'training.CompletionVerified', data: { activityId: 'act-1', employeeId: 'emp-1', instansiId: 'kota-binjai', year: 2026, jp: 32, verifiedBy: 'ta-1', verifiedAt: at } };
    spec.given([scheduled, enrolled(), completed]).when(verify).then([verified]);
    spec.given([scheduled, enrolled(), completed, verified]).when(verify).thenViolates('TRAINING.ALREADY_VERIFIED');
  });

  it('JP conversion: non-classical forms convert documented hours under the policy of the date, capped; classical routes keep the program JP', () => {
    const coaching = { ...scheduled, data: { ...scheduled.data, route: 'PELATIHAN_NONKLASIKAL', form: 'COACHING', jp: 0 } } as ActivityEvent;
    spec.given([coaching, enrolled(), present('s1'), present('s2')]).when(complete).thenViolates('TRAINING.HOURS_REQUIRED');
    const [event] = spec.given([coaching, enrolled(), present('s1'), present('s2')]).when({ ...complete, hours: 6 }).events();
    expect(event.data).toMatchObject({ jp: 8, hours: 6, jpPolicyVersion: '2024.1' });
    const policies: JpConversionPolicy[] = [
      { version: 'v1', validFrom: '2024-01-01', rules: { COACHING: { jpPerHour: 1, maxJp: 5 } } },
      { version: 'v2', validFrom: '2026-06-01', rules: { COACHING: { jpPerHour: 2, maxJp: 50 } } },
    ];
    expect(creditedJp('PELATIHAN_NONKLASIKAL', 'COACHING', 0, 10, '2026-05-31', policies)).toEqual({ jp: 5, policyVersion: 'v1' });
    expect(creditedJp('PELATIHAN_NONKLASIKAL', 'COACHING', 0, 10, '2026-06-01', policies)).toEqual({ jp: 20, policyVersion: 'v2' });
    expect(creditedJp('PELATIHAN_KLASIKAL', 'DIKLAT', 32, 99, '2026-06-01', policies)).toEqual({ jp: 32, policyVersion: null });
  });

  it('the ledger: TERPENUHI at 20 JP, BELUM with the shortfall, PPPK cap warning above 24', () => {
    expect(summariseLedger([8, 12], 'PNS')).toEqual({ totalJp: 20, status: 'TERPENUHI', shortfall: 0, capWarning: false });
    expect(summariseLedger([8, 4.5], 'PNS')).toEqual({ totalJp: 12.5, status: 'BELUM', shortfall: 7.5, capWarning: false });
    expect(summariseLedger([], 'PNS')).toMatchObject({ status: 'BELUM', shortfall: 20 });
    expect(summariseLedger([24], 'PPPK').capWarning).toBe(false);
    expect(summariseLedger([24, 1], 'PPPK')).toMatchObject({ status: 'TERPENUHI', capWarning: true });
  });

  describe('evaluation after training', () => {
    const verified: ActivityEvent = { type: 'training.CompletionVerified', data: { activityId: 'act-1', employeeId: 'emp-1', instansiId: 'kota-binjai', year: 2026, jp: 32, verifiedBy: 'ta-1', verifiedAt: at } };
    const ratings = { materi: 5, pengajar: 4, penyelenggaraan: 4, manfaat: 5 };
    const survey = { type: 'SubmitReactionSurvey' as const, employeeId: 'emp-1', ratings, comment: 'Studi kasus relevan', at };
    const surveyed: ActivityEvent = { type: 'training.ReactionSurveySubmitted', data: { activityId: 'act-1', employeeId: 'emp-1', ratings, comment: 'Studi kasus relevan', submittedAt: at } };
    const request = { type: 'RequestTransferAssessment' as const, employeeId: 'emp-1', unitId: 'kota-binjai.bkpsdm', atasanEmployeeId: 'emp-kabid', atasanPositionId: 'kota-binjai.bkpsdm.kabid', at };
    const requested: ActivityEvent = {
      type: 'training.TransferAssessmentRequested',
      data: { activityId: 'act-1', employeeId: 'emp-1', unitId: 'kota-binjai.bkpsdm', atasanEmployeeId: 'emp-kabid', atasanPositionId: 'kota-binjai.bkpsdm.kabid', dueOn: '2026-08-12', requestedAt: at },
    };
    const assess = { type: 'SubmitTransferAssessment' as const, employeeId: 'emp-1', assessorId: 'emp-kabid', score: 4, applied: true, description: 'Menyusun rencana proyek SIASN unit', at };

    it('the reaction survey: after completion, once, each rating 1–5', () => {
      spec.given([scheduled, enrolled(), present('s1'), present('s2')]).when(survey).thenViolates('TRAINING.NOT_COMPLETED');
      spec.given([scheduled, enrolled(), completed]).when(survey).then([surveyed]);
      spec.given([scheduled, enrolled(), completed, surveyed]).when({ ...survey, ratings: { ...ratings, manfaat: 6 } }).thenViolates('TRAINING.SURVEY_ALREADY_SUBMITTED', 'TRAINING.RATING_INVALID');
      spec.given([scheduled, enrolled(), completed]).when({ ...survey, ratings: { ...ratings, materi: 0 } }).thenViolates('TRAINING.RATING_INVALID');
      spec.given([scheduled]).when(survey).thenViolates('TRAINING.NOT_ENROLLED');
    });

    it('the request three months after completion: only for a verified completion, once', () => {
      expect(transferAssessmentDueOn('2026-05-12')).toBe('2026-08-12');
      expect(transferAssessmentDueOn('2026-11-30')).toBe('2027-02-28');
      expect(transferAssessmentDueOn('2027-11-30')).toBe('2028-02-29');
      spec.given([scheduled, enrolled(), completed]).when(request).thenViolates('TRAINING.NOT_VERIFIED');
      spec.given([scheduled, enrolled(), completed, verified]).when(request).then([requested]);
      spec.given([scheduled, enrolled(), completed, verified, requested]).when(request).then([]);
    });

    it("the atasan's assessment: not before the request, only by the atasan named, once, with a score and a description", () => {
      spec.given([scheduled, enrolled(), completed, verified]).when(assess).thenViolates('TRAINING.ASSESSMENT_NOT_DUE');
      spec.given([scheduled, enrolled(), completed, verified, requested]).when({ ...assess, assessorId: 'emp-other', score: 9, description: ' ' }).thenViolates('TRAINING.ASSESSOR_NOT_ATASAN', 'TRAINING.RATING_INVALID', 'TRAINING.ASSESSMENT_DESCRIPTION_REQUIRED');
      const submitted: ActivityEvent = { type: 'training.TransferAssessmentSubmitted', data: { activityId: 'act-1', employeeId: 'emp-1', assessorId: 'emp-kabid', score: 4, applied: true, description: 'Menyusun rencana proyek SIASN unit', submittedAt: at } };
      spec.given([scheduled, enrolled(), completed, verified, requested]).when(assess).then([submitted]);
      spec.given([scheduled, enrolled(), completed, verified, requested, submitted]).when(assess).thenViolates('TRAINING.ASSESSMENT_ALREADY_SUBMITTED');
      // A vacant atasan position: any assessor the resolver authorised, but never the participant.
      const vacant = { ...requested, data: { ...requested.data, atasanEmployeeId: null, atasanPositionId: null } } as ActivityEvent;
      spec.given([scheduled, enrolled(), completed, verified, vacant]).when({ ...assess, assessorId: 'emp-pp' }).events();
      spec.given([scheduled, enrolled(), completed, verified, vacant]).when({ ...assess, assessorId: 'emp-1' }).thenViolates('TRAINING.ASSESSOR_NOT_ATASAN');
    });
  });
});

import { deciderSpec } from '@kernel/testing/decider-spec';
import { JpConversionPolicy } from '../activity/jp-policy';
import { internshipDecider, mentoringCredit, OpenInternship } from './internship.decider';
import { InternshipEvent } from './internship.events';

const spec = deciderSpec(internshipDecider);
const at = '2026-06-20T02:00:00.000Z';
const pks = { agreementId: 'kota-medan.usu.pks-2026', partnerId: 'kota-medan.usu', kind: 'PKS' as const, validFrom: '2026-01-05', validUntil: '2029-02-11' };
const openCmd: OpenInternship = { type: 'OpenInternship', internshipId: 'kota-medan.magang-usu-2026', instansiId: 'kota-medan', title: 'Magang Mahasiswa Fasilkom-TI USU 2026', agreement: pks, from: '2026-07-01', until: '2026-09-30', at };
const opened: InternshipEvent = {
  type: 'training.InternshipOpened',
  data: { internshipId: 'kota-medan.magang-usu-2026', instansiId: 'kota-medan', title: openCmd.title, partnerId: 'kota-medan.usu', agreementId: pks.agreementId, from: '2026-07-01', until: '2026-09-30', openedAt: at },
};
const sealed = { keyId: 'k-1', sealed: 'v1.aXY.dGFn.Y2lwaGVy' };
const consent = { givenOn: '2026-06-19', noticeVersion: 'magang-2026.1' };
const admitted: InternshipEvent = { type: 'training.InternAdmitted', data: { internshipId: 'kota-medan.magang-usu-2026', participantId: 'm-01', personalData: sealed, studyProgram: 'S1 Teknologi Informasi', consent, admittedAt: at } };
const placeCmd = { type: 'PlaceIntern' as const, participantId: 'm-01', unitId: 'kota-medan.aptika', mentorEmployeeId: 'emp-ani', mentorIsActiveAsn: true, from: '2026-07-01', until: '2026-08-31', at };
const placed: InternshipEvent = { type: 'training.InternPlaced', data: { internshipId: 'kota-medan.magang-usu-2026', participantId: 'm-01', unitId: 'kota-medan.aptika', mentorEmployeeId: 'emp-ani', from: '2026-07-01', until: '2026-08-31', placedAt: at } };
const entry = { type: 'RecordLogbookEntry' as const, participantId: 'm-01', date: '2026-07-02', hours: 7, activity: 'Mempelajari arsitektur aplikasi perizinan', recordedBy: 'emp-ani', at };
const logged: InternshipEvent = { type: 'training.InternLogbookEntryRecorded', data: { internshipId: 'kota-medan.magang-usu-2026', participantId: 'm-01', date: '2026-07-02', hours: 7, activity: entry.activity, recordedBy: 'emp-ani', recordedAt: at } };
const assessCmd = { type: 'AssessIntern' as const, participantId: 'm-01', assessorId: 'emp-ani', score: 88, notes: 'Inisiatif baik', mentoringHours: 12, at };
const assessed: InternshipEvent = { type: 'training.InternAssessed', data: { internshipId: 'kota-medan.magang-usu-2026', participantId: 'm-01', mentorEmployeeId: 'emp-ani', score: 88, notes: 'Inisiatif baik', mentoringHours: 12, assessedAt: at } };
const certify = { type: 'IssueInternCertificate' as const, participantId: 'm-01', certificateNumber: 'SERT/MAGANG/2026/001', issuedOn: '2026-09-01', at };
const history = [opened, admitted, placed, logged, assessed];

describe('internship decider (magang mahasiswa)', () => {
  it('opens a cohort only under an agreement in force over its whole period (agreement expiry)', () => {
    spec.given([]).when(openCmd).then([opened]);
    spec.given([]).when({ ...openCmd, agreement: { ...pks, validUntil: '2026-08-31' } }).thenViolates('TRAINING.AGREEMENT_EXPIRED');
    spec.given([]).when({ ...openCmd, at: '2029-03-01T00:00:00.000Z', from: '2029-03-01', until: '2029-05-31' }).thenViolates('TRAINING.AGREEMENT_EXPIRED');
    spec.given([opened]).when({ ...openCmd, until: '2026-06-01' }).thenViolates('TRAINING.INTERNSHIP_EXISTS', 'TRAINING.INTERNSHIP_PERIOD_INVALID');
  });

  it('admits a student only with recorded consent; personal data arrives sealed', () => {
    spec.given([opened]).when({ type: 'AdmitIntern', participantId: 'm-01', personalData: sealed, studyProgram: 'S1 Teknologi Informasi', consent, at }).then([admitted]);
    spec.given([opened]).when({ type: 'AdmitIntern', participantId: 'm-01', personalData: sealed, studyProgram: ' ', consent: null, at }).thenViolates('TRAINING.CONSENT_REQUIRED', 'PERSONNEL.FIELD_REQUIRED');
    spec.given([]).when({ type: 'AdmitIntern', participantId: 'm-01', personalData: sealed, studyProgram: 'x', consent, at }).thenViolates('TRAINING.INTERNSHIP_UNKNOWN');
  });

  it('places an intern with an active ASN mentor within the cohort period', () => {
    spec.given([opened, admitted]).when(placeCmd).then([placed]);
    spec.given([opened, admitted]).when({ ...placeCmd, mentorIsActiveAsn: false, until: '2026-10-15' }).thenViolates('TRAINING.MENTOR_NOT_ASN', 'TRAINING.INTERNSHIP_PERIOD_INVALID');
    spec.given([opened, admitted, placed]).when(placeCmd).thenViolates('TRAINING.PLACEMENT_EXISTS');
  });

  it('keeps a logbook: one entry a day within the placement, with hours and an activity', () => {
    spec.given([opened, admitted]).when(entry).thenViolates('TRAINING.NOT_PLACED');
    spec.given([opened, admitted, placed]).when(entry).then([logged]);
    spec.given([opened, admitted, placed, logged]).when({ ...entry, hours: 14 }).thenViolates('TRAINING.LOGBOOK_DATE_EXISTS', 'TRAINING.LOGBOOK_HOURS_INVALID');
    spec.given([opened, admitted, placed]).when({ ...entry, date: '2026-09-15' }).thenViolates('TRAINING.LOGBOOK_DATE_INVALID');
  });

  it("the mentor's assessment: only by the mentor, after logbook entries, once", () => {
    spec.given([opened, admitted, placed]).when({ ...assessCmd, assessorId: 'emp-x', score: 101 }).thenViolates('TRAINING.ASSESSOR_NOT_MENTOR', 'TRAINING.LOGBOOK_EMPTY', 'TRAINING.INTERN_SCORE_INVALID');
    spec.given([opened, admitted, placed, logged]).when(assessCmd).then([assessed]);
    spec.given(history).when(assessCmd).thenViolates('TRAINING.INTERN_ALREADY_ASSESSED');
  });

  it("the certificate after the assessment and the placement's end; the mentor's time credits MENTORING JP where policy says so", () => {
    spec.given([opened, admitted, placed, logged]).when(certify).thenViolates('TRAINING.INTERN_NOT_ASSESSED');
    spec.given(history).when({ ...certify, issuedOn: '2026-08-30' }).thenViolates('TRAINING.INTERN_CERTIFICATE_BEFORE_END');
    const [issued, credited] = spec.given(history).when(certify).events();
    expect(issued.type).toBe('training.InternCertificateIssued');
    expect(credited.data).toMatchObject({ mentorEmployeeId: 'emp-ani', year: 2026, hours: 12, jp: 16, jpPolicyVersion: '2024.1' });
    const noCredit: JpConversionPolicy[] = [{ version: 'x', validFrom: '2024-01-01', rules: { MENTORING: { jpPerHour: 1, maxJp: 10 } }, internshipMentoringCounts: false }];
    expect(spec.given(history).when({ ...certify, policies: noCredit }).events().map((e) => e.type)).toEqual(['training.InternCertificateIssued']);
    expect(mentoringCredit(40, '2026-09-01')).toEqual({ jp: 20, policyVersion: '2024.1' });
  });

  it('erasure: recorded once, and nothing new is recorded for the intern afterwards', () => {
    const erased: InternshipEvent = { type: 'training.InternPersonalDataErased', data: { internshipId: 'kota-medan.magang-usu-2026', participantId: 'm-01', keyId: 'k-1', erasedAt: at } };
    spec.given(history).when({ type: 'EraseInternPersonalData', participantId: 'm-01', at }).then([erased]);
    spec.given([...history, erased]).when({ type: 'EraseInternPersonalData', participantId: 'm-01', at }).then([]);
    spec.given([opened, admitted, erased]).when(placeCmd).thenViolates('TRAINING.INTERN_ERASED');
  });
});

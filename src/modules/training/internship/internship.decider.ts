import { isIsoDate } from '@kernel/calendar-date';
import { assertNever, Decider } from '@kernel/decider';
import { problem, refuse, refuseIfAny, requiredTextProblems } from '@kernel/rules';
import { InternshipRule } from '../training.rules';
import { creditedJp, JpConversionPolicy, policyOn } from '../activity/jp-policy';
import { agreementCoverageProblems, AgreementTerms } from '../partner/partner.decider';
import { InternshipEvent, SealedPersonalData } from './internship.events';

export interface OpenInternship {
  readonly type: 'OpenInternship';
  readonly internshipId: string;
  readonly instansiId: string;
  readonly title: string;
  readonly agreement: AgreementTerms;
  readonly from: string;
  readonly until: string;
  readonly at: string;
}
export interface AdmitIntern {
  readonly type: 'AdmitIntern';
  readonly participantId: string;
  readonly personalData: SealedPersonalData;
  readonly studyProgram: string;
  readonly consent: { readonly givenOn: string; readonly noticeVersion: string } | null;
  readonly at: string;
}
export interface PlaceIntern {
  readonly type: 'PlaceIntern';
  readonly participantId: string;
  readonly unitId: string;
  readonly mentorEmployeeId: string;
  /** From the employee directory: the mentor is an active ASN of the instansi on the first day. */
  readonly mentorIsActiveAsn: boolean;
  readonly from: string;
  readonly until: string;
  readonly at: string;
}
export interface RecordLogbookEntry {
  readonly type: 'RecordLogbookEntry';
  readonly participantId: string;
  readonly date: string;
  readonly hours: number;
  readonly activity: string;
  readonly recordedBy: string;
  readonly at: string;
}
export interface AssessIntern {
  readonly type: 'AssessIntern';
  readonly participantId: string;
  readonly assessorId: string;
  readonly score: number;
  readonly notes: string;
  readonly mentoringHours: number;
  readonly at: string;
}
export interface IssueInternCertificate {
  readonly type: 'IssueInternCertificate';
  readonly participantId: string;
  readonly certificateNumber: string;
  readonly issuedOn: string;
  readonly at: string;
  /** Injected for tests; defaults to the module's policy data. */
  readonly policies?: readonly JpConversionPolicy[];
}
export interface EraseInternPersonalData {
  readonly type: 'EraseInternPersonalData';
  readonly participantId: string;
  readonly at: string;
}
export type InternshipCommand = OpenInternship | AdmitIntern | PlaceIntern | RecordLogbookEntry | AssessIntern | IssueInternCertificate | EraseInternPersonalData;

export interface InternState {
  readonly keyId: string;
  readonly erased: boolean;
  readonly placement: { readonly unitId: string; readonly mentorEmployeeId: string; readonly from: string; readonly until: string } | null;
  readonly logbookDates: readonly string[];
  readonly assessment: { readonly mentoringHours: number } | null;
  readonly certified: boolean;
}
export interface InternshipState {
  readonly opened: { readonly internshipId: string; readonly instansiId: string; readonly from: string; readonly until: string } | null;
  readonly interns: Readonly<Record<string, InternState>>;
}

const withIntern = (s: InternshipState, id: string, change: (i: InternState) => InternState): InternshipState =>
  s.interns[id] ? { ...s, interns: { ...s.interns, [id]: change(s.interns[id]) } } : s;

export const internshipDecider: Decider<InternshipCommand, InternshipEvent, InternshipState> = {
  initialState: () => ({ opened: null, interns: {} }),
  evolve(s, e) {
    switch (e.type) {
      case 'training.InternshipOpened':
        return { ...s, opened: { internshipId: e.data.internshipId, instansiId: e.data.instansiId, from: e.data.from, until: e.data.until } };
      case 'training.InternAdmitted':
        return { ...s, interns: { ...s.interns, [e.data.participantId]: { keyId: e.data.personalData.keyId, erased: false, placement: null, logbookDates: [], assessment: null, certified: false } } };
      case 'training.InternPlaced':
        return withIntern(s, e.data.participantId, (i) => ({ ...i, placement: { unitId: e.data.unitId, mentorEmployeeId: e.data.mentorEmployeeId, from: e.data.from, until: e.data.until } }));
      case 'training.InternLogbookEntryRecorded':
        return withIntern(s, e.data.participantId, (i) => ({ ...i, logbookDates: [...i.logbookDates, e.data.date] }));
      case 'training.InternAssessed':
        return withIntern(s, e.data.participantId, (i) => ({ ...i, assessment: { mentoringHours: e.data.mentoringHours } }));
      case 'training.InternCertificateIssued':
        return withIntern(s, e.data.participantId, (i) => ({ ...i, certified: true }));
      case 'training.MentoringCredited':
        return s;
      case 'training.InternPersonalDataErased':
        return withIntern(s, e.data.participantId, (i) => ({ ...i, erased: true }));
      default:
        return assertNever(e);
    }
  },
  decide(c, s) {
    if (c.type === 'OpenInternship') return open(c, s);
    const o = s.opened;
    if (!o) return refuse(InternshipRule.INTERNSHIP_UNKNOWN, 'Program magang belum dibuka');
    if (c.type === 'AdmitIntern') return admit(c, s, o.internshipId);
    const intern = s.interns[c.participantId];
    if (!intern) return refuse(InternshipRule.INTERN_UNKNOWN, `Peserta magang ${c.participantId} tidak terdaftar`);
    if (c.type === 'EraseInternPersonalData') {
      if (intern.erased) return [];
      return [{ type: 'training.InternPersonalDataErased', data: { internshipId: o.internshipId, participantId: c.participantId, keyId: intern.keyId, erasedAt: c.at } }];
    }
    if (intern.erased) return refuse(InternshipRule.INTERN_ERASED, 'Data pribadi peserta sudah dihapus; catatan baru tidak dapat ditambahkan');
    switch (c.type) {
      case 'PlaceIntern':
        return place(c, intern, o);
      case 'RecordLogbookEntry':
        return logbook(c, intern, o.internshipId);
      case 'AssessIntern':
        return assess(c, intern, o.internshipId);
      case 'IssueInternCertificate':
        return certify(c, intern, o);
      default:
        return assertNever(c);
    }
  },
};

const periodOk = (from: string, until: string) => isIsoDate(from) && isIsoDate(until) && from <= until;

function open(c: OpenInternship, s: InternshipState): InternshipEvent[] {
  refuseIfAny([
    s.opened !== null && problem(InternshipRule.INTERNSHIP_EXISTS, `Program magang ${c.internshipId} sudah dibuka`),
    ...requiredTextProblems({ title: c.title }),
    !periodOk(c.from, c.until) && problem(InternshipRule.PERIOD_INVALID, 'Masa magang: mulai ≤ selesai'),
    // An expired agreement blocks new activities under it, an internship cohort included.
    ...agreementCoverageProblems(c.agreement, c.at.slice(0, 10), [c.from, c.until]),
  ]);
  const { agreementId, partnerId } = c.agreement;
  return [{ type: 'training.InternshipOpened', data: { internshipId: c.internshipId, instansiId: c.instansiId, title: c.title, partnerId, agreementId, from: c.from, until: c.until, openedAt: c.at } }];
}

function admit(c: AdmitIntern, s: InternshipState, internshipId: string): InternshipEvent[] {
  refuseIfAny([
    s.interns[c.participantId] !== undefined && problem(InternshipRule.INTERN_EXISTS, `Peserta ${c.participantId} sudah terdaftar`),
    // UU 27/2022 PDP ps. 20: processing rests on the data subject's explicit consent here.
    (c.consent === null || !isIsoDate(c.consent.givenOn) || c.consent.noticeVersion.trim() === '') && problem(InternshipRule.CONSENT_REQUIRED, 'Persetujuan peserta atas pemrosesan data pribadi wajib dicatat'),
    ...requiredTextProblems({ studyProgram: c.studyProgram }),
  ]);
  return [{ type: 'training.InternAdmitted', data: { internshipId, participantId: c.participantId, personalData: c.personalData, studyProgram: c.studyProgram, consent: { ...c.consent! }, admittedAt: c.at } }];
}

function place(c: PlaceIntern, i: InternState, o: NonNullable<InternshipState['opened']>): InternshipEvent[] {
  refuseIfAny([
    i.placement !== null && problem(InternshipRule.PLACEMENT_EXISTS, 'Peserta sudah ditempatkan'),
    !(periodOk(c.from, c.until) && c.from >= o.from && c.until <= o.until) && problem(InternshipRule.PERIOD_INVALID, `Penempatan harus dalam masa magang (${o.from} s.d. ${o.until})`),
    !c.mentorIsActiveAsn && problem(InternshipRule.MENTOR_NOT_ASN, `Mentor ${c.mentorEmployeeId} bukan ASN aktif instansi ini`),
  ]);
  return [{ type: 'training.InternPlaced', data: { internshipId: o.internshipId, participantId: c.participantId, unitId: c.unitId, mentorEmployeeId: c.mentorEmployeeId, from: c.from, until: c.until, placedAt: c.at } }];
}

function logbook(c: RecordLogbookEntry, i: InternState, internshipId: string): InternshipEvent[] {
  const p = i.placement;
  if (!p) refuse(InternshipRule.NOT_PLACED, 'Peserta belum ditempatkan');
  refuseIfAny([
    !(isIsoDate(c.date) && c.date >= p.from && c.date <= p.until) && problem(InternshipRule.LOGBOOK_DATE_INVALID, `Tanggal logbook harus dalam masa penempatan (${p.from} s.d. ${p.until})`),
    i.logbookDates.includes(c.date) && problem(InternshipRule.LOGBOOK_DATE_EXISTS, `Logbook ${c.date} sudah diisi`),
    !(c.hours > 0 && c.hours <= 12) && problem(InternshipRule.LOGBOOK_HOURS_INVALID, 'Jam kegiatan harian 0–12'),
    ...requiredTextProblems({ activity: c.activity }),
  ]);
  return [{ type: 'training.InternLogbookEntryRecorded', data: { internshipId, participantId: c.participantId, date: c.date, hours: c.hours, activity: c.activity, recordedBy: c.recordedBy, recordedAt: c.at } }];
}

function assess(c: AssessIntern, i: InternState, internshipId: string): InternshipEvent[] {
  const p = i.placement;
  if (!p) refuse(InternshipRule.NOT_PLACED, 'Peserta belum ditempatkan');
  refuseIfAny([
    i.assessment !== null && problem(InternshipRule.ALREADY_ASSESSED, 'Penilaian mentor sudah ada'),
    c.assessorId !== p.mentorEmployeeId && problem(InternshipRule.ASSESSOR_NOT_MENTOR, `Penilaian diberikan oleh mentor (${p.mentorEmployeeId})`),
    i.logbookDates.length === 0 && problem(InternshipRule.LOGBOOK_EMPTY, 'Logbook masih kosong'),
    !(Number.isInteger(c.score) && c.score >= 0 && c.score <= 100) && problem(InternshipRule.SCORE_INVALID, 'Nilai 0–100'),
    !(c.mentoringHours >= 0 && c.mentoringHours <= 500) && problem(InternshipRule.MENTORING_HOURS_INVALID, 'Jam pendampingan 0–500'),
    ...requiredTextProblems({ notes: c.notes }),
  ]);
  return [{ type: 'training.InternAssessed', data: { internshipId, participantId: c.participantId, mentorEmployeeId: p.mentorEmployeeId, score: c.score, notes: c.notes, mentoringHours: c.mentoringHours, assessedAt: c.at } }];
}

/** Mentoring counts as non-classical JP for the mentor only where the policy of the day says so. */
export function mentoringCredit(hours: number, onDate: string, policies?: readonly JpConversionPolicy[]): { jp: number; policyVersion: string } | null {
  const policy = policyOn(onDate, policies);
  if (!policy.internshipMentoringCounts || !policy.rules.MENTORING || hours <= 0) return null;
  const { jp } = creditedJp('PELATIHAN_NONKLASIKAL', 'MENTORING', 0, hours, onDate, policies);
  return { jp, policyVersion: policy.version };
}

function certify(c: IssueInternCertificate, i: InternState, o: NonNullable<InternshipState['opened']>): InternshipEvent[] {
  const p = i.placement;
  refuseIfAny([
    (!i.assessment || !p) && problem(InternshipRule.NOT_ASSESSED, 'Sertifikat diterbitkan setelah penilaian mentor'),
    i.certified && problem(InternshipRule.ALREADY_CERTIFIED, 'Sertifikat sudah diterbitkan'),
    ...requiredTextProblems({ certificateNumber: c.certificateNumber }),
    !(isIsoDate(c.issuedOn) && (!p || c.issuedOn >= p.until)) && problem(InternshipRule.CERTIFICATE_BEFORE_END, `Sertifikat terbit setelah penempatan berakhir${p ? ` (${p.until})` : ''}`),
  ]);
  const credit = mentoringCredit(i.assessment!.mentoringHours, c.issuedOn, c.policies);
  const issued: InternshipEvent = { type: 'training.InternCertificateIssued', data: { internshipId: o.internshipId, participantId: c.participantId, certificateNumber: c.certificateNumber, issuedOn: c.issuedOn, issuedAt: c.at } };
  if (!credit) return [issued];
  return [
    issued,
    {
      type: 'training.MentoringCredited',
      data: { internshipId: o.internshipId, participantId: c.participantId, mentorEmployeeId: p!.mentorEmployeeId, instansiId: o.instansiId, year: Number(c.issuedOn.slice(0, 4)), hours: i.assessment!.mentoringHours, jp: credit.jp, jpPolicyVersion: credit.policyVersion, creditedAt: c.at },
    },
  ];
}

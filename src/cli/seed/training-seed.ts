import { createHash } from 'node:crypto';
import { Role } from '@infrastructure/auth/roles';
import { ALL_INSTANSI } from '@kernel/grant-scope';
import { Actor } from '@kernel/events';
import { deriveId } from '@kernel/ids';
import { EnrolParticipantCommand, EnrolParticipantInput, RecordAttendanceCommand, RecordAttendanceInput, CompleteActivityCommand, CompleteActivityInput, ScheduleActivityCommand, ScheduleActivityInput, VerifyCompletionCommand, VerifyCompletionInput } from '@modules/training/graphql/activity.graphql';
import { PlanTrainingCommand, PublishProgramCommand, SetBudgetEnvelopeCommand } from '@modules/training/graphql/training.operations';
import { PlanTrainingInput, PublishProgramInput, SetBudgetEnvelopeInput } from '@modules/training/graphql/training.inputs';
import { InternshipBusCommand } from '@modules/training/internship/internship.graphql';
import { AdmitInternInput, AssessInternInput, IssueInternCertificateInput, OpenInternshipInput, PlaceInternInput, RecordInternLogbookInput } from '@modules/training/internship/internship.inputs';
import { RegisterTrainingPartnerCommand, RegisterTrainingPartnerInput, SignCooperationAgreementCommand, SignCooperationAgreementInput } from '@modules/training/partner/partner.graphql';
import { TrainingRule } from '@modules/training';
import { RecordCompetencyProfileInput, SetCompetencyStandardInput } from '@modules/training/competency/competency.graphql';
import { competencyWriteCommand } from '@modules/training/competency/competency.commands';
import type { SeedChain, SeedPhase, SeedStep } from './commands';
import type { SeedPlan } from './generator';

/**
 * Competency development for the demo year 2026 in both cities (issue 10 §10): each instansi's
 * catalogue, partners (universities of Medan and Binjai by name) with MoU / PKS, an envelope per OPD
 * (tight in Binjai), plan items from competency gaps — a few refused at the envelope, as planned —
 * one activity per OPD with attendance, completions and verification, and one internship cohort.
 * Written as TRAINING_ADMIN by the seed; the mentor's assessment as the mentor.
 *
 * Names of institutions are real; agreement numbers, dates, costs and people are demo data. [M]:
 * STKIP Budidaya Binjai and STMIK Kaputama are Binjai institutions as far as we know; check before
 * showing the data as fact.
 */
export const SEED_TRAINING_ACTOR: Actor = Object.freeze({ id: 'seed', roles: [Object.freeze({ role: Role.TRAINING_ADMIN, unit: ALL_INSTANSI })] });
const mentorActor = (employeeId: string): Actor => ({ id: employeeId, roles: [{ role: Role.EMPLOYEE, unit: employeeId }], onBehalfOf: 'seed' });

const YEAR = 2026;

interface ProgramSeed {
  readonly code: string;
  readonly fields: Omit<PublishProgramInput, 'instansiId' | 'code' | 'idempotencyKey' | 'reason' | 'expectedRevision'>;
}
const teknis = (name: string, level: number) => [{ group: 'TEKNIS' as const, name, level }];
const PROGRAMS: Readonly<Record<string, readonly ProgramSeed[]>> = {
  'kota-medan': [
    { code: 'PM-2026', fields: { title: 'Pelatihan Manajemen Proyek Pemerintahan', route: 'PELATIHAN_KLASIKAL', form: 'DIKLAT', competencies: teknis('Manajemen Proyek', 3), jp: 32, costPerParticipant: 3_500_000, provider: 'Universitas Sumatera Utara' } },
    { code: 'ARSIP-2026', fields: { title: 'Bimtek Tata Naskah Dinas dan Kearsipan Elektronik', route: 'PELATIHAN_KLASIKAL', form: 'BIMTEK', competencies: teknis('Pengelolaan Arsip', 2), jp: 24, costPerParticipant: 1_500_000, provider: 'BPSDM Provinsi Sumatera Utara' } },
    { code: 'DATA-2026', fields: { title: 'Kursus Analisis Data untuk Kebijakan Publik', route: 'PELATIHAN_KLASIKAL', form: 'KURSUS', competencies: teknis('Analisis Data', 3), jp: 40, costPerParticipant: 4_000_000, provider: 'Politeknik Negeri Medan' } },
    { code: 'PELAYANAN-2026', fields: { title: 'Workshop Pelayanan Publik Berorientasi Warga', route: 'PELATIHAN_KLASIKAL', form: 'WORKSHOP', competencies: [{ group: 'MANAJERIAL', name: 'Pelayanan Publik', level: 3 }], jp: 20, costPerParticipant: 1_200_000, provider: 'Universitas Islam Negeri Sumatera Utara' } },
    { code: 'SPBE-2026', fields: { title: 'Seminar SPBE dan Layanan Publik Digital', route: 'PELATIHAN_KLASIKAL', form: 'SEMINAR', competencies: teknis('Tata Kelola SPBE', 2), jp: 8, costPerParticipant: 750_000, provider: 'Universitas Negeri Medan' } },
    { code: 'PKP-2026', fields: { title: 'Pelatihan Kepemimpinan Pengawas', route: 'PELATIHAN_KLASIKAL', form: 'DIKLAT', competencies: [{ group: 'MANAJERIAL', name: 'Pengambilan Keputusan', level: 3 }], jp: 200, costPerParticipant: 15_000_000, provider: 'BPSDM Provinsi Sumatera Utara', latihanStruktural: 'PKP' } },
  ],
  'kota-binjai': [
    { code: 'PM-2026', fields: { title: 'Pelatihan Manajemen Proyek Pemerintahan', route: 'PELATIHAN_KLASIKAL', form: 'DIKLAT', competencies: teknis('Manajemen Proyek', 3), jp: 32, costPerParticipant: 2_500_000, provider: 'Universitas Sumatera Utara' } },
    { code: 'ARSIP-2026', fields: { title: 'Bimtek Administrasi Perkantoran dan Tata Naskah', route: 'PELATIHAN_KLASIKAL', form: 'BIMTEK', competencies: teknis('Pengelolaan Arsip', 2), jp: 24, costPerParticipant: 1_250_000, provider: 'BPSDM Provinsi Sumatera Utara' } },
    { code: 'TI-2026', fields: { title: 'Kursus Dasar Pengelolaan Aplikasi dan Jaringan', route: 'PELATIHAN_KLASIKAL', form: 'KURSUS', competencies: teknis('Pengelolaan Sistem Informasi', 2), jp: 30, costPerParticipant: 2_000_000, provider: 'STMIK Kaputama Binjai' } },
    { code: 'SEMINAR-2026', fields: { title: 'Seminar Literasi Digital Aparatur', route: 'PELATIHAN_KLASIKAL', form: 'SEMINAR', competencies: teknis('Literasi Digital', 2), jp: 8, costPerParticipant: 500_000, provider: 'STKIP Budidaya Binjai' } },
  ],
};

/** Partners by instansi: [code, name, kind, city, has a PKS 2026]. */
const PARTNERS: Readonly<Record<string, readonly (readonly [string, string, RegisterTrainingPartnerInput['kind'], string, boolean])[]>> = {
  'kota-medan': [
    ['USU', 'Universitas Sumatera Utara', 'UNIVERSITAS', 'Medan', true],
    ['UNIMED', 'Universitas Negeri Medan', 'UNIVERSITAS', 'Medan', true],
    ['UINSU', 'Universitas Islam Negeri Sumatera Utara', 'UNIVERSITAS', 'Medan', false],
    ['POLMED', 'Politeknik Negeri Medan', 'UNIVERSITAS', 'Medan', true],
    ['BPSDM-SUMUT', 'BPSDM Provinsi Sumatera Utara', 'LAN_BPSDM', 'Medan', false],
    ['IAI-SUMUT', 'Ikatan Akuntan Indonesia Wilayah Sumatera Utara', 'ASOSIASI_PROFESI', 'Medan', false],
  ],
  'kota-binjai': [
    ['USU', 'Universitas Sumatera Utara', 'UNIVERSITAS', 'Medan', true],
    ['STKIP-BUDIDAYA', 'STKIP Budidaya Binjai', 'UNIVERSITAS', 'Binjai', false],
    ['KAPUTAMA', 'STMIK Kaputama Binjai', 'UNIVERSITAS', 'Binjai', true],
    ['BPSDM-SUMUT', 'BPSDM Provinsi Sumatera Utara', 'LAN_BPSDM', 'Medan', false],
  ],
};

/** Envelope per OPD and year, and the per-employee cap: Medan comfortable, Binjai tight (seed 003). */
const ENVELOPES: Readonly<Record<string, { readonly amount: number; readonly cap: number }>> = {
  'kota-medan': { amount: 60_000_000, cap: 7_500_000 },
  'kota-binjai': { amount: 8_000_000, cap: 5_000_000 },
};

const INTERNS = [
  ['m-01', 'Rizky Pratama Nasution', 'S1 Teknologi Informasi'],
  ['m-02', 'Nurul Aini Siregar', 'S1 Ilmu Komputer'],
  ['m-03', 'Dimas Arya Ginting', 'S1 Administrasi Publik'],
] as const;

/** What the training phases carry besides the commands (for the report and tests). */
export interface TrainingSeedSummary {
  readonly programs: number;
  readonly partners: number;
  readonly envelopes: number;
  readonly planItems: number;
  readonly refusalsAtCap: number;
  readonly completions: number;
  readonly verified: number;
  readonly interns: number;
}

type Make = (input: any, context: any) => any;
type StepFn = (key: string, type: new () => object, fields: object, make: Make, options?: { actor?: Actor; expectedRules?: readonly string[] }) => SeedStep;

/** The plan item id the planning command creates, derived like the handler does from the seed's command id. */
export function seedPlanItemId(fullKey: string): string {
  return deriveId(deriveId('command', SEED_TRAINING_ACTOR.id, fullKey), 'training.plan-item');
}

export function trainingPhases(plan: SeedPlan, step: StepFn, keyPrefix: string): { phases: SeedPhase[]; summary: TrainingSeedSummary } {
  const as = { actor: SEED_TRAINING_ACTOR };
  const moved = new Set([...plan.transfers.map((t) => t.employeeId), ...plan.acting.map((a) => a.employeeId)]);
  const opdOf = new Map(plan.units.map((u) => [u.unitId, u.opdUnitId]));
  const opds = plan.units.filter((u) => u.parentUnitId === null);
  const setup: SeedChain[] = [];
  const activities: SeedChain[] = [];
  let planItems = 0;
  let refusals = 0;
  let completions = 0;
  let verified = 0;

  for (const i of plan.instansi) {
    const programs = PROGRAMS[i.instansiId] ?? [];
    for (const p of programs) setup.push([step(`training:program:${i.instansiId}:${p.code}`, PublishProgramInput, { instansiId: i.instansiId, code: p.code, ...p.fields }, (x, c) => new PublishProgramCommand(x, c), as)]);
    for (const [code, name, kind, city, pks] of PARTNERS[i.instansiId] ?? []) {
      const partnerId = `${i.instansiId}.${code.toLowerCase()}`;
      const chain: SeedStep[] = [
        step(`training:partner:${partnerId}`, RegisterTrainingPartnerInput, { instansiId: i.instansiId, code, name, kind, city }, (x, c) => new RegisterTrainingPartnerCommand(x, c), as),
        step(`training:agreement:${partnerId}:mou`, SignCooperationAgreementInput, { partnerId, code: 'MOU-2024', kind: 'MOU', number: `100.3.7/${code}/2024`, signedOn: '2024-02-12', validFrom: '2024-02-12', validUntil: '2028-12-31', scope: 'Pengembangan kompetensi ASN, penelitian terapan dan magang mahasiswa' }, (x, c) => new SignCooperationAgreementCommand(x, c), as),
      ];
      if (pks) {
        chain.push(step(`training:agreement:${partnerId}:pks-2026`, SignCooperationAgreementInput, { partnerId, code: 'PKS-2026', kind: 'PKS', number: `000.9/PKS/${code}/2026`, signedOn: '2026-01-15', validFrom: '2026-01-15', validUntil: '2028-12-31', scope: 'Pelatihan teknis dan magang mahasiswa 2026–2028', underAgreementId: `${partnerId}.mou-2024` }, (x, c) => new SignCooperationAgreementCommand(x, c), as));
      }
      setup.push(chain);
    }
    const envelope = ENVELOPES[i.instansiId] ?? { amount: 20_000_000, cap: 5_000_000 };
    const instansiOpds = opds.filter((u) => u.instansiId === i.instansiId);
    instansiOpds.forEach((opd, n) => {
      setup.push([step(`training:envelope:${opd.unitId}:${YEAR}`, SetBudgetEnvelopeInput, { unitId: opd.unitId, year: YEAR, amount: envelope.amount, perEmployeeCap: envelope.cap, legalBasis: { skNumber: `DPA-${opd.code}/${YEAR}/TRAINING`, skDate: '2026-01-05' } }, (x, c) => new SetBudgetEnvelopeCommand(x, c), as)]);
      // One activity per OPD, of the instansi's classical programs in turn (not the structural PKP).
      const scheduled = programs.filter((p) => !p.fields.latihanStruktural);
      const program = scheduled[n % scheduled.length];
      const programId = `${i.instansiId}.${program.code.toLowerCase()}`;
      const staff = plan.employees.filter((e) => e.employmentType === 'PNS' && opdOf.get(e.unitId) === opd.unitId && !moved.has(e.employeeId)).slice(0, plan.size.label === 'small' ? 5 : 8);
      // The gap analysis behind each plan item: the jabatan's standard, and a profile one level below it.
      const target = program.fields.competencies[0];
      const integritas = { group: 'MANAJERIAL' as const, name: 'Integritas', level: 3 };
      for (const positionId of [...new Set(staff.map((e) => e.positionId))]) {
        setup.push([step(`training:standard:${positionId}`, SetCompetencyStandardInput, { positionId, competencies: [integritas, target] }, competencyWriteCommand('standard'), as)]);
      }
      for (const e of staff) {
        setup.push([step(`training:profile:${e.identifier}`, RecordCompetencyProfileInput, { employeeId: e.employeeId, assessedOn: '2026-01-20', source: `Uji kompetensi BKPSDM ${i.name.replace('Pemerintah ', '')}`, competencies: [integritas, { ...target, level: Math.max(1, target.level - 1) }] }, competencyWriteCommand('profile'), as)]);
      }
      const chain: SeedStep[] = [];
      const planned: { employeeId: string; planItemId: string }[] = [];
      let reserved = 0;
      for (const e of staff) {
        const key = `training:plan:${opd.unitId}:${YEAR}:${e.identifier}`;
        const fits = reserved + program.fields.costPerParticipant <= envelope.amount;
        planItems += fits ? 1 : 0;
        refusals += fits ? 0 : 1;
        chain.push(
          step(key, PlanTrainingInput, { unitId: opd.unitId, year: YEAR, employeeId: e.employeeId, programId, gap: { kind: 'COMPETENCY', reference: program.fields.competencies[0].name, description: `Profil di bawah standar jabatan (level ${program.fields.competencies[0].level})` } }, (x, c) => new PlanTrainingCommand(x, c), fits ? as : { ...as, expectedRules: [TrainingRule.BUDGET_EXCEEDED] }),
        );
        if (fits) {
          reserved += program.fields.costPerParticipant;
          planned.push({ employeeId: e.employeeId, planItemId: seedPlanItemId(`${keyPrefix}:${key}`) });
        }
      }
      if (planned.length === 0) return activities.push(chain);
      const activityId = `${programId}.${opd.code.toLowerCase()}-1`;
      const sessions = [
        { sessionId: 's1', date: '2026-11-16', place: `Aula ${opd.name}`, online: false },
        { sessionId: 's2', date: '2026-11-17', place: null, online: true },
      ];
      chain.push(step(`training:activity:${activityId}`, ScheduleActivityInput, { programId, code: `${opd.code}-1`, unitId: opd.unitId, year: YEAR, sessions }, (x, c) => new ScheduleActivityCommand(x, c), as));
      for (const p of planned) chain.push(step(`training:enrol:${activityId}:${p.employeeId}`, EnrolParticipantInput, { activityId, employeeId: p.employeeId, planItemId: p.planItemId }, (x, c) => new EnrolParticipantCommand(x, c), as));
      for (const s of sessions) for (const p of planned) chain.push(step(`training:attend:${activityId}:${s.sessionId}:${p.employeeId}`, RecordAttendanceInput, { activityId, sessionId: s.sessionId, employeeId: p.employeeId, present: true }, (x, c) => new RecordAttendanceCommand(x, c), as));
      planned.forEach((p, k) => {
        const certificateNumber = `${program.code}/${opd.code}/${YEAR}/${String(k + 1).padStart(3, '0')}`;
        const certificateHash = `sha256:${createHash('sha256').update(`seed certificate ${activityId} ${p.employeeId}`).digest('hex')}`;
        chain.push(step(`training:complete:${activityId}:${p.employeeId}`, CompleteActivityInput, { activityId, employeeId: p.employeeId, certificateHash, certificateNumber, completedOn: '2026-11-17' }, (x, c) => new CompleteActivityCommand(x, c), as));
        completions++;
      });
      // The last participant's certificate still awaits verification: only verified completions count.
      for (const p of planned.slice(0, Math.max(1, planned.length - 1))) {
        chain.push(step(`training:verify:${activityId}:${p.employeeId}`, VerifyCompletionInput, { activityId, employeeId: p.employeeId }, (x, c) => new VerifyCompletionCommand(x, c), as));
        verified++;
      }
      activities.push(chain);
    });
  }

  const interns = internshipChain(plan, step, opdOf, moved);
  if (interns) activities.push(interns);
  const partners = plan.instansi.reduce((n, i) => n + (PARTNERS[i.instansiId]?.length ?? 0), 0);
  const programs = plan.instansi.reduce((n, i) => n + (PROGRAMS[i.instansiId]?.length ?? 0), 0);
  return {
    phases: [
      // Envelopes check the OPD in the organisation read model.
      { name: 'training-setup', chains: setup, afterReadModels: true },
      // Plans and activities read the catalogue's read model.
      { name: 'training-activities', chains: activities, afterReadModels: true },
    ],
    summary: { programs, partners, envelopes: opds.length, planItems, refusalsAtCap: refusals, completions, verified, interns: interns ? INTERNS.length : 0 },
  };
}

/** One cohort in Medan with USU, placed in the first OPD with a mentor from its staff. */
function internshipChain(plan: SeedPlan, step: StepFn, opdOf: Map<string, string>, moved: Set<string>): SeedChain | null {
  const opd = plan.units.find((u) => u.instansiId === 'kota-medan' && u.parentUnitId === null && u.code === 'BKPSDM') ?? plan.units.find((u) => u.instansiId === 'kota-medan' && u.parentUnitId === null);
  const mentor = opd && plan.employees.find((e) => e.employmentType === 'PNS' && opdOf.get(e.unitId) === opd.unitId && !moved.has(e.employeeId));
  if (!opd || !mentor) return null;
  const as = { actor: SEED_TRAINING_ACTOR };
  const internshipId = 'kota-medan.magang-usu-2026';
  const chain: SeedStep[] = [
    step(`training:internship:${internshipId}`, OpenInternshipInput, { instansiId: 'kota-medan', code: 'MAGANG-USU-2026', title: 'Magang Mahasiswa Universitas Sumatera Utara 2026', agreementId: 'kota-medan.usu.pks-2026', from: '2026-07-01', until: '2026-09-30' }, (x, c) => new InternshipBusCommand({ op: 'open', input: x }, c), as),
  ];
  for (const [participantId, name, studyProgram] of INTERNS) {
    const k = (what: string) => `training:internship:${internshipId}:${participantId}:${what}`;
    chain.push(step(k('admit'), AdmitInternInput, { internshipId, participantId, name, email: null, studyProgram, consentGivenOn: '2026-06-24', consentNoticeVersion: 'magang-2026.1' }, (x, c) => new InternshipBusCommand({ op: 'admit', input: x }, c), as));
    chain.push(step(k('place'), PlaceInternInput, { internshipId, participantId, unitId: mentor.unitId, mentorEmployeeId: mentor.employeeId, from: '2026-07-01', until: '2026-09-30' }, (x, c) => new InternshipBusCommand({ op: 'place', input: x }, c), as));
    for (const [date, activity] of [['2026-07-01', 'Orientasi organisasi dan tata kerja unit'], ['2026-07-02', 'Pendataan arsip kepegawaian'], ['2026-07-03', 'Membantu verifikasi data SIASN']]) {
      chain.push(step(k(`logbook:${date}`), RecordInternLogbookInput, { internshipId, participantId, date, hours: 7, activity }, (x, c) => new InternshipBusCommand({ op: 'logbook', input: x }, c), as));
    }
    chain.push(step(k('assess'), AssessInternInput, { internshipId, participantId, score: 85, notes: 'Tekun dan teliti; laporan akhir tepat waktu', mentoringHours: 10 }, (x, c) => new InternshipBusCommand({ op: 'assess', input: x }, c), { actor: mentorActor(mentor.employeeId) }));
    chain.push(step(k('certificate'), IssueInternCertificateInput, { internshipId, participantId, certificateNumber: `SERT/MAGANG/${opd.code}/2026/${participantId}`, issuedOn: '2026-10-01' }, (x, c) => new InternshipBusCommand({ op: 'certify', input: x }, c), as));
  }
  return chain;
}

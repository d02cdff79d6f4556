import { initialsOf } from '../applicant-identity';
import { RANKING_POLICY, rankSelection } from '../ranking';
import { RecruitmentRule } from '../recruitment.rules';
import { refuseIfAny } from '@kernel/rules';
import { evaluateSkd, skdScoreProblems } from '../skd-reference';
import { appointmentNipProblems, sexFromNip } from './appointment-nip';
import { AnnounceResults, AppointApplicant, PublishRanking, RecordSkdResult, RetryAppointmentRegistration } from './selection-round.commands';
import { ApplicantAppointed, AppointmentRegistrationRetried, RankingPublished, SelectionResultsAnnounced, SkdResultRecorded } from './selection-round.events';
import { FormasiState, own, SelectionRoundState } from './selection-round.state';
import { APPLICANT_AGE_RANGE } from '../recruitment.vocabulary';

/**
 * DOMAIN §2 item 19: SKD results are imported from BKN's CAT records, never hand-entered, so the
 * source must be the import and name its batch. The recording member must not be recused from the
 * applicant, and the scores must be attainable under the round's reference.
 */
export function recordSkdResult(command: RecordSkdResult, state: SelectionRoundState): SkdResultRecorded[] {
  const applicant = own(state.applicants, command.applicantId);
  const member = own(state.panel, command.recordedByMemberId);
  const reference = state.skd!;
  refuseIfAny([
    command.source !== 'BKN_CAT_IMPORT' && { rule: RecruitmentRule.SKD_RESULT_NOT_IMPORTED, message: 'Hasil SKD diimpor dari CAT BKN (source BKN_CAT_IMPORT), tidak pernah diisi manual' },
    !command.importBatchId.trim() && { rule: RecruitmentRule.SKD_IMPORT_BATCH_REQUIRED, message: 'Hasil SKD harus menyebut batch impor BKN asalnya (importBatchId)' },
    !applicant && { rule: RecruitmentRule.APPLICANT_UNKNOWN, message: `Pelamar ${command.applicantId} tidak ada dalam seleksi ini` },
    applicant?.result && { rule: RecruitmentRule.SKD_RESULT_ALREADY_RECORDED, message: `Pelamar ${applicant.registrationNumber} sudah mempunyai hasil SKD` },
    !member && { rule: RecruitmentRule.PANEL_MEMBER_UNKNOWN, message: `Anggota panitia ${command.recordedByMemberId} tidak ada dalam seleksi ini` },
    member && own(member.recusedFrom, command.applicantId) && {
      rule: RecruitmentRule.PANEL_MEMBER_RECUSED,
      message: `Anggota panitia ${member.memberId} sudah mundur (recused) dari penilaian pelamar ${applicant?.registrationNumber ?? command.applicantId} karena konflik kepentingan`,
    },
    ...skdScoreProblems(command.scores, reference),
  ]);
  const evaluation = evaluateSkd(command.scores, reference);
  const { TWK, TIU, TKP } = command.scores;
  return [
    {
      type: 'personnel.SkdResultRecorded',
      data: {
        roundId: state.roundId,
        applicantId: command.applicantId,
        formasiId: applicant!.formasiId,
        scores: { TWK, TIU, TKP },
        total: evaluation.total,
        passed: { ...evaluation.passed },
        passedAll: evaluation.passedAll,
        skdReferenceId: reference.id,
        skdReferenceVersion: reference.version,
        source: 'BKN_CAT_IMPORT',
        importBatchId: command.importBatchId,
        recordedByMemberId: command.recordedByMemberId,
        recordedAt: command.at,
      },
    },
  ];
}

/** The board is computed here, from the recorded results alone, and the event keeps it as published. */
export function publishRanking(command: PublishRanking, state: SelectionRoundState): RankingPublished[] {
  refuseIfAny([
    !Object.values(state.panel).some((m) => m.role === 'KETUA') && {
      rule: RecruitmentRule.PANEL_KETUA_MISSING,
      message: 'Peringkat hanya dapat diumumkan oleh panitia yang mempunyai KETUA: angkat ketua panitia seleksi terlebih dahulu',
    },
  ]);
  const reference = state.skd!;
  const formasi = state.formasiOrder.map((id) => state.formasi[id]);
  const candidates = Object.values(state.applicants).map((a) => ({
    applicantId: a.applicantId,
    formasiId: a.formasiId,
    registrationNumber: a.registrationNumber,
    registrationOrder: a.registrationOrder,
    initials: initialsOf(a.name),
    scores: a.result?.scores,
  }));
  const boards = rankSelection(formasi, candidates, reference);
  return [
    {
      type: 'personnel.RankingPublished',
      data: {
        roundId: state.roundId,
        instansiId: state.instansiId,
        year: state.year,
        name: state.name,
        publishedAt: command.at,
        policy: { id: RANKING_POLICY.id, tieBreaks: [...RANKING_POLICY.tieBreaks] },
        skdReference: reference,
        formasi: boards.map((board, i) => {
          const { formasiId, unitId, positionId, jabatanName, quota } = formasi[i];
          return { formasiId, unitId, positionId, jabatanName, quota, entries: [...board.entries] };
        }),
      },
    },
  ];
}

export function announceResults(command: AnnounceResults, state: SelectionRoundState): SelectionResultsAnnounced[] {
  const lulusCount = Object.values(state.applicants).filter((a) => a.ranking?.status === 'LULUS').length;
  return [{ type: 'personnel.SelectionResultsAnnounced', data: { roundId: state.roundId, announcedAt: command.at, lulusCount } }];
}

/**
 * Only an applicant announced LULUS (passed every threshold and ranked within the quota) may be
 * appointed, once, with a NIP not already used in the round.
 */
/**
 * [M] The age bound the employee record applies to a new CPNS's NIP: the formasi's limit at
 * application plus one year, the usual time from registration to TMT CPNS — an applicant who was 35
 * at registration may be 36 on the TMT.
 */
export function maxAgeAtAppointmentFor(formasi: FormasiState): number {
  return APPLICANT_AGE_RANGE[formasi.ageLimit ?? 'UMUM'].max + 1;
}

export function appointApplicant(command: AppointApplicant, state: SelectionRoundState): ApplicantAppointed[] {
  const applicant = own(state.applicants, command.applicantId);
  refuseIfAny([!applicant && { rule: RecruitmentRule.APPLICANT_UNKNOWN, message: `Pelamar ${command.applicantId} tidak ada dalam seleksi ini` }]);
  const a = applicant!;
  refuseIfAny([
    a.ranking?.status !== 'LULUS' && {
      rule: RecruitmentRule.APPLICANT_NOT_SELECTED,
      message: `Pelamar ${a.registrationNumber} berstatus ${a.ranking?.status ?? 'belum diperingkat'}: hanya pelamar LULUS yang dapat diangkat`,
    },
    a.appointedNip !== undefined && { rule: RecruitmentRule.APPLICANT_ALREADY_APPOINTED, message: `Pelamar ${a.registrationNumber} sudah diangkat (NIP ${a.appointedNip})` },
    own(state.appointedNips, command.nip) && { rule: RecruitmentRule.NIP_ALREADY_ASSIGNED, message: `NIP ${command.nip} sudah diberikan kepada pelamar lain dalam seleksi ini` },
    ...appointmentNipProblems(command.nip, a.birthDate, command.tmtCpns),
  ]);
  const formasi = state.formasi[a.formasiId];
  return [
    {
      type: 'personnel.ApplicantAppointed',
      data: {
        roundId: state.roundId,
        instansiId: state.instansiId,
        applicantId: a.applicantId,
        registrationNumber: a.registrationNumber,
        formasiId: formasi.formasiId,
        unitId: formasi.unitId,
        positionId: formasi.positionId,
        jabatanName: formasi.jabatanName,
        employeeId: command.employeeId,
        employmentType: 'PNS',
        nip: command.nip,
        name: a.name,
        birthDate: a.birthDate,
        sex: sexFromNip(command.nip)!,
        educationLevel: a.educationLevel,
        tmtCpns: command.tmtCpns,
        golongan: command.golongan,
        maxAgeAtAppointment: maxAgeAtAppointmentFor(formasi),
        appointedAt: command.at,
      },
    },
  ];
}

/**
 * A failed employee registration is sent again once its cause was corrected (a seat freed, a record
 * fixed): only for an appointed applicant whose registration failed — not while it is pending, not
 * once it succeeded. The process manager answers the retry as it answered the appointment.
 */
export function retryAppointmentRegistration(command: RetryAppointmentRegistration, state: SelectionRoundState): AppointmentRegistrationRetried[] {
  const applicant = own(state.applicants, command.applicantId);
  const appointment = applicant?.appointment;
  refuseIfAny([
    !applicant && { rule: RecruitmentRule.APPLICANT_UNKNOWN, message: `Tidak ada pelamar ${command.applicantId} dalam seleksi ini` },
    applicant && !appointment && { rule: RecruitmentRule.APPLICANT_NOT_APPOINTED, message: `Pelamar ${applicant.registrationNumber} belum diangkat` },
    appointment && command.outcome === 'REGISTERED' && {
      rule: RecruitmentRule.APPOINTMENT_ALREADY_REGISTERED,
      message: `Pelamar ${applicant!.registrationNumber} sudah tercatat sebagai pegawai ${appointment.employeeId}: tidak ada yang perlu diulang`,
    },
    appointment && command.outcome === null && {
      rule: RecruitmentRule.APPOINTMENT_REGISTRATION_PENDING,
      message: `Pencatatan pegawai untuk pelamar ${applicant!.registrationNumber} masih diproses: ulangi hanya setelah gagal`,
    },
  ]);
  const a = appointment!;
  return [{ type: 'personnel.AppointmentRegistrationRetried', data: { roundId: state.roundId, applicantId: a.applicantId, employeeId: a.employeeId, appointment: a, requestedAt: command.at } }];
}

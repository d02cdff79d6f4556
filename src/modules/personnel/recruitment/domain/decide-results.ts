import { initialsOf } from '../applicant-identity';
import { RANKING_POLICY, rankSelection } from '../ranking';
import { RecruitmentRule } from '../recruitment.rules';
import { refuseIfAny } from '@kernel/rules';
import { evaluateSkd, skdScoreProblems } from '../skd-reference';
import { appointmentNipProblems, sexFromNip } from './appointment-nip';
import { AnnounceResults, AppointApplicant, PublishRanking, RecordSkdResult } from './selection-round.commands';
import { ApplicantAppointed, RankingPublished, SelectionResultsAnnounced, SkdResultRecorded } from './selection-round.events';
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
    command.source !== 'BKN_CAT_IMPORT' && { rule: RecruitmentRule.SKD_RESULT_NOT_IMPORTED, message: 'SKD results are imported from BKN CAT (source BKN_CAT_IMPORT), never entered by hand' },
    !command.importBatchId.trim() && { rule: RecruitmentRule.SKD_IMPORT_BATCH_REQUIRED, message: 'An SKD result must name the BKN import batch it came from' },
    !applicant && { rule: RecruitmentRule.APPLICANT_UNKNOWN, message: `No applicant ${command.applicantId} in this round` },
    applicant?.result && { rule: RecruitmentRule.SKD_RESULT_ALREADY_RECORDED, message: `Applicant ${applicant.registrationNumber} already has an SKD result` },
    !member && { rule: RecruitmentRule.PANEL_MEMBER_UNKNOWN, message: `No panel member ${command.recordedByMemberId} in this round` },
    member && own(member.recusedFrom, command.applicantId) && {
      rule: RecruitmentRule.PANEL_MEMBER_RECUSED,
      message: `Panel member ${member.memberId} is recused from applicant ${applicant?.registrationNumber ?? command.applicantId}`,
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
  refuseIfAny([!applicant && { rule: RecruitmentRule.APPLICANT_UNKNOWN, message: `No applicant ${command.applicantId} in this round` }]);
  const a = applicant!;
  refuseIfAny([
    a.ranking?.status !== 'LULUS' && {
      rule: RecruitmentRule.APPLICANT_NOT_SELECTED,
      message: `Applicant ${a.registrationNumber} is ${a.ranking?.status ?? 'not ranked'}; only LULUS applicants are appointed`,
    },
    a.appointedNip !== undefined && { rule: RecruitmentRule.APPLICANT_ALREADY_APPOINTED, message: `Applicant ${a.registrationNumber} is already appointed (NIP ${a.appointedNip})` },
    own(state.appointedNips, command.nip) && { rule: RecruitmentRule.NIP_ALREADY_ASSIGNED, message: `NIP ${command.nip} is already assigned in this round` },
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

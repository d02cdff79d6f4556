import { registrationNumberOf } from '../applicant-identity';
import { RecruitmentRule, RuleProblem } from '../recruitment.rules';
import { addYears } from '@kernel/calendar-date';
import { refuse, refuseIfAny, RuleProblem as AnyRuleProblem } from '@kernel/rules';
import { nikMatchesBirthDate, NikRule } from '@modules/shared/nik';
import { APPLICANT_AGE_RANGE } from '../recruitment.vocabulary';
import { findSkdReference } from '../skd-reference';
import { AddFormasi, CancelSelectionRound, CloseRegistration, OpenSelectionRound, RegisterApplicant } from './selection-round.commands';
import { ApplicantRegistered, FormasiAdded, RegistrationClosed, SelectionRoundCancelled, SelectionRoundOpened } from './selection-round.events';
import { FormasiState, own, SelectionRoundState } from './selection-round.state';

export function openSelectionRound(command: OpenSelectionRound): SelectionRoundOpened[] {
  const reference = findSkdReference(command.skdReferenceId);
  if (!reference) refuse(RecruitmentRule.SKD_REFERENCE_UNKNOWN, `Data acuan SKD ${command.skdReferenceId} tidak ada`);
  // The thresholds are the year's policy: a round may not borrow another year's pass marks.
  refuseIfAny([
    reference.year !== command.year && {
      rule: RecruitmentRule.SKD_REFERENCE_YEAR_MISMATCH,
      message: `Data acuan SKD ${reference.id} berlaku untuk tahun formasi ${reference.year}, bukan ${command.year}`,
    },
  ]);
  const { roundId, instansiId, year, name, at } = command;
  return [{ type: 'personnel.SelectionRoundOpened', data: { roundId, instansiId, year, name, skdReference: reference, openedAt: at } }];
}

export function addFormasi(command: AddFormasi, state: SelectionRoundState): FormasiAdded[] {
  const samePosition = Object.values(state.formasi).find((f) => f.unitId === command.unitId && f.positionId === command.positionId);
  refuseIfAny([
    own(state.formasi, command.formasiId) && { rule: RecruitmentRule.FORMASI_ALREADY_EXISTS, message: `Formasi ${command.formasiId} sudah ada dalam seleksi ini` },
    samePosition && {
      rule: RecruitmentRule.FORMASI_POSITION_ALREADY_OFFERED,
      message: `Jabatan ${command.positionId} di unit ${command.unitId} sudah dibuka sebagai formasi ${samePosition.formasiId} (satu formasi per jabatan, dengan kuotanya)`,
    },
    !(Number.isInteger(command.quota) && command.quota >= 1) && { rule: RecruitmentRule.FORMASI_QUOTA_INVALID, message: `Kuota harus bilangan bulat ≥ 1 (diberikan ${command.quota})` },
    ...postProblems(command, state),
  ]);
  const { type: _type, post: _post, ...formasi } = command;
  return [{ type: 'personnel.FormasiAdded', data: { roundId: state.roundId, ...formasi, educationMajors: [...formasi.educationMajors] } }];
}

/** The post must be a vacancy of this round's instansi, with room for the whole quota (DOMAIN.md §1.5). */
function postProblems({ post, positionId, quota }: AddFormasi, state: SelectionRoundState): AnyRuleProblem[] {
  if (post.problems.length > 0) return [...post.problems];
  if (post.instansiId !== state.instansiId) {
    return [{ rule: RecruitmentRule.FORMASI_OTHER_INSTANSI, message: `Jabatan ${positionId} milik ${post.instansiId}, bukan instansi seleksi ini (${state.instansiId})` }];
  }
  if (post.capacity === null) {
    return [
      {
        rule: RecruitmentRule.FORMASI_CAPACITY_UNRECORDED,
        message: `Kebutuhan (kapasitas) jabatan ${positionId} belum dicatat: catat dengan setPositionCapacity berdasarkan analisis beban kerja sebelum membuka formasi`,
      },
    ];
  }
  const vacant = post.capacity - post.definitiveHolders;
  if (Number.isInteger(quota) && quota > vacant) {
    return [
      {
        rule: RecruitmentRule.FORMASI_QUOTA_EXCEEDS_VACANCY,
        message: `Kuota ${quota} melebihi lowongan jabatan ${positionId}: kapasitas ${post.capacity}, terisi ${post.definitiveHolders}, sisa ${Math.max(vacant, 0)}`,
      },
    ];
  }
  return [];
}

export function registerApplicant(command: RegisterApplicant, state: SelectionRoundState): ApplicantRegistered[] {
  const formasi = own(state.formasi, command.formasiId);
  refuseIfAny([
    !formasi && { rule: RecruitmentRule.FORMASI_UNKNOWN, message: `Formasi ${command.formasiId} tidak ada dalam seleksi ini` },
    own(state.applicantByNik, command.nikDigest) && {
      rule: RecruitmentRule.APPLICANT_ALREADY_REGISTERED,
      message: 'NIK ini sudah terdaftar dalam seleksi ini (satu pendaftaran per orang per seleksi)',
    },
    own(state.applicants, command.applicantId) && { rule: RecruitmentRule.APPLICANT_ID_TAKEN, message: `Id pelamar ${command.applicantId} sudah dipakai` },
    formasi && educationProblem(command, formasi),
    ...nikProblems(command),
    formasi && ageProblem(command, formasi),
  ]);
  const order = state.applicantCount + 1;
  const { applicantId, formasiId, nikDigest, nikMasked, name, birthDate, educationLevel, educationMajor, at } = command;
  return [
    {
      type: 'personnel.ApplicantRegistered',
      data: {
        roundId: state.roundId,
        applicantId,
        formasiId,
        registrationNumber: registrationNumberOf(order),
        registrationOrder: order,
        nikDigest,
        nikMasked,
        name,
        birthDate,
        educationLevel,
        educationMajor: educationMajor ?? null,
        registeredAt: at,
      },
    },
  ];
}

/** The NIK must be well formed and encode the birth date given (DOMAIN.md §1.18). */
function nikProblems(command: RegisterApplicant): AnyRuleProblem[] {
  const reading = command.nikReading;
  if (!reading.ok) return [...reading.problems];
  if (nikMatchesBirthDate(reading.value, command.birthDate)) return [];
  return [
    {
      rule: NikRule.BIRTH_DATE_MISMATCH,
      message: `Tanggal lahir dalam NIK (${reading.value.birthMonthDay.slice(3)}-${reading.value.birthMonthDay.slice(0, 2)}-${reading.value.birthYear2}) tidak sama dengan tanggal lahir ${command.birthDate}`,
    },
  ];
}

/** Age on the day of registration within the formasi's limit (DOMAIN.md §1.19); the upper limit is inclusive of the whole year of that age. */
function ageProblem(command: RegisterApplicant, formasi: FormasiState): RuleProblem | undefined {
  const { min, max } = APPLICANT_AGE_RANGE[formasi.ageLimit ?? 'UMUM'];
  const today = command.at.slice(0, 10);
  if (today < addYears(command.birthDate, min)) {
    return { rule: RecruitmentRule.APPLICANT_TOO_YOUNG, message: `Pelamar lahir ${command.birthDate} belum berusia ${min} tahun pada ${today}` };
  }
  if (today >= addYears(command.birthDate, max + 1)) {
    return { rule: RecruitmentRule.APPLICANT_TOO_OLD, message: `Pelamar lahir ${command.birthDate} sudah lebih dari ${max} tahun pada ${today} (batas formasi ${formasi.ageLimit ?? 'UMUM'})` };
  }
  return undefined;
}

/**
 * [M] A CPNS formasi names one qualification: the level must match exactly (a higher degree does not
 * qualify for a lower-level formasi) and, when majors are listed, the applicant's major must be one of
 * them (compared without case or surrounding spaces).
 */
function educationProblem(command: RegisterApplicant, formasi: FormasiState): RuleProblem | undefined {
  if (command.educationLevel !== formasi.educationLevel) {
    return { rule: RecruitmentRule.EDUCATION_REQUIREMENT_NOT_MET, message: `Formasi ${formasi.formasiId} mensyaratkan pendidikan ${formasi.educationLevel}, bukan ${command.educationLevel}` };
  }
  if (formasi.educationMajors.length === 0) return undefined;
  const major = normalise(command.educationMajor ?? '');
  if (formasi.educationMajors.some((m) => normalise(m) === major)) return undefined;
  return {
    rule: RecruitmentRule.EDUCATION_REQUIREMENT_NOT_MET,
    message: `Formasi ${formasi.formasiId} menerima jurusan ${formasi.educationMajors.join(', ')}, bukan "${command.educationMajor ?? '(tidak diisi)'}"`,
  };
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id-ID');
}

export function closeRegistration(command: CloseRegistration, state: SelectionRoundState): RegistrationClosed[] {
  refuseIfAny([state.formasiOrder.length === 0 && { rule: RecruitmentRule.NO_FORMASI, message: 'Pendaftaran tidak dapat ditutup karena seleksi belum mempunyai formasi' }]);
  return [{ type: 'personnel.RegistrationClosed', data: { roundId: state.roundId, closedAt: command.at, applicantCount: state.applicantCount } }];
}

export function cancelSelectionRound(command: CancelSelectionRound, state: SelectionRoundState): SelectionRoundCancelled[] {
  return [{ type: 'personnel.SelectionRoundCancelled', data: { roundId: state.roundId, reason: command.reason, cancelledAt: command.at } }];
}

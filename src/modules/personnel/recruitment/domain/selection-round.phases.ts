import { refuse } from '@kernel/rules';
import { RecruitmentRule, RecruitmentRuleCode } from '../recruitment.rules';
import { RoundStatus } from '../recruitment.vocabulary';
import { SelectionRoundCommandType } from './selection-round.commands';
import { SelectionRoundState } from './selection-round.state';

type Phase = RoundStatus | 'NONE';

/**
 * Which commands each phase accepts, and the rule a refusal names. One table, so the lifecycle reads
 * in one place:
 *   REGISTRATION_OPEN → (CloseRegistration) → REGISTRATION_CLOSED → (PublishRanking) → RANKING_PUBLISHED
 *   → (AnnounceResults) → ANNOUNCED; CancelSelectionRound ends any phase before the announcement.
 * Conflict declarations and known relations are accepted in every live phase: a conflict found after the
 * fact is exactly what auditors need recorded. [M] SKD results only after registration closed: the
 * participant list is fixed before the test.
 */
const ACCEPTS: Record<SelectionRoundCommandType, { phases: readonly Phase[]; refusal: (phase: Phase) => RecruitmentRuleCode }> = {
  OpenSelectionRound: { phases: ['NONE'], refusal: () => RecruitmentRule.ROUND_ALREADY_OPENED },
  AddFormasi: { phases: ['REGISTRATION_OPEN'], refusal: () => RecruitmentRule.REGISTRATION_NOT_OPEN },
  RegisterApplicant: { phases: ['REGISTRATION_OPEN'], refusal: () => RecruitmentRule.REGISTRATION_NOT_OPEN },
  CloseRegistration: { phases: ['REGISTRATION_OPEN'], refusal: () => RecruitmentRule.REGISTRATION_NOT_OPEN },
  AppointPanelMember: { phases: ['REGISTRATION_OPEN', 'REGISTRATION_CLOSED'], refusal: () => RecruitmentRule.RANKING_ALREADY_PUBLISHED },
  DeclareConflictOfInterest: { phases: ['REGISTRATION_OPEN', 'REGISTRATION_CLOSED', 'RANKING_PUBLISHED', 'ANNOUNCED'], refusal: () => RecruitmentRule.ROUND_CANCELLED },
  RecordKnownRelation: { phases: ['REGISTRATION_OPEN', 'REGISTRATION_CLOSED', 'RANKING_PUBLISHED', 'ANNOUNCED'], refusal: () => RecruitmentRule.ROUND_CANCELLED },
  RecordSkdResult: { phases: ['REGISTRATION_CLOSED'], refusal: beforeOrAfterClosed },
  PublishRanking: { phases: ['REGISTRATION_CLOSED'], refusal: beforeOrAfterClosed },
  AnnounceResults: {
    phases: ['RANKING_PUBLISHED'],
    refusal: (phase) => (phase === 'ANNOUNCED' ? RecruitmentRule.RESULTS_ALREADY_ANNOUNCED : RecruitmentRule.RANKING_NOT_PUBLISHED),
  },
  AppointApplicant: { phases: ['ANNOUNCED'], refusal: () => RecruitmentRule.RESULTS_NOT_ANNOUNCED },
  RetryAppointmentRegistration: { phases: ['ANNOUNCED'], refusal: () => RecruitmentRule.RESULTS_NOT_ANNOUNCED },
  CancelSelectionRound: { phases: ['REGISTRATION_OPEN', 'REGISTRATION_CLOSED', 'RANKING_PUBLISHED'], refusal: () => RecruitmentRule.RESULTS_ALREADY_ANNOUNCED },
};

function beforeOrAfterClosed(phase: Phase): RecruitmentRuleCode {
  return phase === 'REGISTRATION_OPEN' ? RecruitmentRule.REGISTRATION_NOT_CLOSED : RecruitmentRule.RANKING_ALREADY_PUBLISHED;
}

const DESCRIBED: Record<Phase, string> = {
  NONE: 'seleksi belum dibuka',
  REGISTRATION_OPEN: 'pendaftaran masih dibuka',
  REGISTRATION_CLOSED: 'pendaftaran sudah ditutup',
  RANKING_PUBLISHED: 'peringkat sudah diumumkan',
  ANNOUNCED: 'hasil akhir sudah diumumkan',
  CANCELLED: 'seleksi sudah dibatalkan',
};

/** What each command does, for the refusal's sentence. */
const ACTION: Record<SelectionRoundCommandType, string> = {
  OpenSelectionRound: 'membuka seleksi',
  AddFormasi: 'menambah formasi',
  RegisterApplicant: 'mendaftarkan pelamar',
  CloseRegistration: 'menutup pendaftaran',
  AppointPanelMember: 'mengangkat anggota panitia',
  DeclareConflictOfInterest: 'menyatakan konflik kepentingan',
  RecordKnownRelation: 'mencatat hubungan yang diketahui',
  RecordSkdResult: 'mencatat hasil SKD',
  PublishRanking: 'mengumumkan peringkat',
  AnnounceResults: 'mengumumkan hasil akhir',
  AppointApplicant: 'mengangkat pelamar',
  RetryAppointmentRegistration: 'mengulang pencatatan pegawai hasil pengangkatan',
  CancelSelectionRound: 'membatalkan seleksi',
};

/** The rule a phase refusal names, in plain words: when the command is possible, or why it no longer is. */
const WHEN: Partial<Record<RecruitmentRuleCode, string>> = {
  [RecruitmentRule.REGISTRATION_NOT_OPEN]: 'hanya dapat dilakukan selama pendaftaran dibuka',
  [RecruitmentRule.REGISTRATION_NOT_CLOSED]: 'baru dapat dilakukan setelah pendaftaran ditutup (closeRegistration)',
  [RecruitmentRule.RANKING_ALREADY_PUBLISHED]: 'hanya dapat dilakukan sebelum peringkat diumumkan',
  [RecruitmentRule.RANKING_NOT_PUBLISHED]: 'baru dapat dilakukan setelah peringkat diumumkan (publishRanking)',
  [RecruitmentRule.RESULTS_ALREADY_ANNOUNCED]: 'hanya dapat dilakukan sebelum hasil akhir diumumkan',
  [RecruitmentRule.RESULTS_NOT_ANNOUNCED]: 'baru dapat dilakukan setelah hasil akhir diumumkan (announceResults)',
};

function refusalMessage(rule: RecruitmentRuleCode, kind: SelectionRoundCommandType, phase: Phase): string {
  const action = ACTION[kind];
  const when = WHEN[rule];
  if (when) return `${action.charAt(0).toUpperCase()}${action.slice(1)} ${when}; saat ini ${DESCRIBED[phase]}`;
  if (rule === RecruitmentRule.ROUND_ALREADY_OPENED) return 'Seleksi ini sudah dibuka: pakai id seleksi lain untuk seleksi baru';
  return `Tidak dapat ${action}: ${DESCRIBED[phase]}`;
}

/** Throws the phase rule when `kind` is not accepted in the round's current phase. */
export function assertPhaseAccepts(state: SelectionRoundState, kind: SelectionRoundCommandType): void {
  const { phases, refusal } = ACCEPTS[kind];
  if (phases.includes(state.status)) return;
  const rule =
    state.status === 'NONE'
      ? RecruitmentRule.ROUND_UNKNOWN
      : state.status === 'CANCELLED' && kind !== 'OpenSelectionRound'
        ? RecruitmentRule.ROUND_CANCELLED
        : refusal(state.status);
  refuse(rule, refusalMessage(rule, kind, state.status), { phase: state.status });
}

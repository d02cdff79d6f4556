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
  CancelSelectionRound: { phases: ['REGISTRATION_OPEN', 'REGISTRATION_CLOSED', 'RANKING_PUBLISHED'], refusal: () => RecruitmentRule.RESULTS_ALREADY_ANNOUNCED },
};

function beforeOrAfterClosed(phase: Phase): RecruitmentRuleCode {
  return phase === 'REGISTRATION_OPEN' ? RecruitmentRule.REGISTRATION_NOT_CLOSED : RecruitmentRule.RANKING_ALREADY_PUBLISHED;
}

const DESCRIBED: Record<Phase, string> = {
  NONE: 'the round has not been opened',
  REGISTRATION_OPEN: 'registration is open',
  REGISTRATION_CLOSED: 'registration is closed',
  RANKING_PUBLISHED: 'the ranking is published',
  ANNOUNCED: 'the results are announced',
  CANCELLED: 'the round is cancelled',
};

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
  refuse(rule, `${kind} is not possible: ${DESCRIBED[state.status]}`, { phase: state.status });
}

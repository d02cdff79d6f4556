import { assertNever, Decider } from '@kernel/decider';
import { isBlank, problem, refuse, refuseIfAny } from '@kernel/rules';
import { LegalBasis, legalBasisProblems } from '../../shared';
import { PerformanceRule as R } from '../performance.rules';
import { AwardEvent, nominationIdOf } from './award.events';
import { AwardPolicy, eligibleRun, YearFact } from './award.policy';
import { AwardRule as A } from './award.rules';

export interface AwardState {
  /** The employee's instansi as the last proposal recorded it (the feed's scope). */
  readonly instansiId: string | null;
  readonly pending: { readonly nominationId: string; readonly employeeId: string; readonly year: number; readonly years: readonly number[] } | null;
  /** Years counted by a confirmed award. */
  readonly counted: readonly number[];
  /** Nominations ever proposed (a year is proposed once, whatever the decision). */
  readonly proposed: readonly string[];
}

export interface ProposeAward {
  readonly type: 'ProposeAward';
  readonly employeeId: string;
  readonly instansiId: string;
  readonly year: number;
  readonly facts: readonly YearFact[];
  readonly policy: AwardPolicy;
  readonly at: string;
}

interface Decision {
  readonly nominationId: string;
  readonly decidedOn: string;
  readonly reason: string;
  readonly by: string;
}

export interface ConfirmAward extends Decision {
  readonly type: 'ConfirmAward';
  /** The closed annual predicates now (a correction may have undone the run). */
  readonly facts: readonly YearFact[];
  readonly policy: AwardPolicy;
  readonly employee: { readonly instansiId: string; readonly unitId: string; readonly name: string; readonly hukdisActive: boolean };
  readonly legalBasis: LegalBasis | null;
}

export interface RejectAward extends Decision {
  readonly type: 'RejectAward';
}

export type AwardCommand = ProposeAward | ConfirmAward | RejectAward;

function evolve(state: AwardState, event: AwardEvent): AwardState {
  switch (event.type) {
    case 'performance.PerformanceAwardProposed':
      return { ...state, instansiId: event.data.instansiId, pending: { nominationId: event.data.nominationId, employeeId: event.data.employeeId, year: event.data.year, years: event.data.years }, proposed: [...state.proposed, event.data.nominationId] };
    case 'performance.PerformanceAwardConfirmed':
      return { ...state, pending: null, counted: [...state.counted, ...(state.pending?.years ?? [])] };
    case 'performance.PerformanceAwardRejected':
      return { ...state, pending: null };
    default:
      return assertNever(event);
  }
}

/**
 * The system proposes (DOMAIN checklist 21's pattern, as for Satyalancana): nothing when the rule is
 * not met, a nomination is pending, or the year was proposed before — a proposal is a suggestion, so
 * "not eligible" is no error. A person confirms or rejects, with a reason.
 */
function decide(command: AwardCommand, state: AwardState): AwardEvent[] {
  switch (command.type) {
    case 'ProposeAward': {
      const nominationId = nominationIdOf(command.employeeId, command.year);
      if (state.pending || state.proposed.includes(nominationId)) return [];
      const years = eligibleRun(command.year, command.facts, state.counted, command.policy);
      if (!years) return [];
      const { employeeId, instansiId, year } = command;
      return [{ type: 'performance.PerformanceAwardProposed', data: { nominationId, employeeId, instansiId, award: command.policy.award, year, years, policyVersion: command.policy.version, proposedAt: command.at } }];
    }
    case 'ConfirmAward': {
      const pending = requirePending(state, command.nominationId);
      refuseIfAny([
        ...decisionProblems(command),
        ...(command.legalBasis ? legalBasisProblems(command.legalBasis) : []),
        !eligibleRun(pending.year, command.facts, state.counted, command.policy) && problem(A.AWARD_NO_LONGER_ELIGIBLE, `Predikat tahun ${pending.years.join(' dan ')} tidak lagi memenuhi syarat penghargaan (koreksi penilaian)`),
        // DOMAIN checklist 20: an active punishment blocks awards for its duration.
        command.employee.hukdisActive && problem(A.AWARD_BLOCKED_BY_HUKDIS, 'Pegawai sedang menjalani hukuman disiplin; penghargaan tidak dapat diberikan'),
      ]);
      const { instansiId, unitId, name } = command.employee;
      return [
        {
          type: 'performance.PerformanceAwardConfirmed',
          data: { nominationId: pending.nominationId, employeeId: pending.employeeId, instansiId, unitId, employeeName: name, award: command.policy.award, year: pending.year, decidedOn: command.decidedOn, reason: command.reason, legalBasis: command.legalBasis, decidedBy: command.by },
        },
      ];
    }
    case 'RejectAward': {
      const pending = requirePending(state, command.nominationId);
      refuseIfAny(decisionProblems(command));
      return [{ type: 'performance.PerformanceAwardRejected', data: { nominationId: pending.nominationId, employeeId: pending.employeeId, decidedOn: command.decidedOn, reason: command.reason, decidedBy: command.by } }];
    }
    default:
      return assertNever(command);
  }
}

function requirePending(state: AwardState, nominationId: string): NonNullable<AwardState['pending']> {
  if (!state.pending || state.pending.nominationId !== nominationId) refuse(A.AWARD_NOMINATION_NOT_PENDING, `Usulan ${nominationId} tidak sedang menunggu keputusan`);
  return state.pending;
}

function decisionProblems(command: Decision) {
  return [isBlank(command.reason) && problem(R.REASON_REQUIRED, 'Alasan keputusan wajib diisi'), isBlank(command.decidedOn) && problem(A.AWARD_DECISION_INCOMPLETE, 'Tanggal keputusan wajib diisi')];
}

export const awardDecider: Decider<AwardCommand, AwardEvent, AwardState> = {
  initialState: () => ({ instansiId: null, pending: null, counted: [], proposed: [] }),
  evolve,
  decide,
};

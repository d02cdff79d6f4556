import { EmploymentType, RetirementKind } from './employment';
import { ConfirmAward, ProposeAward, RejectAward } from './employee.commands';
import { EmployeeEvent } from './employee.events';
import { requireActive, requireRegistered } from './employee.guards';
import { EmployeeRecord, EmployeeState, PendingNomination } from './employee.state';
import { dateProblems, reasonProblems, requiredTextProblems } from '@kernel/rules';
import { legalBasisProblems } from '@modules/shared/legal-basis';
import { RuleProblem, refuse, refuseAll, refuseIfAny } from '@kernel/rules';
import { checkSatyalancana, hukdisDisqualification } from './satyalancana';

export const AwardDecisionRule = {
  PNS_ONLY: 'PERSONNEL.AWARD_PNS_ONLY',
  NOMINATION_PENDING: 'PERSONNEL.AWARD_NOMINATION_PENDING',
  NOMINATION_NOT_PENDING: 'PERSONNEL.AWARD_NOMINATION_NOT_PENDING',
  BARRED_BY_PTDH: 'PERSONNEL.AWARD_BARRED_BY_PTDH',
} as const;

// DOMAIN checklist 21: the system proposes; a person confirms or rejects.
export function decideProposeAward(command: ProposeAward, state: EmployeeState): EmployeeEvent[] {
  const employee = requireActive(state);
  if (employee.employmentType !== EmploymentType.PNS) {
    return refuse(AwardDecisionRule.PNS_ONLY, 'Satyalancana Karya Satya menghitung masa kerja sejak TMT CPNS, jadi hanya untuk PNS');
  }
  const pending = employee.pendingNomination;
  if (pending) return refuse(AwardDecisionRule.NOMINATION_PENDING, `Usulan ${pending.nominationId} (${pending.awardClass}) masih menunggu keputusan`);
  refuseIfAny([...requiredTextProblems({ nominationId: command.nominationId }), ...dateProblems({ asOf: command.asOf })]);
  // Service counts from the recorded TMT CPNS; registration compared it with NIP digits 9–14 and warned on a mismatch.
  const eligibility = checkSatyalancana({ tmtCpns: employee.tmt, asOf: command.asOf, hukdis: employee.hukdis, awarded: employee.awarded });
  if (!eligibility.ok) return refuseAll(eligibility.problems);
  const { awardClass, serviceYears } = eligibility.value;
  return [
    {
      type: 'personnel.AwardNominationProposed',
      data: {
        employeeId: employee.employeeId,
        nominationId: command.nominationId,
        award: 'SATYALANCANA_KARYA_SATYA',
        awardClass,
        serviceYears,
        tmtCpns: employee.tmt,
        asOf: command.asOf,
      },
    },
  ];
}

/** Decisions on a nomination proposed while serving remain possible after retirement, except after PTDH. */
export function decideConfirmAward(command: ConfirmAward, state: EmployeeState): EmployeeEvent[] {
  const employee = requireRegistered(state);
  // PP 25/1994: the award is revoked after a dishonourable discharge, so it is not conferred after one.
  if (employee.retirement?.kind === RetirementKind.PTDH) {
    return refuse(AwardDecisionRule.BARRED_BY_PTDH, 'Pegawai diberhentikan tidak dengan hormat (PTDH); tanda kehormatan tidak dapat dianugerahkan');
  }
  const pending = requirePending(employee, command.nominationId);
  const problems = [...decisionProblems(command), ...(command.legalBasis ? legalBasisProblems(command.legalBasis) : [])];
  // A sedang or berat punishment recorded after the proposal still disqualifies.
  problems.push(...hukdisDisqualification(employee.hukdis));
  refuseIfAny(problems);
  return [
    {
      type: 'personnel.AwardNominationConfirmed',
      data: {
        employeeId: employee.employeeId,
        nominationId: pending.nominationId,
        awardClass: pending.awardClass,
        decidedOn: command.decidedOn,
        reason: command.reason.trim(),
        legalBasis: command.legalBasis ?? null,
      },
    },
  ];
}

export function decideRejectAward(command: RejectAward, state: EmployeeState): EmployeeEvent[] {
  const employee = requireRegistered(state);
  const pending = requirePending(employee, command.nominationId);
  refuseIfAny(decisionProblems(command));
  return [
    {
      type: 'personnel.AwardNominationRejected',
      data: {
        employeeId: employee.employeeId,
        nominationId: pending.nominationId,
        awardClass: pending.awardClass,
        decidedOn: command.decidedOn,
        reason: command.reason.trim(),
      },
    },
  ];
}

function requirePending(employee: EmployeeRecord, nominationId: string): PendingNomination {
  const pending = employee.pendingNomination;
  if (!pending || pending.nominationId !== nominationId) {
    return refuse(AwardDecisionRule.NOMINATION_NOT_PENDING, `Usulan ${nominationId} tidak sedang menunggu keputusan`);
  }
  return pending;
}

function decisionProblems(command: { decidedOn: string; reason: string }): RuleProblem[] {
  return [...dateProblems({ decidedOn: command.decidedOn }), ...reasonProblems(command.reason)];
}

import { isIsoDate } from '@kernel/calendar-date';
import { ActingKind } from './employment';
import { actingProblems } from './acting-rules';
import { EndActingAssignment, StartActingAssignment, TransferEmployee } from './employee.commands';
import { EmployeeEvent } from './employee.events';
import { requireActive } from './employee.guards';
import { ActingAssignment, EmployeeState } from './employee.state';
import { dateProblems, reasonProblems, requiredTextProblems, valueProblems } from '@kernel/rules';
import { legalBasisProblems } from '@modules/shared/legal-basis';
import { RuleProblem, problem, refuse, refuseIfAny } from '@kernel/rules';

export const PlacementRule = {
  TRANSFER_TO_SAME_POSITION: 'PERSONNEL.TRANSFER_TO_SAME_POSITION',
  ACTING_UNTIL_BEFORE_FROM: 'PERSONNEL.ACTING_ASSIGNMENT_UNTIL_BEFORE_FROM',
  ACTING_ON_OWN_POSITION: 'PERSONNEL.ACTING_ON_OWN_POSITION',
  ACTING_OVERLAPS: 'PERSONNEL.ACTING_ASSIGNMENT_OVERLAPS',
  ACTING_ID_TAKEN: 'PERSONNEL.ACTING_ASSIGNMENT_ID_TAKEN',
  ACTING_NOT_FOUND: 'PERSONNEL.ACTING_ASSIGNMENT_NOT_FOUND',
  ACTING_ALREADY_ENDED: 'PERSONNEL.ACTING_ASSIGNMENT_ALREADY_ENDED',
  ACTING_END_OUTSIDE_PERIOD: 'PERSONNEL.ACTING_ASSIGNMENT_END_OUTSIDE_PERIOD',
} as const;

export function decideTransfer(command: TransferEmployee, state: EmployeeState): EmployeeEvent[] {
  const employee = requireActive(state);
  const from = { unitId: employee.unitId, positionId: employee.positionId };
  const to = { unitId: command.toUnitId, positionId: command.toPositionId };
  const problems = [
    ...requiredTextProblems({ toUnitId: to.unitId, toPositionId: to.positionId }),
    ...dateProblems({ effectiveDate: command.effectiveDate }),
    ...legalBasisProblems(command.legalBasis),
  ];
  if (to.unitId === from.unitId && to.positionId === from.positionId) {
    problems.push(problem(PlacementRule.TRANSFER_TO_SAME_POSITION, 'Pegawai sudah menduduki jabatan ini di unit ini'));
  }
  refuseIfAny(problems);
  return [{ type: 'personnel.EmployeeTransferred', data: { employeeId: employee.employeeId, from, to, effectiveDate: command.effectiveDate, legalBasis: command.legalBasis } }];
}

/** The last day an assignment covers: its planned `until`, or the day it was ended. */
function lastDay(assignment: ActingAssignment): string {
  return assignment.endedOn ?? assignment.until;
}

export function decideStartActing(command: StartActingAssignment, state: EmployeeState): EmployeeEvent[] {
  const employee = requireActive(state);
  const problems: RuleProblem[] = [
    ...requiredTextProblems({ assignmentId: command.assignmentId, positionId: command.positionId, unitId: command.unitId }),
    ...dateProblems({ from: command.from, until: command.until }),
    ...legalBasisProblems(command.legalBasis),
    ...valueProblems({ kind: Object.values(ActingKind).includes(command.kind) }),
  ];
  if (employee.acting.some((a) => a.assignmentId === command.assignmentId)) {
    problems.push(problem(PlacementRule.ACTING_ID_TAKEN, `Penugasan Plt/Plh ${command.assignmentId} sudah ada`));
  }
  if (command.positionId === employee.positionId) {
    problems.push(problem(PlacementRule.ACTING_ON_OWN_POSITION, 'Pegawai tidak dapat menjadi Plt/Plh pada jabatan yang didudukinya sendiri'));
  }
  if (isIsoDate(command.from) && isIsoDate(command.until)) {
    problems.push(...periodProblems(command, employee.acting));
    if (Object.values(ActingKind).includes(command.kind)) problems.push(...actingProblems(command.kind, command.from, command.until, command.posts, command.positionId));
  }
  refuseIfAny(problems);
  const { assignmentId, kind, positionId, unitId, from, until, legalBasis } = command;
  return [{ type: 'personnel.ActingAssignmentStarted', data: { employeeId: employee.employeeId, assignmentId, kind, positionId, unitId, from, until, legalBasis } }];
}

function periodProblems(command: StartActingAssignment, existing: readonly ActingAssignment[]): RuleProblem[] {
  if (command.until < command.from) {
    return [problem(PlacementRule.ACTING_UNTIL_BEFORE_FROM, `Penugasan berakhir (${command.until}) sebelum dimulai (${command.from})`)];
  }
  const overlapping = existing.filter((a) => a.positionId === command.positionId && a.from <= command.until && command.from <= lastDay(a));
  if (overlapping.length === 0) return [];
  const list = overlapping.map((a) => `${a.assignmentId} (${a.from} … ${lastDay(a)})`).join(', ');
  return [problem(PlacementRule.ACTING_OVERLAPS, `Bertumpang tindih dengan penugasan Plt/Plh lain pada jabatan yang sama: ${list}`)];
}

export function decideEndActing(command: EndActingAssignment, state: EmployeeState): EmployeeEvent[] {
  const employee = requireActive(state);
  const assignment = employee.acting.find((a) => a.assignmentId === command.assignmentId);
  if (!assignment) return refuse(PlacementRule.ACTING_NOT_FOUND, `Penugasan Plt/Plh ${command.assignmentId} tidak ada`);
  if (assignment.endedOn !== null) return refuse(PlacementRule.ACTING_ALREADY_ENDED, `Penugasan Plt/Plh ${command.assignmentId} sudah berakhir pada ${assignment.endedOn}`);
  const problems = [...dateProblems({ endedOn: command.endedOn }), ...reasonProblems(command.reason)];
  if (isIsoDate(command.endedOn) && (command.endedOn < assignment.from || command.endedOn > assignment.until)) {
    problems.push(problem(PlacementRule.ACTING_END_OUTSIDE_PERIOD, `Tanggal berakhir harus dalam masa penugasan ${assignment.from} … ${assignment.until}`));
  }
  refuseIfAny(problems);
  return [
    {
      type: 'personnel.ActingAssignmentEnded',
      data: { employeeId: employee.employeeId, assignmentId: command.assignmentId, endedOn: command.endedOn, reason: command.reason.trim() },
    },
  ];
}

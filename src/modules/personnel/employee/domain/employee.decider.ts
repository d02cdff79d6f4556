import { Decider } from '@kernel/decider';
import { EmployeeCommand } from './employee.commands';
import { decideConfirmAward, decideProposeAward, decideRejectAward } from './employee.decide-awards';
import { decidePromote, decideRecordHukdis, decideRetire } from './employee.decide-career';
import { decideReassignIdentifier } from './employee.decide-identifier';
import { decideCorrect, decideRegister } from './employee.decide-identity';
import { decideCorrection } from './employee.decide-correction-dispatch';
import { decideImport } from './employee.decide-import';
import { decideEndActing, decideStartActing, decideTransfer } from './employee.decide-placement';
import { EmployeeEvent } from './employee.events';
import { EmployeeState, evolveEmployee, initialEmployeeState } from './employee.state';

/** Stream of one employee's personnel record. */
export function employeeStreamId(employeeId: string): string {
  return `personnel-employee-${employeeId}`;
}

export function decideEmployee(command: EmployeeCommand, state: EmployeeState): EmployeeEvent[] {
  switch (command.type) {
    case 'RegisterEmployee':
      return decideRegister(command, state);
    case 'CorrectEmployeeData':
      return decideCorrect(command, state);
    case 'ReassignIdentifier':
      return decideReassignIdentifier(command, state);
    case 'TransferEmployee':
      return decideTransfer(command, state);
    case 'StartActingAssignment':
      return decideStartActing(command, state);
    case 'EndActingAssignment':
      return decideEndActing(command, state);
    case 'PromoteEmployee':
      return decidePromote(command, state);
    case 'RecordDisciplinaryAction':
      return decideRecordHukdis(command, state);
    case 'ProposeAward':
      return decideProposeAward(command, state);
    case 'ConfirmAward':
      return decideConfirmAward(command, state);
    case 'RejectAward':
      return decideRejectAward(command, state);
    case 'RetireEmployee':
      return decideRetire(command, state);
    case 'ImportEmployee':
      return decideImport(command, state);
    default:
      return decideCorrection(command, state);
  }
}

/** The Employee aggregate: one stream per employee (see `employeeStreamId`). */
export const employeeDecider: Decider<EmployeeCommand, EmployeeEvent, EmployeeState> = {
  initialState: initialEmployeeState,
  evolve: evolveEmployee,
  decide: decideEmployee,
};

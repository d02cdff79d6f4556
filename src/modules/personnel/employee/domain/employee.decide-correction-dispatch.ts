import { assertNever } from '@kernel/decider';
import { CorrectionCommand } from './employee.correction-commands';
import { decideAnnulCareerAction } from './employee.decide-annulment';
import { decideCorrectEmploymentType, decideCorrectGolongan, decideCorrectNip, decideCorrectTmt } from './employee.decide-corrections';
import { EmployeeEvent } from './employee.events';
import { EmployeeState } from './employee.state';

/** Corrections and annulments: the compensating commands of the Employee aggregate. */
export function decideCorrection(command: CorrectionCommand, state: EmployeeState): EmployeeEvent[] {
  switch (command.type) {
    case 'CorrectGolongan':
      return decideCorrectGolongan(command, state);
    case 'CorrectTmt':
      return decideCorrectTmt(command, state);
    case 'CorrectEmploymentType':
      return decideCorrectEmploymentType(command, state);
    case 'CorrectNip':
      return decideCorrectNip(command, state);
    case 'AnnulCareerAction':
      return decideAnnulCareerAction(command, state);
    default:
      return assertNever(command);
  }
}

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { deriveId } from '@kernel/ids';
import { EmployeeCommands, EmployeeResult } from '../shared/employee-commands';
import { legalBasisOf } from '../shared/employee.input-fields';
import { RecordDisciplinaryActionCommand } from './record-disciplinary-action.command';

@CommandHandler(RecordDisciplinaryActionCommand)
export class RecordDisciplinaryActionHandler implements ICommandHandler<RecordDisciplinaryActionCommand, EmployeeResult> {
  constructor(private readonly employees: EmployeeCommands) {}

  execute({ input, context }: RecordDisciplinaryActionCommand): Promise<EmployeeResult> {
    const { employeeId, hukdisType, decidedAt, effectiveFrom, description } = input;
    const hukdisId = input.hukdisId ?? deriveId('hukdis', context.commandId);
    return this.employees.execute(employeeId, context, () => ({
      type: 'RecordDisciplinaryAction',
      employeeId,
      hukdisId,
      hukdisType,
      decidedAt,
      effectiveFrom,
      legalBasis: legalBasisOf(input.legalBasis),
      description,
    }));
  }
}

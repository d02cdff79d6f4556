import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { EmployeeResult } from '../shared/employee-commands';
import { RecordDisciplinaryActionInput } from './record-disciplinary-action.input';

export class RecordDisciplinaryActionCommand extends Command<EmployeeResult> {
  constructor(
    readonly input: RecordDisciplinaryActionInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

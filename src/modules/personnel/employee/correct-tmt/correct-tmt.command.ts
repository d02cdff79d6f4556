import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { EmployeeResult } from '../shared/employee-commands';
import { CorrectTmtInput } from './correct-tmt.input';

export class CorrectTmtCommand extends Command<EmployeeResult> {
  constructor(
    readonly input: CorrectTmtInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

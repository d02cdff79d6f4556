import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { EmployeeResult } from '../shared/employee-commands';
import { ProposeAwardInput } from './propose-award.input';

export class ProposeAwardCommand extends Command<EmployeeResult> {
  constructor(
    readonly input: ProposeAwardInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

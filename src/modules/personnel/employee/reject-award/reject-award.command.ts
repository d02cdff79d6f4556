import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { EmployeeResult } from '../shared/employee-commands';
import { RejectAwardInput } from './reject-award.input';

export class RejectAwardCommand extends Command<EmployeeResult> {
  constructor(
    readonly input: RejectAwardInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

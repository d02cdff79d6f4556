import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { EmployeeResult } from '../shared/employee-commands';
import { ReassignIdentifierInput } from './reassign-identifier.input';

export class ReassignIdentifierCommand extends Command<EmployeeResult> {
  constructor(
    readonly input: ReassignIdentifierInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { EmployeeResult } from '../shared/employee-commands';
import { StartActingAssignmentInput } from './start-acting-assignment.input';

export class StartActingAssignmentCommand extends Command<EmployeeResult> {
  constructor(
    readonly input: StartActingAssignmentInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

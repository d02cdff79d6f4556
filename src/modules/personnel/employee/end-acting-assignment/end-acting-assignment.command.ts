import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { EmployeeResult } from '../shared/employee-commands';
import { EndActingAssignmentInput } from './end-acting-assignment.input';

export class EndActingAssignmentCommand extends Command<EmployeeResult> {
  constructor(
    readonly input: EndActingAssignmentInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

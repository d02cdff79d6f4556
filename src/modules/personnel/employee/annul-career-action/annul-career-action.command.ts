import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { EmployeeResult } from '../shared/employee-commands';
import { AnnulCareerActionInput } from './annul-career-action.input';

export class AnnulCareerActionCommand extends Command<EmployeeResult> {
  constructor(
    readonly input: AnnulCareerActionInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

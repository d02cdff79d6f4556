import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { AppointApplicantInput } from './appoint-applicant.input';
import { SelectionRoundResult } from '../shared/selection-round-commands';

export class AppointApplicantCommand extends Command<SelectionRoundResult> {
  constructor(
    readonly input: AppointApplicantInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

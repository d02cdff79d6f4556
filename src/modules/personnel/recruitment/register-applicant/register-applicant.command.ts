import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { RegisterApplicantInput } from './register-applicant.input';
import { SelectionRoundResult } from '../shared/selection-round-commands';

export type RegisterApplicantResult = SelectionRoundResult & { applicantId: string };

export class RegisterApplicantCommand extends Command<RegisterApplicantResult> {
  constructor(
    readonly input: RegisterApplicantInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

import { CommandContext } from '../../../../kernel/command-handling';
import { RegisterApplicantInput } from './register-applicant.input';

export class RegisterApplicantCommand {
  constructor(
    readonly input: RegisterApplicantInput,
    readonly context: CommandContext,
  ) {}
}

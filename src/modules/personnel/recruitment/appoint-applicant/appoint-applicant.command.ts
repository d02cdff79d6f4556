import { CommandContext } from '../../../../kernel/command-handling';
import { AppointApplicantInput } from './appoint-applicant.input';

export class AppointApplicantCommand {
  constructor(
    readonly input: AppointApplicantInput,
    readonly context: CommandContext,
  ) {}
}

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { deriveId } from '@kernel/ids';
import { parseNik } from '@modules/shared/nik';
import { SelectionRoundCommands, SelectionRoundResult } from '../shared/selection-round-commands';
import { NikProtector } from './nik-protector';
import { RegisterApplicantCommand, RegisterApplicantResult } from './register-applicant.command';


@CommandHandler(RegisterApplicantCommand)
export class RegisterApplicantHandler implements ICommandHandler<RegisterApplicantCommand, RegisterApplicantResult> {
  constructor(
    private readonly rounds: SelectionRoundCommands,
    private readonly nik: NikProtector,
  ) {}

  async execute({ input, context }: RegisterApplicantCommand): Promise<RegisterApplicantResult> {
    const applicantId = input.applicantId ?? deriveId('applicant', context.commandId);
    const { formasiId, name, birthDate, educationLevel, educationMajor } = input;
    const result = await this.rounds.execute(
      input.roundId,
      {
        type: 'RegisterApplicant',
        applicantId,
        formasiId,
        nikDigest: this.nik.digest(input.nik),
        nikMasked: this.nik.mask(input.nik),
        nikReading: parseNik(input.nik),
        name: name.trim(),
        birthDate,
        educationLevel,
        educationMajor: educationMajor?.trim(),
        at: context.occurredAt,
      },
      context,
    );
    return { ...result, applicantId };
  }
}

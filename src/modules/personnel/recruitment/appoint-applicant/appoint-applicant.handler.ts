import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { deriveId } from '@kernel/ids';
import { SelectionRoundCommands, SelectionRoundResult } from '../shared/selection-round-commands';
import { AppointApplicantCommand } from './appoint-applicant.command';

@CommandHandler(AppointApplicantCommand)
export class AppointApplicantHandler implements ICommandHandler<AppointApplicantCommand, SelectionRoundResult> {
  constructor(private readonly rounds: SelectionRoundCommands) {}

  execute({ input, context }: AppointApplicantCommand): Promise<SelectionRoundResult> {
    const { roundId, applicantId, nip, tmtCpns, golongan } = input;
    // One employee per appointed applicant, whatever command appoints them.
    const employeeId = deriveId('employee', 'recruitment', roundId, applicantId);
    return this.rounds.execute(roundId, { type: 'AppointApplicant', applicantId, employeeId, nip, tmtCpns, golongan, at: context.occurredAt }, context);
  }
}

import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { deriveId } from '@kernel/ids';
import { registrationOf } from '../appointment.process-manager';
import { selectionRoundDecider } from '../domain/selection-round.decider';
import { ApplicantAppointed } from '../domain/selection-round.events';
import { SelectionRoundState } from '../domain/selection-round.state';
import { EMPLOYEE_REGISTRAR, EmployeeRegistrar } from '../employee-registrar.port';
import { SelectionRoundCommands, SelectionRoundResult } from '../shared/selection-round-commands';
import { AppointApplicantCommand } from './appoint-applicant.command';
import { AppointApplicant } from '../domain/selection-round.commands';

/**
 * An appointment stands only if the employee record will take it: before deciding, the round's own
 * rules run (so their refusal comes first), then the employee module's registration rules on the
 * registration the appointment would start — the same rule set, refused with the employee's codes.
 */
@CommandHandler(AppointApplicantCommand)
export class AppointApplicantHandler implements ICommandHandler<AppointApplicantCommand, SelectionRoundResult> {
  constructor(
    private readonly rounds: SelectionRoundCommands,
    @Inject(EMPLOYEE_REGISTRAR) private readonly registrar: EmployeeRegistrar,
  ) {}

  execute({ input, context }: AppointApplicantCommand): Promise<SelectionRoundResult> {
    const { roundId, applicantId, nip, tmtCpns, golongan } = input;
    // One employee per appointed applicant, whatever command appoints them.
    const employeeId = deriveId('employee', 'recruitment', roundId, applicantId);
    const command: AppointApplicant = { type: 'AppointApplicant', applicantId, employeeId, nip, tmtCpns, golongan, at: context.occurredAt };
    return this.rounds.execute(roundId, command, context, (state) => this.registrationHolds(command, state));
  }

  private async registrationHolds(command: AppointApplicant, state: SelectionRoundState): Promise<void> {
    // The round's decider first: its own refusal (phase, ranking, NIP) is the one to report.
    const appointed = selectionRoundDecider.decide(command, state).find((e): e is ApplicantAppointed => e.type === 'personnel.ApplicantAppointed');
    if (appointed) await this.registrar.check(registrationOf(appointed.data), command.at);
  }
}

import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ReadModels } from '@infrastructure/projections/read-models';
import { registrationOf } from '../appointment.process-manager';
import { EMPLOYEE_REGISTRAR, EmployeeRegistrar } from '../employee-registrar.port';
import { APPOINTMENT_OUTCOMES, AppointmentOutcome } from '../read-models/appointment-outcomes/appointment-outcome.schema';
import { SelectionRoundCommands, SelectionRoundResult } from '../shared/selection-round-commands';
import { RetryAppointmentRegistrationCommand } from './retry-appointment-registration.command';

/**
 * A retry is accepted only for a failed registration (the process manager's outcome, read here), and
 * only if the employee record would now take it: the same registration rules run first, so a retry
 * whose cause was not corrected is refused with that cause instead of failing again.
 */
@CommandHandler(RetryAppointmentRegistrationCommand)
export class RetryAppointmentRegistrationHandler implements ICommandHandler<RetryAppointmentRegistrationCommand, SelectionRoundResult> {
  constructor(
    private readonly rounds: SelectionRoundCommands,
    private readonly readModels: ReadModels,
    @Inject(EMPLOYEE_REGISTRAR) private readonly registrar: EmployeeRegistrar,
  ) {}

  async execute({ input, context }: RetryAppointmentRegistrationCommand): Promise<SelectionRoundResult> {
    const { roundId, applicantId } = input;
    const outcome = await this.readModels.collection<AppointmentOutcome>(APPOINTMENT_OUTCOMES).findById(applicantId);
    const status = outcome && outcome.roundId === roundId ? outcome.status : null;
    return this.rounds.execute(roundId, { type: 'RetryAppointmentRegistration', applicantId, outcome: status, at: context.occurredAt }, context, async (state) => {
      const appointment = state.applicants[applicantId]?.appointment;
      if (appointment && status === 'FAILED') await this.registrar.check(registrationOf(appointment), context.occurredAt);
    });
  }
}

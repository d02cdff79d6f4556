import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { SelectionRoundResult } from '../shared/selection-round-commands';
import { RetryAppointmentRegistrationInput } from './retry-appointment-registration.input';

export class RetryAppointmentRegistrationCommand extends Command<SelectionRoundResult> {
  constructor(
    readonly input: RetryAppointmentRegistrationInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

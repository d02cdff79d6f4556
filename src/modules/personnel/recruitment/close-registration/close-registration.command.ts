import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { CloseRegistrationInput } from './close-registration.input';
import { SelectionRoundResult } from '../shared/selection-round-commands';

export class CloseRegistrationCommand extends Command<SelectionRoundResult> {
  constructor(
    readonly input: CloseRegistrationInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

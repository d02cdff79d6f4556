import { CommandContext } from '../../../../kernel/command-handling';
import { CloseRegistrationInput } from './close-registration.input';

export class CloseRegistrationCommand {
  constructor(
    readonly input: CloseRegistrationInput,
    readonly context: CommandContext,
  ) {}
}

import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { CancelSelectionRoundInput } from './cancel-selection-round.input';
import { SelectionRoundResult } from '../shared/selection-round-commands';

export class CancelSelectionRoundCommand extends Command<SelectionRoundResult> {
  constructor(
    readonly input: CancelSelectionRoundInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

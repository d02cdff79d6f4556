import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { OpenSelectionRoundInput } from './open-selection-round.input';
import { SelectionRoundResult } from '../shared/selection-round-commands';

export type OpenSelectionRoundResult = SelectionRoundResult & { roundId: string };

export class OpenSelectionRoundCommand extends Command<OpenSelectionRoundResult> {
  constructor(
    readonly input: OpenSelectionRoundInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

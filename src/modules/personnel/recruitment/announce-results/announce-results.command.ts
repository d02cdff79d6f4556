import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { AnnounceResultsInput } from './announce-results.input';
import { SelectionRoundResult } from '../shared/selection-round-commands';

export class AnnounceResultsCommand extends Command<SelectionRoundResult> {
  constructor(
    readonly input: AnnounceResultsInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

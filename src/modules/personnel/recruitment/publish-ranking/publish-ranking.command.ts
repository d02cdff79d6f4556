import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { PublishRankingInput } from './publish-ranking.input';
import { SelectionRoundResult } from '../shared/selection-round-commands';

export class PublishRankingCommand extends Command<SelectionRoundResult> {
  constructor(
    readonly input: PublishRankingInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

import { CommandContext } from '../../../../kernel/command-handling';
import { PublishRankingInput } from './publish-ranking.input';

export class PublishRankingCommand {
  constructor(
    readonly input: PublishRankingInput,
    readonly context: CommandContext,
  ) {}
}

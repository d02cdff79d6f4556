import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SelectionRoundCommands, SelectionRoundResult } from '../shared/selection-round-commands';
import { PublishRankingCommand } from './publish-ranking.command';

@CommandHandler(PublishRankingCommand)
export class PublishRankingHandler implements ICommandHandler<PublishRankingCommand, SelectionRoundResult> {
  constructor(private readonly rounds: SelectionRoundCommands) {}

  execute({ input, context }: PublishRankingCommand): Promise<SelectionRoundResult> {
    return this.rounds.execute(input.roundId, { type: 'PublishRanking', at: context.occurredAt }, context);
  }
}

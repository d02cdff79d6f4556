import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SelectionRoundCommands, SelectionRoundResult } from '../shared/selection-round-commands';
import { AnnounceResultsCommand } from './announce-results.command';

@CommandHandler(AnnounceResultsCommand)
export class AnnounceResultsHandler implements ICommandHandler<AnnounceResultsCommand, SelectionRoundResult> {
  constructor(private readonly rounds: SelectionRoundCommands) {}

  execute({ input, context }: AnnounceResultsCommand): Promise<SelectionRoundResult> {
    return this.rounds.execute(input.roundId, { type: 'AnnounceResults', at: context.occurredAt }, context);
  }
}

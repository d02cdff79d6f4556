import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SelectionRoundCommands, SelectionRoundResult } from '../shared/selection-round-commands';
import { CancelSelectionRoundCommand } from './cancel-selection-round.command';

@CommandHandler(CancelSelectionRoundCommand)
export class CancelSelectionRoundHandler implements ICommandHandler<CancelSelectionRoundCommand, SelectionRoundResult> {
  constructor(private readonly rounds: SelectionRoundCommands) {}

  execute({ input, context }: CancelSelectionRoundCommand): Promise<SelectionRoundResult> {
    return this.rounds.execute(input.roundId, { type: 'CancelSelectionRound', reason: input.cancellationReason.trim(), at: context.occurredAt }, context);
  }
}

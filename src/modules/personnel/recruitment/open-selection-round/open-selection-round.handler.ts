import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { deriveId } from '@kernel/ids';
import { SelectionRoundCommands, SelectionRoundResult } from '../shared/selection-round-commands';
import { OpenSelectionRoundCommand, OpenSelectionRoundResult } from './open-selection-round.command';


@CommandHandler(OpenSelectionRoundCommand)
export class OpenSelectionRoundHandler implements ICommandHandler<OpenSelectionRoundCommand, OpenSelectionRoundResult> {
  constructor(private readonly rounds: SelectionRoundCommands) {}

  async execute({ input, context }: OpenSelectionRoundCommand): Promise<OpenSelectionRoundResult> {
    // Derived from the command id, so a repeated idempotency key targets the same stream.
    const roundId = input.roundId ?? deriveId('selection-round', context.commandId);
    const { instansiId, year, name, skdReferenceId } = input;
    const result = await this.rounds.execute(roundId, { type: 'OpenSelectionRound', roundId, instansiId, year, name, skdReferenceId, at: context.occurredAt }, context);
    return { ...result, roundId };
  }
}

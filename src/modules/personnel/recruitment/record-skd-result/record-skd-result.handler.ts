import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SelectionRoundCommands, SelectionRoundResult } from '../shared/selection-round-commands';
import { RecordSkdResultCommand } from './record-skd-result.command';

@CommandHandler(RecordSkdResultCommand)
export class RecordSkdResultHandler implements ICommandHandler<RecordSkdResultCommand, SelectionRoundResult> {
  constructor(private readonly rounds: SelectionRoundCommands) {}

  execute({ input, context }: RecordSkdResultCommand): Promise<SelectionRoundResult> {
    const { roundId, applicantId, twk, tiu, tkp, source, importBatchId, recordedByMemberId } = input;
    return this.rounds.execute(
      roundId,
      { type: 'RecordSkdResult', applicantId, scores: { TWK: twk, TIU: tiu, TKP: tkp }, source, importBatchId: importBatchId.trim(), recordedByMemberId, at: context.occurredAt },
      context,
    );
  }
}

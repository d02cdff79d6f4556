import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SelectionRoundCommands, SelectionRoundResult } from '../shared/selection-round-commands';
import { RecordKnownRelationCommand } from './record-known-relation.command';

@CommandHandler(RecordKnownRelationCommand)
export class RecordKnownRelationHandler implements ICommandHandler<RecordKnownRelationCommand, SelectionRoundResult> {
  constructor(private readonly rounds: SelectionRoundCommands) {}

  execute({ input, context }: RecordKnownRelationCommand): Promise<SelectionRoundResult> {
    const { roundId, memberId, applicantId, relation, source, note } = input;
    return this.rounds.execute(roundId, { type: 'RecordKnownRelation', memberId, applicantId, relation, source, note, at: context.occurredAt }, context);
  }
}

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SelectionRoundCommands, SelectionRoundResult } from '../shared/selection-round-commands';
import { DeclareConflictOfInterestCommand } from './declare-conflict-of-interest.command';

@CommandHandler(DeclareConflictOfInterestCommand)
export class DeclareConflictOfInterestHandler implements ICommandHandler<DeclareConflictOfInterestCommand, SelectionRoundResult> {
  constructor(private readonly rounds: SelectionRoundCommands) {}

  execute({ input, context }: DeclareConflictOfInterestCommand): Promise<SelectionRoundResult> {
    const { roundId, memberId, applicantId, relation } = input;
    return this.rounds.execute(roundId, { type: 'DeclareConflictOfInterest', memberId, applicantId, relation, at: context.occurredAt }, context);
  }
}

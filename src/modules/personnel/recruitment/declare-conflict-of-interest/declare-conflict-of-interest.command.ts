import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { DeclareConflictOfInterestInput } from './declare-conflict-of-interest.input';
import { SelectionRoundResult } from '../shared/selection-round-commands';

export class DeclareConflictOfInterestCommand extends Command<SelectionRoundResult> {
  constructor(
    readonly input: DeclareConflictOfInterestInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { RecordKnownRelationInput } from './record-known-relation.input';
import { SelectionRoundResult } from '../shared/selection-round-commands';

export class RecordKnownRelationCommand extends Command<SelectionRoundResult> {
  constructor(
    readonly input: RecordKnownRelationInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

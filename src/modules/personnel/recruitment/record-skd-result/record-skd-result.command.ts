import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { RecordSkdResultInput } from './record-skd-result.input';
import { SelectionRoundResult } from '../shared/selection-round-commands';

export class RecordSkdResultCommand extends Command<SelectionRoundResult> {
  constructor(
    readonly input: RecordSkdResultInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { AddFormasiInput } from './add-formasi.input';
import { SelectionRoundResult } from '../shared/selection-round-commands';

export class AddFormasiCommand extends Command<SelectionRoundResult> {
  constructor(
    readonly input: AddFormasiInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

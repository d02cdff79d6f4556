import { CommandContext } from '../../../../kernel/command-handling';
import { AddFormasiInput } from './add-formasi.input';

export class AddFormasiCommand {
  constructor(
    readonly input: AddFormasiInput,
    readonly context: CommandContext,
  ) {}
}

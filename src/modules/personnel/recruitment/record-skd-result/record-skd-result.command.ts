import { CommandContext } from '../../../../kernel/command-handling';
import { RecordSkdResultInput } from './record-skd-result.input';

export class RecordSkdResultCommand {
  constructor(
    readonly input: RecordSkdResultInput,
    readonly context: CommandContext,
  ) {}
}

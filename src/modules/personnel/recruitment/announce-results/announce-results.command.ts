import { CommandContext } from '../../../../kernel/command-handling';
import { AnnounceResultsInput } from './announce-results.input';

export class AnnounceResultsCommand {
  constructor(
    readonly input: AnnounceResultsInput,
    readonly context: CommandContext,
  ) {}
}

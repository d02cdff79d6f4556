import { CommandContext } from '../../../../kernel/command-handling';
import { OpenSelectionRoundInput } from './open-selection-round.input';

export class OpenSelectionRoundCommand {
  constructor(
    readonly input: OpenSelectionRoundInput,
    readonly context: CommandContext,
  ) {}
}

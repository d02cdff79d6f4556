import { CommandContext } from '../../../../kernel/command-handling';
import { CancelSelectionRoundInput } from './cancel-selection-round.input';

export class CancelSelectionRoundCommand {
  constructor(
    readonly input: CancelSelectionRoundInput,
    readonly context: CommandContext,
  ) {}
}

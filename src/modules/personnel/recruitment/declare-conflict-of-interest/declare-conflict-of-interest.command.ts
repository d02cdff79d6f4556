import { CommandContext } from '../../../../kernel/command-handling';
import { DeclareConflictOfInterestInput } from './declare-conflict-of-interest.input';

export class DeclareConflictOfInterestCommand {
  constructor(
    readonly input: DeclareConflictOfInterestInput,
    readonly context: CommandContext,
  ) {}
}

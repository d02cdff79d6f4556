import { CommandContext } from '../../../../kernel/command-handling';
import { RecordKnownRelationInput } from './record-known-relation.input';

export class RecordKnownRelationCommand {
  constructor(
    readonly input: RecordKnownRelationInput,
    readonly context: CommandContext,
  ) {}
}

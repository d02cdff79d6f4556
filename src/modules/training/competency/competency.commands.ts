import { Command } from '@nestjs/cqrs';
import { CommandContext, CommandResult } from '@kernel/command-handling';
import type { RecordCompetencyProfileInput, SetCompetencyStandardInput } from './competency.graphql';

export type CompetencyWrite = { kind: 'standard'; input: SetCompetencyStandardInput } | { kind: 'profile'; input: RecordCompetencyProfileInput };

/** A standard or a profile, over the bus (the resolver and the seed send it). */
export class CompetencyWriteCommand extends Command<CommandResult> {
  readonly write: CompetencyWrite;
  constructor(kind: CompetencyWrite['kind'], input: SetCompetencyStandardInput | RecordCompetencyProfileInput, readonly context: CommandContext) {
    super();
    this.write = { kind, input } as CompetencyWrite;
  }
}

/** The bus command for the seed's steps: `competencyWriteCommand('profile')(input, context)`. */
export const competencyWriteCommand = (kind: CompetencyWrite['kind']) => (input: SetCompetencyStandardInput | RecordCompetencyProfileInput, context: CommandContext) => new CompetencyWriteCommand(kind, input, context);

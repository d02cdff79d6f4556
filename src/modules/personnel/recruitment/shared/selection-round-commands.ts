import { Injectable } from '@nestjs/common';
import { CommandContext, CommandExecutor, CommandResult } from '../../../../kernel/command-handling';
import { ForbiddenError, NotFoundError } from '../../../../kernel/errors';
import { ReadModels } from '../../../../infrastructure/projections/read-models';
import { SELECTION_ROUNDS, SelectionRound } from '../read-models/selection-rounds/selection-round.schema';
import { SelectionRoundCommand } from '../selection-round/selection-round.commands';
import { selectionRoundDecider } from '../selection-round/selection-round.decider';
import { selectionRoundStream } from '../selection-round/selection-round.events';
import { SelectionRoundState } from '../selection-round/selection-round.state';
import { coversInstansi } from '../../shared/instansi-scope';
import { MANAGING_ROLES } from './recruitment-access';

export type SelectionRoundResult = CommandResult<SelectionRoundState>;

/**
 * What every recruitment handler does after building its domain command: check the actor manages the
 * round's instansi (unit scope depends on data, so it is checked here, not by @Roles), then run the
 * one command path on the round's stream.
 */
@Injectable()
export class SelectionRoundCommands {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly readModels: ReadModels,
  ) {}

  async execute(roundId: string, command: SelectionRoundCommand, context: CommandContext): Promise<SelectionRoundResult> {
    const instansiId = command.kind === 'OpenSelectionRound' ? command.instansiId : await this.instansiOf(roundId);
    if (instansiId === undefined) throw new NotFoundError(`No selection round ${roundId}`, { roundId });
    if (!coversInstansi(context.actor, MANAGING_ROLES, instansiId)) {
      throw new ForbiddenError(`Only ADMIN_BKD of ${instansiId} manages this selection round`, { instansiId });
    }
    return this.executor.execute(selectionRoundDecider, selectionRoundStream(roundId), command, context);
  }

  /**
   * A round's instansi never changes, so the read model answers once it has the round; right after the
   * opening it may lag, and the stream answers instead.
   */
  private async instansiOf(roundId: string): Promise<string | undefined> {
    const projected = await this.readModels.collection<SelectionRound>(SELECTION_ROUNDS).findById(roundId);
    if (projected) return projected.instansiId;
    const { state } = await this.executor.load(selectionRoundDecider, selectionRoundStream(roundId));
    return state.status === 'NONE' ? undefined : state.instansiId;
  }
}

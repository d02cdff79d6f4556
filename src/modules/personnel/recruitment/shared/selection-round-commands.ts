import { Injectable } from '@nestjs/common';
import { CommandContext, CommandExecutor, CommandResult } from '@kernel/command-handling';
import { NotFoundError } from '@kernel/errors';
import { assertManages } from '@kernel/scope-policy';
import { INSTANSI_ADMIN } from '@infrastructure/auth/instansi-admin.policy';
import { SelectionRoundCommand } from '../domain/selection-round.commands';
import { selectionRoundDecider } from '../domain/selection-round.decider';
import { selectionRoundStream } from '../domain/selection-round.events';
import { SelectionRoundState } from '../domain/selection-round.state';

export type SelectionRoundResult = CommandResult<SelectionRoundState>;

/**
 * What every recruitment handler does after building its domain command: on the round's stream as
 * loaded (once) for the decision, check the actor manages the round's instansi (unit scope depends on
 * data, so it is checked here, not by @Roles) — the opening names it, a round keeps it for good.
 */
@Injectable()
export class SelectionRoundCommands {
  constructor(private readonly executor: CommandExecutor) {}

  /** `precheck`: what else must hold on the loaded round before the decision (after the actor is authorised). */
  execute(roundId: string, command: SelectionRoundCommand, context: CommandContext, precheck?: (state: SelectionRoundState) => Promise<void>): Promise<SelectionRoundResult> {
    return this.executor.execute(selectionRoundDecider, selectionRoundStream(roundId), command, context, {
      authorize: async (state, actor) => {
        const instansiId = command.type === 'OpenSelectionRound' ? command.instansiId : state.status === 'NONE' ? undefined : state.instansiId;
        if (instansiId === undefined) throw new NotFoundError(`Seleksi ${roundId} tidak ditemukan`, { roundId });
        assertManages(INSTANSI_ADMIN, actor, instansiId, `Mengelola seleksi ${instansiId}`);
        if (precheck) await precheck(state);
      },
    });
  }
}

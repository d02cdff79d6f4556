import { Injectable } from '@nestjs/common';
import { CommandContext, CommandExecutor, CommandResult } from '@kernel/command-handling';
import { assertManagesAllInstansi, assertManagesInstansi } from '../access/instansi-admin';
import { OrganisationCommand } from '../domain/instansi.commands';
import { instansiDecider } from '../domain/instansi.decider';
import { instansiIdOf, organisationStream } from '../domain/organisation.ids';

/**
 * What every organisation handler does after building its domain command: find the instansi the
 * command changes (named, or the first segment of the unit or position id), check the actor manages
 * it on the loaded stream (unit scope depends on data, so it is checked here, not by @Roles; registering
 * a new instansi needs ADMIN_BKD of every instansi, unit "*"), in the one command path on that
 * instansi's stream.
 */
@Injectable()
export class OrganisationCommands {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: OrganisationCommand, context: CommandContext): Promise<CommandResult> {
    const instansiId = instansiOf(command);
    return this.executor.execute(instansiDecider, organisationStream(instansiId), command, context, {
      // The stream is the instansi's own: its id is the state's instansi, registered or not yet.
      authorize: (_state, actor) => (command.type === 'RegisterInstansi' ? assertManagesAllInstansi(actor) : assertManagesInstansi(actor, instansiId)),
    });
  }
}

function instansiOf(command: OrganisationCommand): string {
  switch (command.type) {
    case 'RegisterInstansi':
    case 'CreateUnit':
      return command.instansiId;
    case 'RenameUnit':
    case 'MoveUnit':
    case 'DissolveUnit':
    case 'CreatePosition':
      return instansiIdOf(command.unitId);
    case 'AbolishPosition':
    case 'SetPositionCapacity':
      return instansiIdOf(command.positionId);
  }
}

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandResult } from '../../../../kernel/command-handling';
import { assertManagesInstansi } from '../access/instansi-admin';
import { instansiDecider } from '../instansi/instansi.decider';
import { instansiIdOf, organisationStream } from '../instansi/organisation.ids';
import { DissolveOrgUnitCommand } from './dissolve-org-unit.command';

@CommandHandler(DissolveOrgUnitCommand)
export class DissolveOrgUnitHandler implements ICommandHandler<DissolveOrgUnitCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: DissolveOrgUnitCommand): Promise<CommandResult> {
    const instansiId = instansiIdOf(input.unitId);
    assertManagesInstansi(context.actor, instansiId);
    const command = { type: 'DissolveUnit', unitId: input.unitId, at: context.occurredAt } as const;
    return this.executor.execute(instansiDecider, organisationStream(instansiId), command, context);
  }
}

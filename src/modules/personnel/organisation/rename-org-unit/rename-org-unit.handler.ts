import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandResult } from '../../../../kernel/command-handling';
import { assertManagesInstansi } from '../access/instansi-admin';
import { instansiDecider } from '../instansi/instansi.decider';
import { instansiIdOf, organisationStream } from '../instansi/organisation.ids';
import { RenameOrgUnitCommand } from './rename-org-unit.command';

@CommandHandler(RenameOrgUnitCommand)
export class RenameOrgUnitHandler implements ICommandHandler<RenameOrgUnitCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: RenameOrgUnitCommand): Promise<CommandResult> {
    const instansiId = instansiIdOf(input.unitId);
    assertManagesInstansi(context.actor, instansiId);
    const command = { type: 'RenameUnit', unitId: input.unitId, name: input.name, at: context.occurredAt } as const;
    return this.executor.execute(instansiDecider, organisationStream(instansiId), command, context);
  }
}

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandResult } from '../../../../kernel/command-handling';
import { assertManagesInstansi } from '../access/instansi-admin';
import { instansiDecider } from '../instansi/instansi.decider';
import { instansiIdOf, organisationStream } from '../instansi/organisation.ids';
import { MoveOrgUnitCommand } from './move-org-unit.command';

@CommandHandler(MoveOrgUnitCommand)
export class MoveOrgUnitHandler implements ICommandHandler<MoveOrgUnitCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: MoveOrgUnitCommand): Promise<CommandResult> {
    const instansiId = instansiIdOf(input.unitId);
    assertManagesInstansi(context.actor, instansiId);
    const command = { type: 'MoveUnit', unitId: input.unitId, parentUnitId: input.parentUnitId ?? null, at: context.occurredAt } as const;
    return this.executor.execute(instansiDecider, organisationStream(instansiId), command, context);
  }
}

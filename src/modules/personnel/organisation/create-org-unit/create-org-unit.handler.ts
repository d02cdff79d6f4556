import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandResult } from '../../../../kernel/command-handling';
import { assertManagesInstansi } from '../access/instansi-admin';
import { instansiDecider } from '../instansi/instansi.decider';
import { organisationStream } from '../instansi/organisation.ids';
import { CreateOrgUnitCommand } from './create-org-unit.command';

@CommandHandler(CreateOrgUnitCommand)
export class CreateOrgUnitHandler implements ICommandHandler<CreateOrgUnitCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: CreateOrgUnitCommand): Promise<CommandResult> {
    assertManagesInstansi(context.actor, input.instansiId);
    const { instansiId, code, name, kind } = input;
    const command = { type: 'CreateUnit', instansiId, code, name, kind, parentUnitId: input.parentUnitId ?? null, at: context.occurredAt } as const;
    return this.executor.execute(instansiDecider, organisationStream(instansiId), command, context);
  }
}

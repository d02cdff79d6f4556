import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandResult } from '../../../../kernel/command-handling';
import { assertManagesInstansi } from '../access/instansi-admin';
import { instansiDecider } from '../instansi/instansi.decider';
import { instansiIdOf, organisationStream } from '../instansi/organisation.ids';
import { CreatePositionCommand } from './create-position.command';

@CommandHandler(CreatePositionCommand)
export class CreatePositionHandler implements ICommandHandler<CreatePositionCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: CreatePositionCommand): Promise<CommandResult> {
    const instansiId = instansiIdOf(input.unitId);
    assertManagesInstansi(context.actor, instansiId);
    const command = {
      type: 'CreatePosition',
      unitId: input.unitId,
      code: input.code,
      name: input.name,
      jenisJabatan: input.jenisJabatan,
      isUnitHead: input.isUnitHead,
      kelasJabatan: input.kelasJabatan ?? null,
      at: context.occurredAt,
    } as const;
    return this.executor.execute(instansiDecider, organisationStream(instansiId), command, context);
  }
}

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandResult } from '../../../../kernel/command-handling';
import { assertManagesInstansi } from '../access/instansi-admin';
import { instansiDecider } from '../instansi/instansi.decider';
import { instansiIdOf, organisationStream } from '../instansi/organisation.ids';
import { AbolishPositionCommand } from './abolish-position.command';

@CommandHandler(AbolishPositionCommand)
export class AbolishPositionHandler implements ICommandHandler<AbolishPositionCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: AbolishPositionCommand): Promise<CommandResult> {
    const instansiId = instansiIdOf(input.positionId);
    assertManagesInstansi(context.actor, instansiId);
    const command = { type: 'AbolishPosition', positionId: input.positionId, at: context.occurredAt } as const;
    return this.executor.execute(instansiDecider, organisationStream(instansiId), command, context);
  }
}

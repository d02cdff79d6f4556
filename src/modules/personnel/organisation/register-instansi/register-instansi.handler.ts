import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandResult } from '../../../../kernel/command-handling';
import { assertManagesAllInstansi } from '../access/instansi-admin';
import { instansiDecider } from '../instansi/instansi.decider';
import { organisationStream } from '../instansi/organisation.ids';
import { RegisterInstansiCommand } from './register-instansi.command';

@CommandHandler(RegisterInstansiCommand)
export class RegisterInstansiHandler implements ICommandHandler<RegisterInstansiCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: RegisterInstansiCommand): Promise<CommandResult> {
    assertManagesAllInstansi(context.actor);
    const { instansiId, name, kind, kepalaDaerahTitle } = input;
    const command = { type: 'RegisterInstansi', instansiId, name, kind, kepalaDaerahTitle, at: context.occurredAt } as const;
    return this.executor.execute(instansiDecider, organisationStream(instansiId), command, context);
  }
}

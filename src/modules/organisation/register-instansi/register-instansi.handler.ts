import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult } from '@kernel/command-handling';
import { OrganisationCommands } from '../shared/organisation-commands';
import { RegisterInstansiCommand } from './register-instansi.command';

@CommandHandler(RegisterInstansiCommand)
export class RegisterInstansiHandler implements ICommandHandler<RegisterInstansiCommand> {
  constructor(private readonly organisation: OrganisationCommands) {}

  execute({ input, context }: RegisterInstansiCommand): Promise<CommandResult> {
    const { instansiId, name, kind, kepalaDaerahTitle } = input;
    return this.organisation.execute({ type: 'RegisterInstansi', instansiId, name, kind, kepalaDaerahTitle, at: context.occurredAt }, context);
  }
}

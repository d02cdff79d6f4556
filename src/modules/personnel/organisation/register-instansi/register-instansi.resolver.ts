import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '../../../../infrastructure/auth/decorators';
import { Role } from '../../../../infrastructure/auth/roles';
import { MutationPayload } from '../../../../infrastructure/graphql/payload';
import { CommandContextFactory } from '../../../../kernel/command-context';
import { Actor } from '../../../../kernel/events';
import { Instansi } from '../read-models/instansi/instansi.schema';
import { OrganisationPayloads } from '../read-models/organisation-payloads';
import { RegisterInstansiCommand } from './register-instansi.command';
import { RegisterInstansiInput } from './register-instansi.input';

const RegisterInstansiPayload = MutationPayload('RegisterInstansiPayload', 'instansi', Instansi);

@Resolver()
export class RegisterInstansiResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: OrganisationPayloads,
  ) {}

  @Mutation(() => RegisterInstansiPayload, { description: 'Registers an instansi (Pemerintah Kota Medan…). Unscoped ADMIN_BKD only.' })
  @Roles(Role.ADMIN_BKD)
  async registerInstansi(@Args('input') input: RegisterInstansiInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute(new RegisterInstansiCommand(input, this.contexts.forActor(actor, input)));
    return this.payloads.instansi(result, input.instansiId);
  }
}

import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { Instansi } from '../read-models/instansi/instansi.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { INSTANSI_NODE } from '../read-models/organisation-nodes';
import { RegisterInstansiCommand } from './register-instansi.command';
import { RegisterInstansiInput } from './register-instansi.input';

const RegisterInstansiPayload = MutationPayload('RegisterInstansiPayload', 'instansi', Instansi);

@Resolver()
export class RegisterInstansiResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => RegisterInstansiPayload, { description: 'Registers an instansi (Pemerintah Kota Medan…). Unscoped ADMIN_BKD only.' })
  @Roles(Role.ADMIN_BKD)
  async registerInstansi(@Args('input') input: RegisterInstansiInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new RegisterInstansiCommand(input, context), INSTANSI_NODE, input.instansiId);
  }
}

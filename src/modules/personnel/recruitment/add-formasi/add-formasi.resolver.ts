import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '../../../../infrastructure/auth/decorators';
import { Role } from '../../../../infrastructure/auth/roles';
import { MutationPayload } from '../../../../infrastructure/graphql/payload';
import { CommandContextFactory } from '../../../../kernel/command-context';
import { Actor } from '../../../../kernel/events';
import { SelectionRound } from '../read-models/selection-rounds/selection-round.schema';
import { RecruitmentPayloads } from '../shared/recruitment-payloads';
import { SelectionRoundResult } from '../shared/selection-round-commands';
import { AddFormasiCommand } from './add-formasi.command';
import { AddFormasiInput } from './add-formasi.input';

const AddFormasiPayload = MutationPayload('AddFormasiPayload', 'selectionRound', SelectionRound);

@Resolver()
export class AddFormasiResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: RecruitmentPayloads,
  ) {}

  @Mutation(() => AddFormasiPayload, { description: 'Offers a formasi while registration is open.' })
  @Roles(Role.ADMIN_BKD)
  async addFormasi(@Args('input') input: AddFormasiInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute<AddFormasiCommand, SelectionRoundResult>(new AddFormasiCommand(input, this.contexts.forActor(actor, input)));
    return this.payloads.selectionRound(result, input.roundId, actor);
  }
}

import { Args, ArgsType, Field, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';
import { CurrentActor, Public, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { IdentifierText, NameText } from '@infrastructure/graphql/text-rules';
import { CommandContextFactory } from '@kernel/command-context';
import { CommandExecutor } from '@kernel/command-handling';
import { ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { UNIT_ID_PATTERN } from '@kernel/grant-scope';
import { refuse } from '@kernel/rules';
import { OrganisationDirectory } from '../../organisation';
import { handlesUnit } from '../access/feedback-access';
import { FeedbackRule } from '../feedback.rules';
import { standardDecider, standardStream } from './service-standard';

@ObjectType('ServiceStandard', { description: "A service's complaint follow-up SLA from the unit's Standar Pelayanan (public, as SIPPN publishes it)." })
class ServiceStandardNode {
  @Field() serviceName: string;
  @Field(() => Int, { description: 'Working days to follow up a report on this service (the LAPOR! default is 5).' }) followUpDays: number;
  @Field() skNumber: string;
}

@ArgsType()
class UnitArgs {
  @Field(() => ID) @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: 'unitId harus id unit kerja' }) unitId: string;
}

@InputType()
export class SetServiceStandardInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: 'unitId harus id unit kerja' }) unitId: string;
  @Field() @NameText() @IsString() @Length(2, 200) serviceName: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(60) followUpDays: number;
  @Field({ description: 'Number of the Standar Pelayanan decree.' }) @NameText() @IsString() @Length(3, 100) skNumber: string;
}

@ObjectType('SetServiceStandardPayload')
class SetServiceStandardPayload {
  @Field(() => Float) position: number;
  @Field() duplicate: boolean;
  @Field(() => [ServiceStandardNode]) standards: ServiceStandardNode[];
}

@Resolver()
export class StandardResolver {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly contexts: CommandContextFactory,
    private readonly organisation: OrganisationDirectory,
  ) {}

  @Mutation(() => SetServiceStandardPayload, { description: "Sets a service's follow-up SLA (1–60 working days) from the unit's Standar Pelayanan; reports naming the service use it from then on. COMPLAINT_OFFICER: coordinator of the instansi, or penghubung of an OPD the unit is in." })
  @Roles(Role.COMPLAINT_OFFICER)
  async setServiceStandard(@Args('input') input: SetServiceStandardInput, @CurrentActor() actor: Actor) {
    const unit = await this.organisation.unit(input.unitId);
    if (!unit) refuse(FeedbackRule.UNIT_UNKNOWN, `Unit ${input.unitId} tidak dikenal`);
    if (!handlesUnit(actor, unit)) throw new ForbiddenError(`Standar pelayanan ${input.unitId}: memerlukan COMPLAINT_OFFICER instansi ${unit.instansiId} atau OPD unit ini`);
    const context = this.contexts.forActor(actor, input);
    const result = await this.executor.execute(
      standardDecider,
      standardStream(unit._id),
      { type: 'SetServiceStandard', unitId: unit._id, instansiId: unit.instansiId, serviceName: input.serviceName, followUpDays: input.followUpDays, skNumber: input.skNumber, at: context.occurredAt },
      context,
    );
    return { position: result.position, duplicate: result.duplicate, standards: Object.values(result.state.services) };
  }

  @Query(() => [ServiceStandardNode], { description: "A unit's published service SLAs (at most one per service). Public." })
  @Public()
  async serviceStandards(@Args() args: UnitArgs): Promise<ServiceStandardNode[]> {
    const { state } = await this.executor.load(standardDecider, standardStream(args.unitId));
    return Object.values(state.services).sort((a, b) => a.serviceName.localeCompare(b.serviceName));
  }
}

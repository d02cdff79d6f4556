import { Args, ArgsType, Field, ID, InputType, Int, Mutation, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { Command, CommandHandler, ICommandHandler, IQueryHandler, Query as BusQuery, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { CurrentActor, Public, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { Connection, ConnectionArgs, ConnectionShape, Paginator } from '@infrastructure/graphql/connection';
import { IsLegalDate } from '@infrastructure/graphql/date-rules';
import { Mutations, nodeView } from '@infrastructure/graphql/mutations';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { IdentifierText, MultilineText } from '@infrastructure/graphql/text-rules';
import { ReadModels } from '@infrastructure/projections/read-models';
import { CommandContext, CommandResult } from '@kernel/command-handling';
import { ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { INSTANSI_ID_PATTERN } from '@kernel/grant-scope';
import { coversInstansi } from '../../shared';
import { LegalBasisInput, legalBasisOf } from '../../shared/legal-basis.input';
import { PERFORMANCE_AWARD_LOG, PERFORMANCE_AWARD_NOMINATIONS, PerformanceAwardLogEntry, PerformanceAwardNomination } from '../read-models/awards/award.schema';
import { awardsProjection } from '../read-models/awards/awards.projection';
import { RecordViews } from '../record-views/record-views';
import { AwardCommands } from './award-commands';

const NOMINATION_ID = /^[A-Za-z0-9][\w.:-]{0,99}\.\d{4}$/;

enum NominationStatus {
  PROPOSED = 'PROPOSED',
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
}
registerEnumType(NominationStatus, { name: 'PerformanceAwardStatus', description: 'PROPOSED (waiting for a person), CONFIRMED or REJECTED.' });

@InputType()
export class DecidePerformanceAwardInput extends CommandInput {
  @Field(() => ID, { description: '`<employeeId>.<year>`.' }) @IdentifierText() @Matches(NOMINATION_ID, { message: '$property must be a nomination id' }) nominationId: string;
  @Field({ description: 'The day of the decision.' }) @IsLegalDate() decidedOn: string;
  @Field() @MultilineText() @IsString() @Length(1, 2000) decisionReason: string;
}

@InputType()
export class ConfirmPerformanceAwardInput extends DecidePerformanceAwardInput {
  @Field(() => LegalBasisInput, { nullable: true, description: 'The SK conferring the award, when issued.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LegalBasisInput)
  legalBasis?: LegalBasisInput | null;
}

export class ConfirmPerformanceAwardCommand extends Command<CommandResult> {
  constructor(readonly input: ConfirmPerformanceAwardInput, readonly context: CommandContext) {
    super();
  }
}
export class RejectPerformanceAwardCommand extends Command<CommandResult> {
  constructor(readonly input: DecidePerformanceAwardInput, readonly context: CommandContext) {
    super();
  }
}

const employeeOf = (nominationId: string) => nominationId.slice(0, nominationId.lastIndexOf('.'));

@CommandHandler(ConfirmPerformanceAwardCommand)
export class ConfirmPerformanceAwardHandler implements ICommandHandler<ConfirmPerformanceAwardCommand> {
  constructor(private readonly awards: AwardCommands) {}
  execute({ input, context }: ConfirmPerformanceAwardCommand) {
    const { nominationId, decidedOn, decisionReason } = input;
    return this.awards.confirm({ employeeId: employeeOf(nominationId), nominationId, decidedOn, reason: decisionReason, legalBasis: input.legalBasis ? legalBasisOf(input.legalBasis) : null }, context);
  }
}
@CommandHandler(RejectPerformanceAwardCommand)
export class RejectPerformanceAwardHandler implements ICommandHandler<RejectPerformanceAwardCommand> {
  constructor(private readonly awards: AwardCommands) {}
  execute({ input, context }: RejectPerformanceAwardCommand) {
    const { nominationId, decidedOn, decisionReason } = input;
    return this.awards.reject({ employeeId: employeeOf(nominationId), nominationId, decidedOn, reason: decisionReason }, context);
  }
}

type NominationDoc = PerformanceAwardNomination & { _id: string };

export class NominationQuery extends BusQuery<PerformanceAwardNomination | null> {
  constructor(readonly nominationId: string, readonly actor: Actor) {
    super();
  }
}
/** One nomination, to ADMIN_BKD and AUDITOR of its instansi. */
@QueryHandler(NominationQuery)
export class NominationQueryHandler implements IQueryHandler<NominationQuery> {
  constructor(private readonly readModels: ReadModels) {}
  async execute({ nominationId, actor }: NominationQuery): Promise<PerformanceAwardNomination | null> {
    const doc = await this.readModels.collection<NominationDoc>(PERFORMANCE_AWARD_NOMINATIONS).findById(nominationId);
    if (doc && !coversInstansi(actor, [Role.ADMIN_BKD, Role.AUDITOR], doc.instansiId)) throw new ForbiddenError('Usulan penghargaan ini tidak dalam cakupan Anda');
    return doc;
  }
}

const NOMINATION_NODE = nodeView<PerformanceAwardNomination>('nomination', [awardsProjection.name], (id, actor) => new NominationQuery(id, actor));
const NominationPayload = MutationPayload('PerformanceAwardPayload', 'nomination', PerformanceAwardNomination);
const NominationConnection = Connection(PerformanceAwardNomination);
const AwardLogConnection = Connection(PerformanceAwardLogEntry);

@ArgsType()
class NominationsArgs extends ConnectionArgs {
  @Field(() => ID) @IdentifierText() @Matches(INSTANSI_ID_PATTERN, { message: 'instansiId must be an instansi id' }) instansiId: string;
  @Field(() => NominationStatus, { nullable: true, description: 'Default PROPOSED: waiting for a decision.' }) @IsOptional() @IsEnum(NominationStatus) status?: NominationStatus;
}

@ArgsType()
class AwardLogArgs extends ConnectionArgs {
  @Field(() => ID) @IdentifierText() @Matches(INSTANSI_ID_PATTERN, { message: 'instansiId must be an instansi id' }) instansiId: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(2022) @Max(2100) year?: number;
}

@Resolver()
export class AwardResolver {
  constructor(
    private readonly mutations: Mutations,
    private readonly queries: QueryBus,
    private readonly readModels: ReadModels,
    private readonly pages: Paginator,
    private readonly views: RecordViews,
  ) {}

  @Mutation(() => NominationPayload, { description: 'Confirms a performance award the system proposed (SANGAT_BAIK in consecutive closed annual evaluations, policy penghargaan-kinerja/v1), with a reason; refused when a correction undid the run or a hukuman disiplin is in force. It enters the public award log. ADMIN_BKD of the instansi.' })
  @Roles(Role.ADMIN_BKD)
  confirmPerformanceAward(@Args('input') input: ConfirmPerformanceAwardInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new ConfirmPerformanceAwardCommand(input, c), NOMINATION_NODE, input.nominationId);
  }

  @Mutation(() => NominationPayload, { description: 'Rejects a proposed performance award, with a reason; the year is not proposed again. ADMIN_BKD of the instansi.' })
  @Roles(Role.ADMIN_BKD)
  rejectPerformanceAward(@Args('input') input: DecidePerformanceAwardInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new RejectPerformanceAwardCommand(input, c), NOMINATION_NODE, input.nominationId);
  }

  @Query(() => NominationConnection, { description: 'Performance award nominations of an instansi by status (default PROPOSED), in id order. ADMIN_BKD and AUDITOR of the instansi; audited (RecordViewed), as a nomination reveals a predikat.' })
  @Roles(Role.ADMIN_BKD, Role.AUDITOR)
  async performanceAwardNominations(@Args() args: NominationsArgs, @CurrentActor() actor: Actor): Promise<ConnectionShape<PerformanceAwardNomination>> {
    if (!coversInstansi(actor, [Role.ADMIN_BKD, Role.AUDITOR], args.instansiId)) throw new ForbiddenError(`Instansi ${args.instansiId} tidak dalam cakupan Anda`);
    const page = await this.pages.paginate(this.readModels.collection<NominationDoc>(PERFORMANCE_AWARD_NOMINATIONS), { instansiId: args.instansiId, status: args.status ?? NominationStatus.PROPOSED }, { first: args.first, after: args.after });
    await this.views.viewed(actor, 'performanceAwardNominations', page.edges.map(({ node }) => ({ kind: 'AWARD_NOMINATION', id: node._id, employeeId: node.employeeId, instansiId: node.instansiId })));
    return page;
  }

  @Query(() => AwardLogConnection, { description: 'The public log of conferred performance awards of an instansi (optionally one year): the award, the person and unit, the decision date — never a rating or predikat. Public.' })
  @Public()
  performanceAwardLog(@Args() args: AwardLogArgs): Promise<ConnectionShape<PerformanceAwardLogEntry>> {
    const filter = args.year ? { instansiId: args.instansiId, year: args.year } : { instansiId: args.instansiId };
    return this.pages.paginate(this.readModels.collection<PerformanceAwardLogEntry & { _id: string }>(PERFORMANCE_AWARD_LOG), filter, { first: args.first, after: args.after });
  }
}

export const awardProviders = [AwardCommands, AwardResolver, ConfirmPerformanceAwardHandler, RejectPerformanceAwardHandler, NominationQueryHandler];

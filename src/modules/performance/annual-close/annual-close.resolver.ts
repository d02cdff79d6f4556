import { Args, ArgsType, Field, Float, ID, InputType, Int, Mutation, ObjectType, Query as GraphqlQuery, Resolver } from '@nestjs/graphql';
import { Command, CommandHandler, ICommandHandler, IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { IsLegalDate } from '@infrastructure/graphql/date-rules';
import { Mutations, nodeView } from '@infrastructure/graphql/mutations';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { jakartaDate } from '@infrastructure/scheduling';
import { Clock } from '@kernel/clock';
import { CommandContext, CommandResult } from '@kernel/command-handling';
import { Actor } from '@kernel/events';
import { INSTANSI_ID_PATTERN } from '@kernel/grant-scope';
import { coversInstansi } from '../../shared';
import { forbid } from '../access/performance-access';
import { evaluationsProjection } from '../read-models/evaluations/evaluations.projection';
import { skpsProjection } from '../read-models/skps/skps.projection';
import { AnnualCloseService } from './annual-close.service';

/** Appraisers' annual evaluations are reminded this many days before the close date unless the input says otherwise. */
const DEFAULT_REMIND_DAYS_BEFORE = 5;

@InputType()
export class ScheduleAnnualCloseInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(INSTANSI_ID_PATTERN, { message: '$property must be an instansi slug' }) instansiId: string;
  @Field(() => Int) @IsInt() @Min(2022) @Max(2100) year: number;
  @Field({ description: 'Last day to close the annual evaluations (YYYY-MM-DD, after the SKP year; BKN used 10 January).' }) @IsLegalDate() closeBy: string;
  @Field(() => Int, { nullable: true, description: 'Days before `closeBy` the reminder goes out (default 5).' }) @IsOptional() @IsInt() @Min(1) @Max(60) remindDaysBefore?: number | null;
}

/** The bus command: the validated input and the caller's context; the result carries the reminder day. */
export class ScheduleAnnualCloseCommand extends Command<CommandResult & { remindOn: string }> {
  constructor(readonly input: ScheduleAnnualCloseInput, readonly context: CommandContext) {
    super();
  }
}

@CommandHandler(ScheduleAnnualCloseCommand)
export class ScheduleAnnualCloseHandler implements ICommandHandler<ScheduleAnnualCloseCommand> {
  constructor(private readonly close: AnnualCloseService) {}
  execute({ input, context }: ScheduleAnnualCloseCommand) {
    return this.close.schedule({ instansiId: input.instansiId, year: input.year, closeBy: input.closeBy, remindDaysBefore: input.remindDaysBefore ?? DEFAULT_REMIND_DAYS_BEFORE }, context);
  }
}

@ObjectType('OpenAppraisal', { description: 'An appraiser with annual evaluations still open.' })
export class OpenAppraisalView {
  @Field(() => ID, { nullable: true, description: 'The pejabat penilai (null: the kepala daerah or a vacant post).' }) appraiserEmployeeId: string | null;
  @Field(() => [ID]) skpIds: string[];
}

@ObjectType('AnnualCloseStatus', { description: "The year's annual close: the deadline, and who still has evaluations open." })
export class AnnualCloseStatus {
  @Field(() => ID) instansiId: string;
  @Field(() => Int) year: number;
  @Field(() => String, { nullable: true }) closeBy: string | null;
  @Field(() => String, { nullable: true }) remindOn: string | null;
  @Field({ description: 'True when the close date has passed with evaluations open.' }) overdue: boolean;
  @Field(() => Int) openCount: number;
  @Field(() => [OpenAppraisalView], { description: 'Appraisers with open annual evaluations (at most 100).' }) open: OpenAppraisalView[];
}

/** The status as the actor may read it: ADMIN_BKD or AUDITOR of the instansi. */
export class AnnualCloseStatusQuery extends Query<AnnualCloseStatus> {
  constructor(readonly instansiId: string, readonly year: number, readonly actor: Actor) {
    super();
  }
}

@QueryHandler(AnnualCloseStatusQuery)
export class AnnualCloseStatusQueryHandler implements IQueryHandler<AnnualCloseStatusQuery> {
  constructor(private readonly close: AnnualCloseService, private readonly clock: Clock) {}
  async execute({ instansiId, year, actor }: AnnualCloseStatusQuery): Promise<AnnualCloseStatus> {
    if (!coversInstansi(actor, [Role.ADMIN_BKD, Role.AUDITOR], instansiId)) forbid('Status penutupan');
    const state = await this.close.state(instansiId, year);
    const open = await this.close.open(instansiId, year);
    const openCount = open.reduce((n, o) => n + o.skpIds.length, 0);
    const today = jakartaDate(this.clock.now());
    return { instansiId, year, closeBy: state.closeBy, remindOn: state.remindOn, overdue: state.closeBy !== null && today > state.closeBy && openCount > 0, openCount, open: open.slice(0, 100) };
  }
}

/** Node id `<instansiId>.<year>`. The status folds the close stream and reads the SKP and evaluation read models (the open list). */
const ANNUAL_CLOSE_NODE = nodeView<AnnualCloseStatus>('status', [skpsProjection.name, evaluationsProjection.name], (id, actor) => {
  const cut = id.lastIndexOf('.');
  return new AnnualCloseStatusQuery(id.slice(0, cut), Number(id.slice(cut + 1)), actor);
});

@ObjectType('ScheduleAnnualClosePayload')
class ScheduleAnnualClosePayload {
  @Field(() => Float) position: number;
  @Field() duplicate: boolean;
  @Field(() => AnnualCloseStatus) status: AnnualCloseStatus;
}

@ArgsType()
class CloseArgs {
  @Field(() => ID) @IdentifierText() @Matches(INSTANSI_ID_PATTERN, { message: 'instansiId must be an instansi slug' }) instansiId: string;
  @Field(() => Int) @IsInt() @Min(2022) @Max(2100) year: number;
}

@Resolver()
export class AnnualCloseResolver {
  constructor(private readonly mutations: Mutations, private readonly queries: QueryBus) {}

  @Mutation(() => ScheduleAnnualClosePayload, { description: "Sets the date by which the year's annual evaluations must be closed (BKN used 10 January), with a reminder to appraisers with open evaluations and the overdue list when it passes — through the platform deadlines. ADMIN_BKD of the instansi." })
  @Roles(Role.ADMIN_BKD)
  scheduleAnnualClose(@Args('input') input: ScheduleAnnualCloseInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new ScheduleAnnualCloseCommand(input, c), ANNUAL_CLOSE_NODE, `${input.instansiId}.${input.year}`);
  }

  @GraphqlQuery(() => AnnualCloseStatus, { description: "The year's annual close and its overdue list. ADMIN_BKD or AUDITOR of the instansi." })
  @Roles(Role.ADMIN_BKD, Role.AUDITOR)
  annualCloseStatus(@Args() args: CloseArgs, @CurrentActor() actor: Actor): Promise<AnnualCloseStatus> {
    return this.queries.execute(new AnnualCloseStatusQuery(args.instansiId, args.year, actor));
  }
}

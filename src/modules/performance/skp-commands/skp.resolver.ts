import { Args, ArgsType, Field, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import { IsEnum, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { Connection, ConnectionArgs, ConnectionShape } from '@infrastructure/graphql/connection';
import { Mutations } from '@infrastructure/graphql/mutations';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { Actor } from '@kernel/events';
import { SKP_NODE } from '../read-models/performance.nodes';
import { Skp, SkpSegment } from '../read-models/skps/skp.schema';
import { AppraiserInboxQuery, MySkpQuery, MySkpsQuery, SkpQuery, SkpSegmentsQuery } from '../read-models/skps/skps.query';
import { SkpStatus } from '../skp/skp.vocabulary';
import { RecordViews, ViewedRecord } from '../record-views/record-views';
import { CommandResult } from '@kernel/command-handling';
import { ApproveSkpCommand, DraftSkpCommand, OverrideSkpAppraiserCommand, ReturnSkpCommand, SubmitSkpCommand } from './skp.operations';
import { DraftSkpInput, OverrideSkpAppraiserInput, ReturnSkpInput, SkpRefInput } from './skp.inputs';

export const skpView = (skp: Skp): ViewedRecord => ({ kind: 'SKP', id: skp._id, employeeId: skp.employeeId, instansiId: skp.instansiId });

const SkpPayload = MutationPayload('SkpPayload', 'skp', Skp);
const SkpConnection = Connection(Skp);

@ArgsType()
class SkpArgs {
  @Field(() => ID) @IdentifierText() @IsString() @Length(1, 120) id: string;
}

@ArgsType()
class YearArgs {
  @Field(() => Int) @IsInt() @Min(2022) @Max(2100) year: number;
}

@ArgsType()
class InboxArgs extends ConnectionArgs {
  @Field(() => SkpStatus, { nullable: true, description: 'Default SUBMITTED: SKPs waiting for your decision.' }) @IsOptional() @IsEnum(SkpStatus) status?: SkpStatus;
}

@Resolver()
export class SkpResolver {
  constructor(
    private readonly mutations: Mutations,
    private readonly queries: QueryBus,
    private readonly views: RecordViews,
  ) {}

  @Mutation(() => SkpPayload, {
    description:
      "Drafts (or revises, while DRAFT or RETURNED) the employee's SKP of a year — the segment covering the SKP date (today, clamped into the year) when a mid-year transfer split it; a first SKP covers the year, or from the appointment TMT: RHK with IKI, target, aspek, pendekatan and intervensi, the seven BerAKHLAK values, lampiran. The pejabat penilai and atasan are derived from the organisation tree on the SKP date (Plt/Plh aware) and shown. The EMPLOYEE themselves, or ADMIN_BKD of the instansi.",
  })
  @Roles(Role.EMPLOYEE, Role.ADMIN_BKD)
  draftSkp(@Args('input') input: DraftSkpInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new DraftSkpCommand(input, c), SKP_NODE, (r: CommandResult & { skpId: string }) => r.skpId);
  }

  @Mutation(() => SkpPayload, { description: 'Submits the SKP to the pejabat penilai; every RHK utama (except a JPT\'s) must intervene in an RHK of the appraiser\'s SKP. The EMPLOYEE, or ADMIN_BKD of the instansi.' })
  @Roles(Role.EMPLOYEE, Role.ADMIN_BKD)
  submitSkp(@Args('input') input: SkpRefInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new SubmitSkpCommand(input, c), SKP_NODE, input.skpId);
  }

  @Mutation(() => SkpPayload, { description: "Approves a submitted SKP, only after the pejabat penilai's own SKP is approved. The pejabat penilai (for a JPT appraised by the kepala daerah: ADMIN_BKD of the instansi)." })
  @Roles(Role.PEJABAT_PENILAI, Role.ADMIN_BKD)
  approveSkp(@Args('input') input: SkpRefInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new ApproveSkpCommand(input, c), SKP_NODE, input.skpId);
  }

  @Mutation(() => SkpPayload, { description: 'Returns a submitted SKP to the employee with notes. The pejabat penilai (kepala daerah: ADMIN_BKD).' })
  @Roles(Role.PEJABAT_PENILAI, Role.ADMIN_BKD)
  returnSkp(@Args('input') input: ReturnSkpInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new ReturnSkpCommand(input, c), SKP_NODE, input.skpId);
  }

  @Mutation(() => SkpPayload, { description: 'Sets the pejabat penilai of an SKP by hand (a vacant post, a structure the tree gets wrong), with a required `reason`; later re-derivations keep it. ADMIN_BKD of the instansi.' })
  @Roles(Role.ADMIN_BKD)
  overrideSkpAppraiser(@Args('input') input: OverrideSkpAppraiserInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new OverrideSkpAppraiserCommand(input, c), SKP_NODE, input.skpId);
  }

  @Query(() => Skp, { nullable: true, description: 'One SKP (`<employeeId>.<year>`). The employee, the pejabat penilai and atasan recorded on it, ADMIN_BKD of the instansi, AUDITOR; FORBIDDEN for anyone else, whether or not it exists.' })
  @Roles(Role.EMPLOYEE, Role.PEJABAT_PENILAI, Role.ADMIN_BKD, Role.AUDITOR)
  async skp(@Args() args: SkpArgs, @CurrentActor() actor: Actor): Promise<Skp | null> {
    const skp: Skp | null = await this.queries.execute(new SkpQuery(args.id, actor));
    await this.views.viewed(actor, 'skp', skp ? [skpView(skp)] : []);
    return skp;
  }

  @Query(() => Skp, { nullable: true, description: 'Your own SKP of a year — the segment covering today (clamped into the year) when a mid-year transfer split it; null before you draft it. EMPLOYEE (token subject).' })
  @Roles(Role.EMPLOYEE)
  async mySkp(@Args() args: YearArgs, @CurrentActor() actor: Actor): Promise<Skp | null> {
    const skp: Skp | null = await this.queries.execute(new MySkpQuery(args.year, actor));
    await this.views.viewed(actor, 'mySkp', skp ? [skpView(skp)] : []);
    return skp;
  }

  @Query(() => [Skp], { description: 'Your own SKP segments of a year in period order (one unless a mid-year transfer split the year; withdrawn segments left out). EMPLOYEE (token subject).' })
  @Roles(Role.EMPLOYEE)
  async mySkps(@Args() args: YearArgs, @CurrentActor() actor: Actor): Promise<Skp[]> {
    const skps: Skp[] = await this.queries.execute(new MySkpsQuery(args.year, actor));
    await this.views.viewed(actor, 'mySkps', skps.map(skpView));
    return skps;
  }

  @Query(() => SkpConnection, { description: 'SKPs whose pejabat penilai you are (token subject = your employee id), by status (default SUBMITTED), in id order. PEJABAT_PENILAI.' })
  @Roles(Role.PEJABAT_PENILAI)
  async appraiserInbox(@Args() args: InboxArgs, @CurrentActor() actor: Actor): Promise<ConnectionShape<Skp>> {
    const page: ConnectionShape<Skp> = await this.queries.execute(new AppraiserInboxQuery(actor, args.status ?? SkpStatus.SUBMITTED, { first: args.first, after: args.after }));
    await this.views.viewed(actor, 'appraiserInbox', page.edges.map((e) => skpView(e.node)));
    return page;
  }
}

/** The segments of the SKP's year (periods, months, posts, status; no plan or rating), for whoever may read this SKP. */
@Resolver(() => Skp)
export class SkpSegmentsResolver {
  constructor(private readonly queries: QueryBus) {}

  @ResolveField(() => [SkpSegment], { description: "Every segment of this SKP's employee and year in period order (one unless a mid-year transfer split the year)." })
  segments(@Parent() skp: Skp): Promise<SkpSegment[]> {
    return this.queries.execute(new SkpSegmentsQuery(skp.employeeId, skp.year));
  }
}

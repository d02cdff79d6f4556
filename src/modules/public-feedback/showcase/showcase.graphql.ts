import { Args, ArgsType, Field, Float, ID, InputType, Int, Mutation, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { IsEnum, IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';
import { CurrentActor, Public, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { Connection, ConnectionArgs, ConnectionShape, Paginator } from '@infrastructure/graphql/connection';
import { IdentifierText, MultilineText, NameText } from '@infrastructure/graphql/text-rules';
import { defineProjection } from '@infrastructure/projections/projection';
import { ReadModels } from '@infrastructure/projections/read-models';
import { jakartaDate } from '@infrastructure/scheduling';
import { CommandContextFactory } from '@kernel/command-context';
import { CommandExecutor } from '@kernel/command-handling';
import { ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { EMPLOYEE_ID_PATTERN, INSTANSI_ID_PATTERN } from '@kernel/grant-scope';
import { deriveId } from '@kernel/ids';
import { refuse } from '@kernel/rules';
import { EmployeeDirectory } from '../../personnel';
import { ownEmployeeIds } from '../access/feedback-access';
import { FeedbackRule } from '../feedback.rules';
import { ShowcaseEntry, ShowcaseEvent, showcaseDecider, showcaseStream, WorkKind } from './showcase';

registerEnumType(WorkKind, { name: 'WorkKind', description: 'AWARD (a penghargaan received) or OUTPUT (a work output).' });

export const PUBLISHED_WORK = 'feedback_published_work';

@Schema({ versionKey: false })
class PublishedWorkDoc {
  @Prop({ type: String }) _id: string;
  @Prop({ type: String, required: true }) employeeId: string;
  @Prop({ type: String, required: true }) instansiId: string;
  @Prop({ type: String, required: true }) unitId: string;
  @Prop({ type: String, required: true }) kind: WorkKind;
  @Prop({ type: String, required: true }) title: string;
  @Prop({ type: String, required: true }) description: string;
  @Prop({ type: Number, required: true }) year: number;
  @Prop({ type: String, required: true }) consentedAt: string;
}
const PublishedWorkSchema = SchemaFactory.createForClass(PublishedWorkDoc);
PublishedWorkSchema.index({ instansiId: 1, consentedAt: 1, _id: 1 });

/** The public view: an entry exists while its consent stands; a withdrawal deletes it. */
export const publishedWorkProjection = defineProjection<ShowcaseEvent>({
  name: PUBLISHED_WORK,
  version: 1,
  collections: [{ name: PUBLISHED_WORK, schema: PublishedWorkSchema }],
  canHandle: ['public-feedback.WorkPublicationConsented', 'public-feedback.WorkPublicationWithdrawn'],
  async apply(event, writer) {
    if (event.type === 'public-feedback.WorkPublicationWithdrawn') return writer.delete(PUBLISHED_WORK, event.data.entryId);
    const { entryId, ...doc } = event.data;
    return writer.upsert(PUBLISHED_WORK, entryId, { $set: doc });
  },
});

@ObjectType('PublishedWork', { description: "An award or work output an ASN chose to publish about themselves (their own words, withdrawable at any time). Never a rating." })
class PublishedWork {
  @Field(() => ID) id: string;
  @Field({ description: 'The ASN, named by their consent.' }) asnName: string;
  @Field(() => ID) unitId: string;
  @Field(() => WorkKind) kind: WorkKind;
  @Field() title: string;
  @Field() description: string;
  @Field(() => Int) year: number;
  @Field() publishedAt: string;
}
const PublishedWorkConnection = Connection(PublishedWork);

@ObjectType('MyPublishedWork')
class MyPublishedWork {
  @Field(() => ID) entryId: string;
  @Field(() => WorkKind) kind: WorkKind;
  @Field() title: string;
  @Field() description: string;
  @Field(() => Int) year: number;
  @Field() consentedAt: string;
}

@ObjectType('MyPublishedWorkPayload')
class MyPublishedWorkPayload {
  @Field(() => Float) position: number;
  @Field() duplicate: boolean;
  @Field(() => [MyPublishedWork], { description: 'What is published about you now.' }) entries: ShowcaseEntry[];
}

@InputType()
export class PublishMyWorkInput extends CommandInput {
  @Field(() => ID, { description: 'Your employee id (the unit of your EMPLOYEE grant).' }) @IdentifierText() @Matches(EMPLOYEE_ID_PATTERN, { message: 'employeeId harus id pegawai' }) employeeId: string;
  @Field(() => WorkKind) @IsEnum(WorkKind, { message: 'kind harus AWARD atau OUTPUT' }) kind: WorkKind;
  @Field() @NameText() @IsString() @Length(3, 200) title: string;
  @Field({ description: 'In your own words; no one else\'s personal data.' }) @MultilineText() @IsString() @Length(10, 2000) description: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
}

@InputType()
export class WithdrawMyWorkInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(EMPLOYEE_ID_PATTERN, { message: 'employeeId harus id pegawai' }) employeeId: string;
  @Field(() => ID) @IdentifierText() @IsString() @Length(1, 100) entryId: string;
}

@ArgsType()
class PublishedWorkArgs extends ConnectionArgs {
  @Field(() => ID) @IdentifierText() @Matches(INSTANSI_ID_PATTERN, { message: 'instansiId harus id instansi' }) instansiId: string;
}

@Resolver()
export class ShowcaseResolver {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly contexts: CommandContextFactory,
    private readonly employees: EmployeeDirectory,
    private readonly readModels: ReadModels,
    private readonly pages: Paginator,
  ) {}

  @Mutation(() => MyPublishedWorkPayload, { description: 'Publishes on the portal, with your name, an award or a work output of your own: your consent, withdrawable at any time. EMPLOYEE (own record).' })
  @Roles(Role.EMPLOYEE)
  async publishMyWork(@Args('input') input: PublishMyWorkInput, @CurrentActor() actor: Actor): Promise<MyPublishedWorkPayload> {
    this.assertSelf(actor, input.employeeId);
    const context = this.contexts.forActor(actor, input);
    const employee = await this.employees.onDate(input.employeeId, jakartaDate(new Date(context.occurredAt)));
    if (!employee || employee.status !== 'AKTIF') refuse(FeedbackRule.NOT_AN_ACTIVE_EMPLOYEE, `Pegawai ${input.employeeId} bukan ASN aktif`);
    const { employeeId, kind, title, description, year } = input;
    const entryId = `${employeeId}.${deriveId('published-work', context.commandId)}`;
    const command = { type: 'PublishWork' as const, employeeId, entryId, instansiId: employee.instansiId, unitId: employee.unitId, kind, title, description, year, at: context.occurredAt };
    const result = await this.executor.execute(showcaseDecider, showcaseStream(employeeId), command, context);
    return { position: result.position, duplicate: result.duplicate, entries: [...result.state.entries] };
  }

  @Mutation(() => MyPublishedWorkPayload, { description: 'Withdraws your consent to one publication of your work: it leaves the public view at once. EMPLOYEE (own record).' })
  @Roles(Role.EMPLOYEE)
  async withdrawMyWork(@Args('input') input: WithdrawMyWorkInput, @CurrentActor() actor: Actor): Promise<MyPublishedWorkPayload> {
    this.assertSelf(actor, input.employeeId);
    const context = this.contexts.forActor(actor, input);
    const result = await this.executor.execute(showcaseDecider, showcaseStream(input.employeeId), { type: 'WithdrawWork', employeeId: input.employeeId, entryId: input.entryId, at: context.occurredAt }, context);
    return { position: result.position, duplicate: result.duplicate, entries: [...result.state.entries] };
  }

  @Query(() => PublishedWorkConnection, { description: "Awards and work outputs ASN of an instansi chose to publish about themselves, oldest first; a withdrawn one is gone. Public." })
  @Public()
  async publishedWork(@Args() args: PublishedWorkArgs): Promise<ConnectionShape<PublishedWork>> {
    const page = await this.pages.paginate(this.readModels.collection<PublishedWorkDoc>(PUBLISHED_WORK), { instansiId: args.instansiId }, { first: args.first, after: args.after }, 'consentedAt');
    const edges = await Promise.all(
      page.edges.map(async ({ node, cursor }) => {
        const employee = await this.employees.onDate(node.employeeId, node.consentedAt.slice(0, 10));
        return { cursor, node: { id: node._id, asnName: employee?.name ?? '—', unitId: node.unitId, kind: node.kind, title: node.title, description: node.description, year: node.year, publishedAt: node.consentedAt } };
      }),
    );
    return { ...page, edges };
  }

  private assertSelf(actor: Actor, employeeId: string): void {
    if (!ownEmployeeIds(actor).includes(employeeId)) throw new ForbiddenError('Hanya pegawai itu sendiri yang dapat mempublikasikan atau menarik karyanya');
  }
}

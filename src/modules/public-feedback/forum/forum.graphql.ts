import { Args, ArgsType, Context, Field, Float, ID, InputType, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { IsBoolean, IsOptional, IsString, Length, Matches } from 'class-validator';
import { CurrentActor, Public, Roles } from '@infrastructure/auth/decorators';
import { isAnonymous, Role } from '@infrastructure/auth/roles';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { Connection, ConnectionArgs, ConnectionShape, Paginator } from '@infrastructure/graphql/connection';
import { IdentifierText, MultilineText, NameText } from '@infrastructure/graphql/text-rules';
import { defineProjection } from '@infrastructure/projections/projection';
import { ReadModels } from '@infrastructure/projections/read-models';
import { CommandContextFactory } from '@kernel/command-context';
import { CommandExecutor } from '@kernel/command-handling';
import { ForbiddenError, NotFoundError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { INSTANSI_ID_PATTERN, UNIT_ID_PATTERN } from '@kernel/grant-scope';
import { deriveId } from '@kernel/ids';
import { refuse } from '@kernel/rules';
import { OrganisationDirectory } from '../../organisation';
import { ProofOfWork } from '../abuse/proof-of-work';
import { SubmissionLimit } from '../abuse/submission-limit';
import { handlesUnit } from '../access/feedback-access';
import { FeedbackRule } from '../feedback.rules';
import { ForumCommand, forumDecider, ForumEvent, forumStream } from './forum';

export const FORUM_TOPICS = 'feedback_forum_topics';

@ObjectType('ForumPost')
@Schema({ _id: false, versionKey: false })
export class ForumPostNode {
  @Field(() => ID) @Prop({ type: String, required: true }) postId: string;
  @Field(() => ID, { nullable: true }) @Prop({ type: String, default: null }) replyTo: string | null;
  @Field() @Prop({ type: String, required: true }) text: string;
  @Field({ description: 'CITIZEN or UNIT (the official answer).' }) @Prop({ type: String, required: true }) author: string;
  @Field({ description: 'PENDING (moderation), PUBLISHED or REJECTED.' }) @Prop({ type: String, required: true }) status: string;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) reasonCode: string | null;
  @Field() @Prop({ type: String, required: true }) submittedAt: string;
}
const ForumPostSchema = SchemaFactory.createForClass(ForumPostNode);

@ObjectType('ForumFollowUp')
@Schema({ _id: false, versionKey: false })
export class ForumFollowUpNode {
  @Field() @Prop({ type: String, required: true }) action: string;
  @Field() @Prop({ type: String, required: true }) recordedAt: string;
}
const ForumFollowUpSchema = SchemaFactory.createForClass(ForumFollowUpNode);

@ObjectType('ForumTopic', { description: "A unit's forum topic: published posts for everyone; the moderation queue for the unit's officers." })
@Schema({ versionKey: false })
export class ForumTopicDoc {
  @Field(() => ID, { name: 'id' }) @Prop({ type: String }) _id: string;
  @Field(() => ID) @Prop({ type: String, required: true }) unitId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) instansiId: string;
  @Field() @Prop({ type: String, required: true }) title: string;
  @Field() @Prop({ type: String, required: true }) description: string;
  @Field() @Prop({ type: String, required: true }) status: string;
  @Field() @Prop({ type: String, required: true }) openedAt: string;
  @Field(() => [ForumPostNode], { description: 'Published posts (at most the latest 200).' }) @Prop({ type: [ForumPostSchema], default: [] }) posts: ForumPostNode[];
  @Field(() => [ForumFollowUpNode]) @Prop({ type: [ForumFollowUpSchema], default: [] }) followUps: ForumFollowUpNode[];
}
export const ForumTopicSchema = SchemaFactory.createForClass(ForumTopicDoc);
ForumTopicSchema.index({ instansiId: 1, openedAt: 1, _id: 1 });

export const forumTopicsProjection = defineProjection<ForumEvent>({
  name: FORUM_TOPICS,
  version: 1,
  collections: [{ name: FORUM_TOPICS, schema: ForumTopicSchema }],
  canHandle: ['public-feedback.ForumTopicOpened', 'public-feedback.ForumPostSubmitted', 'public-feedback.ForumPostModerated', 'public-feedback.ForumFollowUpRecorded', 'public-feedback.ForumTopicClosed'],
  async apply(event, writer) {
    const id = event.data.topicId;
    switch (event.type) {
      case 'public-feedback.ForumTopicOpened': {
        const { topicId: _topicId, ...rest } = event.data;
        return writer.upsert(FORUM_TOPICS, id, { $set: { ...rest, status: 'OPEN', posts: [], followUps: [] } });
      }
      case 'public-feedback.ForumPostSubmitted': {
        const d = event.data;
        const doc = await writer.findById<ForumTopicDoc>(FORUM_TOPICS, id);
        const posts = (doc?.posts ?? []).filter((p) => p.postId !== d.postId);
        posts.push({ postId: d.postId, replyTo: d.replyTo ?? null, text: d.text, author: d.author, status: d.author === 'UNIT' ? 'PUBLISHED' : 'PENDING', reasonCode: null, submittedAt: d.submittedAt });
        return writer.upsert(FORUM_TOPICS, id, { $set: { posts } });
      }
      case 'public-feedback.ForumPostModerated': {
        const d = event.data;
        const doc = await writer.findById<ForumTopicDoc>(FORUM_TOPICS, id);
        const posts = (doc?.posts ?? []).map((p) => (p.postId === d.postId ? { ...p, status: d.published ? 'PUBLISHED' : 'REJECTED', reasonCode: d.reasonCode ?? null } : p));
        return writer.upsert(FORUM_TOPICS, id, { $set: { posts } });
      }
      case 'public-feedback.ForumFollowUpRecorded': {
        const doc = await writer.findById<ForumTopicDoc>(FORUM_TOPICS, id);
        const entry = { action: event.data.action, recordedAt: event.data.recordedAt };
        const followUps = [...(doc?.followUps ?? []).filter((f) => !(f.action === entry.action && f.recordedAt === entry.recordedAt)), entry];
        return writer.upsert(FORUM_TOPICS, id, { $set: { followUps } });
      }
      case 'public-feedback.ForumTopicClosed':
        return writer.upsert(FORUM_TOPICS, id, { $set: { status: 'CLOSED' } });
    }
  },
});

@ObjectType('ForumTopicPayload')
class ForumTopicPayload {
  @Field(() => Float) position: number;
  @Field() duplicate: boolean;
  @Field(() => ForumTopicDoc, { nullable: true }) topic: ForumTopicDoc | null;
}

@ObjectType('ForumPostPayload')
class ForumPostPayload {
  @Field(() => Float) position: number;
  @Field() duplicate: boolean;
  @Field(() => ID) postId: string;
  @Field({ description: 'PENDING until moderated (citizens); PUBLISHED for the unit answer.' }) status: string;
}

@InputType()
export class OpenForumTopicInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: 'unitId harus id unit kerja' }) unitId: string;
  @Field() @NameText() @IsString() @Length(5, 200) title: string;
  @Field() @MultilineText() @IsString() @Length(10, 4000) description: string;
}

@InputType()
export class PostToForumInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @IsString() @Length(3, 120) topicId: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IdentifierText() @IsString() @Length(3, 120) replyTo?: string;
  @Field() @MultilineText() @IsString() @Length(2, 4000) text: string;
  @Field(() => String, { nullable: true, description: 'ALTCHA solution: required from anonymous callers.' }) @IsOptional() @IsString() @Length(10, 4000) proofOfWork?: string;
}

@InputType()
export class ModerateForumPostInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @IsString() @Length(3, 120) topicId: string;
  @Field(() => ID) @IdentifierText() @IsString() @Length(3, 120) postId: string;
  @Field() @IsBoolean() publish: boolean;
  @Field(() => String, { nullable: true, description: 'Required to reject: TIDAK_RELEVAN, UJARAN_KEBENCIAN, DATA_PRIBADI, SPAM, BAHASA_TIDAK_PANTAS.' }) @IsOptional() @IdentifierText() @IsString() @Length(2, 64) reasonCode?: string;
}

@InputType()
export class RecordForumFollowUpInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @IsString() @Length(3, 120) topicId: string;
  @Field() @MultilineText() @IsString() @Length(5, 4000) action: string;
}

@ArgsType()
class ForumTopicsArgs extends ConnectionArgs {
  @Field(() => ID) @IdentifierText() @Matches(INSTANSI_ID_PATTERN, { message: 'instansiId harus id instansi' }) instansiId: string;
}

@ArgsType()
class ForumTopicArgs {
  @Field(() => ID) @IdentifierText() @IsString() @Length(3, 120) topicId: string;
}

const ForumTopicConnection = Connection(ForumTopicDoc, 'ForumTopic');

@Resolver()
export class ForumResolver {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly contexts: CommandContextFactory,
    private readonly organisation: OrganisationDirectory,
    private readonly readModels: ReadModels,
    private readonly pages: Paginator,
    private readonly pow: ProofOfWork,
    private readonly limit: SubmissionLimit,
  ) {}

  @Mutation(() => ForumTopicPayload, { description: 'A unit opens a forum topic (e.g. a service that is hard to use). COMPLAINT_OFFICER: coordinator of the instansi, or penghubung of an OPD the unit is in.' })
  @Roles(Role.COMPLAINT_OFFICER)
  async openForumTopic(@Args('input') input: OpenForumTopicInput, @CurrentActor() actor: Actor) {
    const unit = await this.organisation.unit(input.unitId);
    if (!unit) refuse(FeedbackRule.UNIT_UNKNOWN, `Unit ${input.unitId} tidak dikenal`);
    if (!handlesUnit(actor, unit)) throw new ForbiddenError(`Membuka topik untuk ${input.unitId}: memerlukan COMPLAINT_OFFICER unit ini`);
    const context = this.contexts.forActor(actor, input);
    const topicId = `${unit.instansiId}.${deriveId('forum-topic', context.commandId)}`;
    const result = await this.executor.execute(forumDecider, forumStream(topicId), { type: 'OpenTopic', topicId, unitId: unit._id, instansiId: unit.instansiId, title: input.title, description: input.description, at: context.occurredAt }, context);
    return { position: result.position, duplicate: result.duplicate, topic: await this.topic(result.position, topicId, actor) };
  }

  @Mutation(() => ForumPostPayload, { description: "Posts to a topic, or replies to a published post. Public: a citizen's post (with a proof of work when anonymous) waits for moderation; a COMPLAINT_OFFICER of the unit posts the unit's answer, published at once." })
  @Public()
  async postToForum(@Args('input') input: PostToForumInput, @CurrentActor() actor: Actor, @Context('req') req: { ip?: string }) {
    await this.limit.check(actor, req?.ip);
    const anonymous = isAnonymous(actor);
    const topic = await this.readModels.collection<ForumTopicDoc>(FORUM_TOPICS).findById(input.topicId);
    if (!topic) throw new NotFoundError('Topik forum tidak ditemukan');
    const official = !anonymous && (await this.handles(actor, topic.unitId));
    if (!anonymous && !official) throw new ForbiddenError('Warga menulis tanpa akun; petugas hanya di topik unitnya');
    const context = anonymous ? await this.pow.spend(input.proofOfWork, actor, input) : this.contexts.forActor(actor, input);
    const postId = deriveId('forum-post', context.commandId);
    const command: ForumCommand = { type: 'Post', postId, replyTo: input.replyTo, text: input.text, author: official ? 'UNIT' : 'CITIZEN', at: context.occurredAt };
    const result = await this.executor.execute(forumDecider, forumStream(input.topicId), command, context);
    return { position: result.position, duplicate: result.duplicate, postId, status: result.state.posts[postId] ?? 'PENDING' };
  }

  @Mutation(() => ForumTopicPayload, { description: 'Publishes a pending citizen post, or rejects it with a reason from the fixed list. COMPLAINT_OFFICER of the unit (coordinator or penghubung).' })
  @Roles(Role.COMPLAINT_OFFICER)
  moderateForumPost(@Args('input') input: ModerateForumPostInput, @CurrentActor() actor: Actor) {
    return this.officer(input.topicId, actor, input, (at) => ({ type: 'Moderate', postId: input.postId, publish: input.publish, reasonCode: input.reasonCode, at }));
  }

  @Mutation(() => ForumTopicPayload, { description: 'Records a follow-up action the unit took on the topic. COMPLAINT_OFFICER of the unit.' })
  @Roles(Role.COMPLAINT_OFFICER)
  recordForumFollowUp(@Args('input') input: RecordForumFollowUpInput, @CurrentActor() actor: Actor) {
    return this.officer(input.topicId, actor, input, (at) => ({ type: 'RecordFollowUp', action: input.action, at }));
  }

  @Query(() => ForumTopicConnection, { description: "An instansi's forum topics, oldest first, with their published posts and follow-ups. Public." })
  @Public()
  async forumTopics(@Args() args: ForumTopicsArgs): Promise<ConnectionShape<ForumTopicDoc>> {
    const page = await this.pages.paginate(this.readModels.collection<ForumTopicDoc>(FORUM_TOPICS), { instansiId: args.instansiId }, { first: args.first, after: args.after }, 'openedAt');
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: published(e.node as ForumTopicDoc) })) };
  }

  @Query(() => ForumTopicDoc, { description: "One topic: published posts for everyone; the unit's officers also see the posts waiting for moderation. Public." })
  @Public()
  async forumTopic(@Args() args: ForumTopicArgs, @CurrentActor() actor: Actor): Promise<ForumTopicDoc> {
    const topic = await this.readModels.collection<ForumTopicDoc>(FORUM_TOPICS).findById(args.topicId);
    if (!topic) throw new NotFoundError('Topik forum tidak ditemukan');
    return !isAnonymous(actor) && (await this.handles(actor, topic.unitId)) ? { ...topic, posts: topic.posts.slice(-200) } : published(topic);
  }

  private async officer(topicId: string, actor: Actor, input: CommandInput, command: (at: string) => ForumCommand) {
    const context = this.contexts.forActor(actor, input);
    const result = await this.executor.execute(forumDecider, forumStream(topicId), command(context.occurredAt), context, {
      authorize: async (state, a) => {
        if (state.status === 'NONE' || !(await this.handles(a, state.unitId))) throw new ForbiddenError('Topik ini bukan topik unit Anda');
      },
    });
    return { position: result.position, duplicate: result.duplicate, topic: await this.topic(result.position, topicId, actor) };
  }

  private async topic(position: number, topicId: string, actor: Actor): Promise<ForumTopicDoc | null> {
    await this.readModels.waitFor(position, forumTopicsProjection.name);
    return this.forumTopic({ topicId }, actor).catch(() => null);
  }

  private async handles(actor: Actor, unitId: string): Promise<boolean> {
    const unit = await this.organisation.unit(unitId);
    return unit !== null && handlesUnit(actor, unit);
  }
}

/** What anyone sees: published posts only, the latest 200. */
function published(topic: ForumTopicDoc): ForumTopicDoc {
  return { ...topic, posts: topic.posts.filter((p) => p.status === 'PUBLISHED').slice(-200) };
}

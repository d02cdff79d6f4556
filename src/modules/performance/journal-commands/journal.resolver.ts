import { Args, ArgsType, Field, Float, ID, Mutation, ObjectType, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Command, CommandBus, CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { IsInt, IsOptional, IsString, Length, Min } from 'class-validator';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { Connection, ConnectionArgs, ConnectionShape } from '@infrastructure/graphql/connection';
import { Mutations } from '@infrastructure/graphql/mutations';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { EventFeed } from '@infrastructure/subscriptions/event-feed';
import { CommandContext, CommandResult } from '@kernel/command-handling';
import { CommandContextFactory } from '@kernel/command-context';
import { Actor, RecordedEvent } from '@kernel/events';
import { ALL_INSTANSI } from '@kernel/grant-scope';
import { ActivityLogged } from '../journal/journal.events';
import { ACTIVITY_NODE, SKP_NODE } from '../read-models/performance.nodes';
import { ActivityEntry } from '../read-models/activities/activity.schema';
import { ActivityLogQuery, mayReadActivity } from '../read-models/activities/activities.query';
import { Skp } from '../read-models/skps/skp.schema';
import { JournalCommands } from './journal-commands';
import { RecordViews } from '../record-views/record-views';
import { GiveFeedbackInput, LogActivityInput, RecordRealisasiInput } from './journal.inputs';

export class LogActivityCommand extends Command<CommandResult & { activityId: string }> {
  constructor(readonly input: LogActivityInput, readonly context: CommandContext) {
    super();
  }
}
export class GiveFeedbackCommand extends Command<CommandResult> {
  constructor(readonly input: GiveFeedbackInput, readonly context: CommandContext) {
    super();
  }
}
export class RecordRealisasiCommand extends Command<CommandResult> {
  constructor(readonly input: RecordRealisasiInput, readonly context: CommandContext) {
    super();
  }
}

@CommandHandler(LogActivityCommand)
export class LogActivityHandler implements ICommandHandler<LogActivityCommand> {
  constructor(private readonly journal: JournalCommands) {}
  execute({ input, context }: LogActivityCommand) {
    const { skpId, date, durationMinutes, rhkId, description } = input;
    return this.journal.logActivity({ skpId, date, durationMinutes, rhkId, description, evidence: [...(input.evidence ?? [])] }, context);
  }
}

@CommandHandler(GiveFeedbackCommand)
export class GiveFeedbackHandler implements ICommandHandler<GiveFeedbackCommand> {
  constructor(private readonly journal: JournalCommands) {}
  execute({ input, context }: GiveFeedbackCommand) {
    return this.journal.giveFeedback({ skpId: input.skpId, rhkId: input.rhkId ?? null, activityId: input.activityId ?? null, perilaku: input.perilaku ?? null, text: input.text }, context);
  }
}

@CommandHandler(RecordRealisasiCommand)
export class RecordRealisasiHandler implements ICommandHandler<RecordRealisasiCommand> {
  constructor(private readonly journal: JournalCommands) {}
  execute({ input, context }: RecordRealisasiCommand) {
    const { skpId, rhkId, period, realisasi } = input;
    return this.journal.recordRealisasi({ skpId, rhkId, period, realisasi, evidence: [...(input.evidence ?? [])] }, context);
  }
}

@ObjectType('LogActivityPayload')
class LogActivityPayload {
  @Field(() => Float) position: number;
  @Field() duplicate: boolean;
  @Field(() => ID) activityId: string;
  @Field(() => ActivityEntry, { nullable: true }) activity: ActivityEntry | null;
}
const FeedbackPayload = MutationPayload('GiveFeedbackPayload', 'skp', Skp);
const RealisasiPayload = MutationPayload('RecordRealisasiPayload', 'skp', Skp);
const ActivityEntryConnection = Connection(ActivityEntry);

@ArgsType()
class ActivityLogArgs extends ConnectionArgs {
  @Field(() => ID) @IdentifierText() @IsString() @Length(1, 120) skpId: string;
}

@ArgsType()
class ActivityLoggedArgs {
  @Field(() => Float, { defaultValue: 0, description: 'Deliver entries after this log position (resume without gaps).' }) @IsInt() @Min(0) after: number = 0;
  @Field(() => ID, { nullable: true, description: 'Only this SKP.' }) @IsOptional() @IdentifierText() @IsString() @Length(1, 120) skpId?: string;
}

/**
 * The feed reads the whole log as a reader of every instansi and this field applies the SKP's own
 * reader rule to each entry: an appraiser's grant names a unit (no instansi), so the platform's
 * instansi scoping alone would show them nothing, and an instansi grant alone would show too much.
 */
const FEED_READER: Actor = Object.freeze({ id: 'system:performance-feed', roles: [Object.freeze({ role: Role.AUDITOR, unit: ALL_INSTANSI })] });

export function toActivityEntry(event: RecordedEvent): ActivityEntry {
  const { activityId, ...entry } = (event as unknown as RecordedEvent<ActivityLogged['data']>).data;
  return { _id: activityId, ...entry, umpanBalik: [] };
}

/**
 * The entries `actor` may read; each one pushed is a read of an individual's journal, so its
 * RecordViewed is appended before the entry leaves, as for the activityLog query.
 */
async function* readable(source: AsyncIterableIterator<RecordedEvent>, actor: Actor, skpId: string | undefined, views: RecordViews): AsyncGenerator<RecordedEvent> {
  try {
    for await (const event of source) {
      const data = (event as unknown as RecordedEvent<ActivityLogged['data']>).data;
      if ((skpId && data.skpId !== skpId) || !mayReadActivity(actor, data)) continue;
      await views.viewed(actor, 'activityLogged', [{ kind: 'ACTIVITY_LOG', id: data.skpId, employeeId: data.employeeId, instansiId: data.instansiId }]);
      yield event;
    }
  } finally {
    await source.return?.();
  }
}

@Resolver()
export class JournalResolver {
  constructor(
    private readonly mutations: Mutations,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly contexts: CommandContextFactory,
    private readonly feed: EventFeed,
    private readonly views: RecordViews,
  ) {}

  @Mutation(() => LogActivityPayload, { description: 'Logs a daily activity (date, minutes, RHK, description, optional bukti dukung hashes) on an approved SKP. The EMPLOYEE (or ADMIN_BKD of the instansi).' })
  @Roles(Role.EMPLOYEE, Role.ADMIN_BKD)
  async logActivity(@Args('input') input: LogActivityInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute(new LogActivityCommand(input, this.contexts.forActor(actor, input)));
    const payload = await this.mutations.payload(result, ACTIVITY_NODE, result.activityId, actor);
    return { ...payload, activityId: result.activityId };
  }

  @Mutation(() => FeedbackPayload, { description: 'Gives umpan balik on an RHK, a journal entry or a BerAKHLAK value of an approved SKP. The pejabat penilai (kepala daerah: ADMIN_BKD).' })
  @Roles(Role.PEJABAT_PENILAI, Role.ADMIN_BKD)
  giveFeedback(@Args('input') input: GiveFeedbackInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new GiveFeedbackCommand(input, c), SKP_NODE, input.skpId);
  }

  @Mutation(() => RealisasiPayload, { description: 'Records the realisasi of an RHK for a period, with bukti dukung; a later record for the same RHK and period supersedes it. The EMPLOYEE (or ADMIN_BKD).' })
  @Roles(Role.EMPLOYEE, Role.ADMIN_BKD)
  recordRealisasi(@Args('input') input: RecordRealisasiInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new RecordRealisasiCommand(input, c), SKP_NODE, input.skpId);
  }

  @Query(() => ActivityEntryConnection, { description: 'The daily journal of an SKP, in date order. Whoever may read the SKP.' })
  @Roles(Role.EMPLOYEE, Role.PEJABAT_PENILAI, Role.ADMIN_BKD, Role.AUDITOR)
  async activityLog(@Args() args: ActivityLogArgs, @CurrentActor() actor: Actor): Promise<ConnectionShape<ActivityEntry>> {
    const page: ConnectionShape<ActivityEntry> = await this.queries.execute(new ActivityLogQuery(args.skpId, actor, { first: args.first, after: args.after }));
    const first = page.edges[0]?.node;
    await this.views.viewed(actor, 'activityLog', first ? [{ kind: 'ACTIVITY_LOG', id: args.skpId, employeeId: first.employeeId, instansiId: first.instansiId }] : []);
    return page;
  }

  @Subscription(() => ActivityEntry, {
    description: "Journal entries as they are committed, for the appraiser's board: entries of SKPs the caller may read (their own, the ones they appraise, ADMIN_BKD/AUDITOR of the instansi), after `after`, then live.",
    resolve: (event: RecordedEvent) => toActivityEntry(event),
  })
  @Roles(Role.PEJABAT_PENILAI, Role.EMPLOYEE, Role.ADMIN_BKD, Role.AUDITOR)
  activityLogged(@Args() args: ActivityLoggedArgs, @CurrentActor() actor: Actor): AsyncIterable<RecordedEvent> {
    return readable(this.feed.subscribe(FEED_READER, { after: args.after, types: ['performance.ActivityLogged'], roles: [Role.AUDITOR] }), actor, args.skpId, this.views);
  }
}

export const journalProviders = [JournalCommands, JournalResolver, LogActivityHandler, GiveFeedbackHandler, RecordRealisasiHandler];

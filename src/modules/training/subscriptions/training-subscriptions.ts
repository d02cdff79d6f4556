import { Args, ArgsType, Field, Float, ID, ObjectType, Resolver, Subscription } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Length, Min } from 'class-validator';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { EventFeed } from '@infrastructure/subscriptions/event-feed';
import { Actor, RecordedEvent } from '@kernel/events';
import { BUDGET_READERS } from '../access/training-access';
import { CompletionVerified, ParticipantCompleted, ParticipantEnrolled } from '../activity/activity.events';

/**
 * Live feeds of enrolments and completions for the development team and its overseers, on the
 * platform's event feed (committed log only, resumable by position, scoped per grant through the
 * module's registered stream scopes). Each item carries ids and figures, never personal data.
 */
const READERS = [...BUDGET_READERS];

@ArgsType()
class TrainingFeedArgs {
  @Field(() => Float, { defaultValue: 0, description: 'Deliver events after this log position: pass the last position received to resume without gaps.' })
  @IsInt()
  @Min(0)
  after: number = 0;

  @Field(() => ID, { nullable: true, description: 'Only this activity.' }) @IsOptional() @IdentifierText() @IsString() @Length(3, 120) activityId?: string | null;
}

@ObjectType('TrainingEnrolmentEvent', { description: 'A participant was enrolled in an activity (its cost committed on the envelope).' })
export class TrainingEnrolmentEvent {
  @Field(() => Float, { description: 'Log position: resume from it with `after`.' }) position: number;
  @Field(() => ID) activityId: string;
  @Field(() => ID) employeeId: string;
  @Field(() => ID, { nullable: true }) planItemId: string | null;
  @Field() enrolledAt: string;
}

@ObjectType('TrainingCompletionEvent', { description: 'A participant completed an activity (COMPLETED, awaiting verification) or the completion was verified (VERIFIED: the JP count).' })
export class TrainingCompletionEvent {
  @Field(() => Float, { description: 'Log position: resume from it with `after`.' }) position: number;
  @Field({ description: 'COMPLETED or VERIFIED.' }) kind: string;
  @Field(() => ID) activityId: string;
  @Field(() => ID) employeeId: string;
  @Field(() => Float) jp: number;
  @Field() at: string;
}

/** A filtering view of a feed that keeps the feed's immediate return() (it aborts the log read). */
function only<T>(source: AsyncIterableIterator<RecordedEvent>, keep: (event: RecordedEvent) => boolean, map: (event: RecordedEvent) => T): AsyncIterableIterator<T> {
  const iterator: AsyncIterableIterator<T> = {
    [Symbol.asyncIterator]: () => iterator,
    next: async () => {
      for (;;) {
        const step = await source.next();
        if (step.done) return { done: true, value: undefined };
        if (keep(step.value)) return { done: false, value: map(step.value) };
      }
    },
    return: async () => {
      await source.return?.();
      return { done: true, value: undefined };
    },
  };
  return iterator;
}

const forActivity = (activityId?: string | null) => (event: RecordedEvent) => !activityId || (event.data as { activityId?: string }).activityId === activityId;

export function enrolmentOf(event: RecordedEvent): TrainingEnrolmentEvent {
  const d = event.data as ParticipantEnrolled['data'];
  return { position: event.position, activityId: d.activityId, employeeId: d.employeeId, planItemId: d.planItemId, enrolledAt: d.enrolledAt };
}

export function completionOf(event: RecordedEvent): TrainingCompletionEvent {
  if (event.type === 'training.CompletionVerified') {
    const d = event.data as CompletionVerified['data'];
    return { position: event.position, kind: 'VERIFIED', activityId: d.activityId, employeeId: d.employeeId, jp: d.jp, at: d.verifiedAt };
  }
  const d = event.data as ParticipantCompleted['data'];
  return { position: event.position, kind: 'COMPLETED', activityId: d.activityId, employeeId: d.employeeId, jp: d.jp, at: d.completedAt };
}

@Resolver()
export class TrainingSubscriptionsResolver {
  constructor(private readonly feed: EventFeed) {}

  @Subscription(() => TrainingEnrolmentEvent, { resolve: (item: TrainingEnrolmentEvent) => item, description: 'Enrolments, in log order: first those after `after`, then live. TRAINING_ADMIN, ADMIN_BKD, AUDITOR (scoped by the grant’s instansi).' })
  @Roles(Role.TRAINING_ADMIN, Role.ADMIN_BKD, Role.AUDITOR)
  trainingEnrolments(@Args() args: TrainingFeedArgs, @CurrentActor() actor: Actor): AsyncIterable<TrainingEnrolmentEvent> {
    const events = this.feed.subscribe(actor, { after: args.after, types: ['training.ParticipantEnrolled'], roles: READERS });
    return only(events, forActivity(args.activityId), enrolmentOf);
  }

  @Subscription(() => TrainingCompletionEvent, { resolve: (item: TrainingCompletionEvent) => item, description: 'Completions and their verification, in log order: first those after `after`, then live. TRAINING_ADMIN, ADMIN_BKD, AUDITOR (scoped by the grant’s instansi).' })
  @Roles(Role.TRAINING_ADMIN, Role.ADMIN_BKD, Role.AUDITOR)
  trainingCompletions(@Args() args: TrainingFeedArgs, @CurrentActor() actor: Actor): AsyncIterable<TrainingCompletionEvent> {
    const events = this.feed.subscribe(actor, { after: args.after, types: ['training.ParticipantCompleted', 'training.CompletionVerified'], roles: READERS });
    return only(events, forActivity(args.activityId), completionOf);
  }
}

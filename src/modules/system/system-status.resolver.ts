import { Inject } from '@nestjs/common';
import { Args, Field, Float, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, AppConfig } from '@config/config';
import { BadUserInputError, NotFoundError } from '@kernel/errors';
import { AllInstansi, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { EVENT_STORE, EventStore } from '@kernel/event-store.port';
import { ProjectionRunner } from '@infrastructure/projections/projection-runner';
import { Deadlines, workingDays } from '@infrastructure/scheduling';

@ObjectType({ description: 'The event that stopped a projection, and why.' })
class FailedEventInfo {
  @Field() eventId: string;
  @Field() type: string;
  @Field() streamId: string;
  @Field(() => Float) position: number;
  @Field() error: string;
}

@ObjectType()
class RebuildProgress {
  @Field(() => Int) generation: number;
  @Field(() => Float) position: number;
}

@ObjectType({ description: 'One projection (read-model builder) or reaction (process manager) and how far behind the log it is.' })
class ProjectionStatusInfo {
  @Field() name: string;
  @Field({ description: 'PROJECTION (rebuildable read model) or REACTION (acts on events; own checkpoint, never rebuilt).' }) kind: string;
  @Field(() => Int) version: number;
  @Field(() => Int, { description: 'Collection generation being served.' }) generation: number;
  @Field({ description: 'CATCHING_UP, LIVE, STOPPED or REBUILDING.' }) state: string;
  @Field(() => Float) position: number;
  @Field(() => Float) headPosition: number;
  @Field(() => Float, { description: "headPosition − position." }) lag: number;
  @Field(() => FailedEventInfo, { nullable: true }) failedEvent?: FailedEventInfo;
  @Field(() => RebuildProgress, { nullable: true }) rebuild?: RebuildProgress;
  @Field(() => Int) deadLetters: number;
}

@ObjectType({ description: 'Durable deadlines (tenggat): how many wait, and how many are past due but not yet fired.' })
class DeadlineStatusInfo {
  @Field(() => Int, { description: 'Scheduled, neither fired nor cancelled.' }) pending: number;
  @Field(() => Int, { description: 'Pending with a due time already past: the scheduler fires them at its next poll.' }) overdue: number;
  @Field(() => Int, { description: 'Fired, but the target command was refused or unknown.' }) failedDispatches: number;
}

@ObjectType({ description: 'The working-day calendar (national holidays and cuti bersama) deadlines are computed on.' })
class WorkingDayCalendarInfo {
  @Field({ description: 'Reference data answering, e.g. "2024v1 2025v2 2026v1 2027v1"; recorded with every computed deadline.' }) version: string;
  @Field(() => Int) coveredFrom: number;
  @Field(() => Int, { description: 'A deadline computed past this year is refused (CALENDAR.YEAR_NOT_COVERED).' }) coveredTo: number;
  @Field(() => [Int], { description: 'Years answered by an estimated list, not yet by the published SKB: load the SKB as the next version.' }) provisionalYears: number[];
}

@ObjectType()
export class SystemStatus {
  @Field({ description: 'sqlite or kurrentdb.' }) eventStore: string;
  @Field({ description: 'embedded or mongodb.' }) readStore: string;
  @Field(() => Float) headPosition: number;
  @Field(() => [ProjectionStatusInfo]) projections: ProjectionStatusInfo[];
  @Field(() => DeadlineStatusInfo) deadlines: DeadlineStatusInfo;
  @Field(() => WorkingDayCalendarInfo) calendar: WorkingDayCalendarInfo;
}


@ObjectType()
class RebuildProjectionPayload {
  @Field() name: string;
  @Field(() => Int, { description: 'The generation being built; served once caught up.' }) generation: number;
}

@Resolver()
export class SystemStatusResolver {
  constructor(
    private readonly runner: ProjectionRunner,
    private readonly deadlines: Deadlines,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Failed events name streams and errors of every instansi: only a system-wide grant sees them.
  @Query(() => SystemStatus, { description: 'Stores in use and per-projection state and lag. ADMIN_BKD, AUDITOR or INTEGRATOR with unit "*".' })
  @Roles(Role.ADMIN_BKD, Role.AUDITOR, Role.INTEGRATOR)
  @AllInstansi()
  async systemStatus(): Promise<SystemStatus> {
    return {
      eventStore: this.config.eventStore.kind,
      readStore: this.config.readStore.kind,
      headPosition: await this.events.headPosition(),
      projections: await this.runner.status(),
      deadlines: await this.deadlines.counts(),
      calendar: { version: workingDays.version, coveredFrom: workingDays.covered.from, coveredTo: workingDays.covered.to, provisionalYears: workingDays.provisionalYears },
    };
  }

  @Mutation(() => RebuildProjectionPayload, { description: 'Rebuilds one projection into fresh collections while the current ones serve. ADMIN_BKD with unit "*".' })
  @Roles(Role.ADMIN_BKD)
  @AllInstansi()
  async rebuildProjection(@Args('name') name: string): Promise<RebuildProjectionPayload> {
    const status = (await this.runner.status()).find((s) => s.name === name);
    if (!status) throw new NotFoundError(`No projection named ${name}`);
    if (status.kind === 'REACTION') throw new BadUserInputError(`${name} adalah reaksi, bukan proyeksi: efeknya terjadi sekali dan tidak dibangun ulang`);
    return { name, ...(await this.runner.rebuild(name)) };
  }
}

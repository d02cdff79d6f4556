import { Global, Inject, Module, OnModuleInit } from '@nestjs/common';
import { ProjectionRunner } from '../projections/projection-runner';
import { deadlineDispatchReaction } from './deadlines/deadline-dispatch.reaction';
import { DeadlineScheduler } from './deadlines/deadline-scheduler';
import { DeadlineTargets } from './deadlines/deadline-targets';
import { Deadlines } from './deadlines/deadlines';
import { deadlinesProjection } from './deadlines/deadlines.projection';

/**
 * Deadlines for every module: `Deadlines` schedules and cancels, `DeadlineTargets` is where a module
 * registers the commands a deadline may dispatch, the scheduler fires what is due.
 */
@Global()
@Module({
  providers: [DeadlineTargets, Deadlines, DeadlineScheduler],
  exports: [DeadlineTargets, Deadlines, DeadlineScheduler],
})
export class SchedulingModule implements OnModuleInit {
  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(DeadlineTargets) private readonly targets: DeadlineTargets,
  ) {}

  onModuleInit(): void {
    this.runner.register(deadlinesProjection);
    this.runner.registerReaction(deadlineDispatchReaction(this.targets));
  }
}

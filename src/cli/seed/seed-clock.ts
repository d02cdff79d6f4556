import { AsyncLocalStorage } from 'node:async_hooks';
import { Clock } from '@kernel/clock';

/**
 * The seed's clock: the wall clock, except inside `at(instant, work)`, where everything that work
 * does (the command's context, the proof-of-work expiry, a deadline poll) reads `instant`. A year of
 * feedback is recorded at the instants it happened, and the deadline scheduler is polled "as of" the
 * end of each month, so an SLA missed in March is detected in March, between the steps that follow.
 * Scoped per async call chain, so chains running concurrently each keep their own instant.
 */
export class SeedClock extends Clock {
  private readonly scope = new AsyncLocalStorage<Date>();

  override now(): Date {
    const instant = this.scope.getStore();
    return instant ? new Date(instant) : super.now();
  }

  at<T>(instant: string | undefined, work: () => Promise<T>): Promise<T> {
    if (!instant) return work();
    const date = new Date(instant);
    if (Number.isNaN(date.getTime())) throw new Error(`Seed instant is not a date: ${instant}`);
    return this.scope.run(date, work);
  }
}

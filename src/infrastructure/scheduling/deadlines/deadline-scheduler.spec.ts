import { getEventListeners } from 'node:events';
import { setTimeout as wait } from 'node:timers/promises';
import { AppConfig } from '@config/config';
import { ProjectionRunner } from '../../projections/projection-runner';
import { DeadlineScheduler } from './deadline-scheduler';
import { Deadlines } from './deadlines';

describe('DeadlineScheduler (the polling loop)', () => {
  it('polls every interval without piling up listeners on its stop signal, and stops at shutdown', async () => {
    let polls = 0;
    const deadlines = { due: async () => (polls++, []), settled: async () => true } as unknown as Deadlines;
    const runner = { started: Promise.resolve(), holdsSingleton: async () => true } as unknown as ProjectionRunner;
    const scheduler = new DeadlineScheduler(deadlines, runner, { deadlinePollIntervalMs: 1 } as AppConfig);
    const signal = (scheduler as unknown as { controller: AbortController }).controller.signal;
    scheduler.onApplicationBootstrap();
    const listenersAfter = async (count: number) => {
      while (polls < count) await wait(2);
      return getEventListeners(signal, 'abort').length;
    };
    try {
      // A listener left behind by every poll's wait is a leak (Node warns at 11:
      // MaxListenersExceededWarning, seen in a benchmark's idle API): the count must not grow.
      const early = await listenersAfter(5);
      expect(await listenersAfter(40)).toBe(early);
      expect(early).toBeLessThanOrEqual(2);
    } finally {
      await scheduler.onModuleDestroy();
    }
    const after = polls;
    await wait(20);
    expect(polls).toBe(after);
    expect(getEventListeners(signal, 'abort')).toHaveLength(0);
  });
});

import { ProjectionRunner } from '@infrastructure/projections/projection-runner';
import { ReadModels } from '@infrastructure/projections/read-models';
import { DeadlineScheduler, deadlineIdFor, Deadlines } from '@infrastructure/scheduling';
import { FixedClock } from '@kernel/clock';
import { CommandContextFactory } from '@kernel/command-context';
import { DeadlineProbeModule, PROBE_TARGET, probeStream } from '../fixtures/deadline-probe';
import { admin, tempDir } from '../fixtures/stores';
import { codeOf, TestApi } from './harness';

const STATUS = '{ systemStatus { deadlines { pending overdue failedDispatches } calendar { version coveredFrom coveredTo provisionalYears } projections { name kind } } }';

describe('deadlines across restarts', () => {
  const dir = tempDir('akt-deadlines-');
  // The poll interval is an hour: only the explicit ticks below (and the one at boot) fire anything.
  const env = { DATA_DIR: dir, DEADLINE_POLL_INTERVAL_MS: '3600000' };
  const clock = new FixedClock(new Date('2026-03-16T03:00:00Z')); // Monday 16 March 2026, 10:00 WIB
  const keptId = deadlineIdFor('case-1', 'test.reminder');
  const droppedId = deadlineIdFor('case-2', 'test.reminder');
  let api: TestApi;

  const start = async () => {
    api = await TestApi.start(env, { clock, imports: [DeadlineProbeModule] });
    return { deadlines: api.app.get(Deadlines), scheduler: api.app.get(DeadlineScheduler), token: await api.token('admin-1', { role: 'ADMIN_BKD', unit: '*' }) };
  };
  const settle = async () => expect(await api.app.get(ProjectionRunner).waitFor(await api.events.headPosition(), [], 5000)).toBe(true);
  const dispatches = async (counterId: string) => (await api.events.readStream(probeStream(counterId))).length;

  afterEach(async () => api?.close());

  it('a deadline after 3 working days fires once, after a restart, and never again; a cancelled one never fires', async () => {
    let { deadlines, token } = await start();
    const contexts = api.app.get(CommandContextFactory);
    const kept = await deadlines.schedule(
      { deadlineId: keptId, due: { afterWorkingDays: 3 }, target: { type: PROBE_TARGET, payload: { counterId: 'kept' } } },
      contexts.forActor(admin),
    );
    // Working days after Mon 16 Mar: Tue 17, then Wed 25 and Thu 26 (18–24 Mar: Nyepi, Idul Fitri, cuti
    // bersama, weekend). Due at the end of Thu 26 Mar, 24:00 WIB.
    expect(kept.dueAt).toBe('2026-03-26T17:00:00.000Z');
    await deadlines.schedule({ deadlineId: droppedId, due: { afterWorkingDays: 1 }, target: { type: PROBE_TARGET, payload: { counterId: 'dropped' } } }, contexts.forActor(admin));
    await deadlines.cancel(droppedId, 'pengaduan selesai lebih awal', contexts.forActor(admin));
    await settle();
    const before = await api.ok(STATUS, {}, token);
    expect(before.systemStatus.calendar).toEqual({ version: '2024v1 2025v2 2026v1 2027v1', coveredFrom: 2024, coveredTo: 2027, provisionalYears: [2027] });
    expect(before.systemStatus.deadlines).toEqual({ pending: 1, overdue: 0, failedDispatches: 0 });
    expect(before.systemStatus.projections).toEqual(expect.arrayContaining([{ name: 'deadlines', kind: 'PROJECTION' }, { name: 'scheduling-deadline-dispatch', kind: 'REACTION' }]));
    await api.close();

    clock.set('2026-03-26T16:59:00Z'); // 23:59 WIB on the last working day: not yet due
    let scheduler: DeadlineScheduler;
    ({ deadlines, scheduler, token } = await start());
    expect(await scheduler.tick()).toBe(0);
    clock.set('2026-03-26T17:00:00Z');
    expect((await api.ok(STATUS, {}, token)).systemStatus.deadlines).toEqual({ pending: 1, overdue: 1, failedDispatches: 0 });
    expect(await scheduler.tick()).toBe(1);
    await settle();
    expect(await dispatches('kept')).toBe(1);
    expect((await api.ok(STATUS, {}, token)).systemStatus.deadlines).toEqual({ pending: 0, overdue: 0, failedDispatches: 0 });
    await api.close();

    clock.set('2026-04-30T03:00:00Z');
    ({ scheduler, token } = await start());
    expect(await scheduler.tick()).toBe(0);
    const rebuild = await api.ok('mutation { rebuildProjection(name: "deadlines") { generation } }', {}, token);
    expect(rebuild.rebuildProjection.generation).toBe(2);
    expect(codeOf(await api.gql('mutation { rebuildProjection(name: "scheduling-deadline-dispatch") { generation } }', {}, token))).toBe('BAD_USER_INPUT');
    await until(async () => api.app.get(ProjectionRunner).servingCollection('deadlines') === 'deadlines__g2');
    await settle();
    expect(await scheduler.tick()).toBe(0);
    await settle();
    expect(await dispatches('kept')).toBe(1);
    expect(await dispatches('dropped')).toBe(0);
    expect(await api.app.get(ReadModels).collection('deadlines').findById(droppedId)).toMatchObject({ status: 'CANCELLED' });
  });
});

async function until(condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@config/config';
import { FixedClock } from '@kernel/clock';
import { CommandContextFactory } from '@kernel/command-context';
import { CommandExecutor } from '@kernel/command-handling';
import { eventRegistry } from '@kernel/event-registry';
import { IdGenerator } from '@kernel/ids';
import { EmbeddedDocumentStore } from '../../document-store/embedded/embedded-document-store';
import { SqliteEventStore } from '../../event-store/sqlite/sqlite-event-store';
import { ProjectionRunner } from '../../projections/projection-runner';
import { ReadModels } from '../../projections/read-models';
import { deadlineStream } from './deadline.events';
import { DeadlineTargets } from './deadline-targets';
import { deadlineIdFor, Deadlines } from './deadlines';

describe('Deadlines.schedule', () => {
  const dir = mkdtempSync(join(tmpdir(), 'akt-deadline-'));
  const events = new SqliteEventStore(join(dir, 'events.db'));
  const docs = new EmbeddedDocumentStore();
  const config = loadConfig({ DATA_DIR: dir });
  const runner = new ProjectionRunner(events, docs, eventRegistry, { pageSize: 100, onPoison: 'stop' });
  const clock = new FixedClock(new Date('2025-03-27T02:00:00Z')); // Thursday 27 March 2025, 09:00 WIB
  const contexts = new CommandContextFactory(clock, new IdGenerator());
  const targets = new DeadlineTargets();
  targets.register('test.Remind', async () => undefined);
  const deadlines = new Deadlines(new CommandExecutor(events, 3), targets, clock, new ReadModels(docs, runner, config));
  const admin = { id: 'admin-1', roles: [{ role: 'ADMIN_BKD', unit: '*' }] };
  const target = { type: 'test.Remind', payload: { caseId: 'k1' } };

  afterAll(async () => {
    await events.close();
    await docs.close();
  });

  it('after N working days: due at 24:00 WIB of the N-th working day, recording rule and calendar', async () => {
    const deadlineId = deadlineIdFor('case-k1', 'test.sla');
    const result = await deadlines.schedule({ deadlineId, due: { afterWorkingDays: 1 }, target }, contexts.forActor(admin));
    // Idul Fitri 2025: the first working day after Thu 27 Mar is Tue 8 Apr; its end is 8 Apr 17:00 UTC.
    expect(result.dueAt).toBe('2025-04-08T17:00:00.000Z');
    const [scheduled] = await events.readStream(deadlineStream(deadlineId));
    expect(scheduled.data).toMatchObject({
      dueAt: '2025-04-08T17:00:00.000Z',
      target,
      scheduledBy: 'admin-1',
      basis: { kind: 'WORKING_DAYS', days: 1, from: '2025-03-27T02:00:00.000Z', calendar: '2024v1 2025v2 2026v1 2027v1' },
    });
  });

  it('scheduling the same deadline again (a repeated reaction) writes nothing', async () => {
    const deadlineId = deadlineIdFor('case-k2', 'test.sla');
    await deadlines.schedule({ deadlineId, due: { at: '2025-05-01T00:00:00Z' }, target }, contexts.forActor(admin));
    const again = await deadlines.schedule({ deadlineId, due: { at: '2025-05-01T00:00:00.000Z' }, target }, contexts.forActor(admin));
    expect(again.eventTypes).toEqual([]);
    expect(await events.readStream(deadlineStream(deadlineId))).toHaveLength(1);
  });

  it('refuses an unknown target, a malformed time and an uncovered year, appending nothing', async () => {
    const head = await events.headPosition();
    const attempt = (due: object, type = 'test.Remind') =>
      deadlines.schedule({ deadlineId: deadlineIdFor(JSON.stringify(due) + type, 'test.bad'), due: due as never, target: { type, payload: null } }, contexts.forActor(admin));
    await expect(attempt({ at: '2025-05-01T00:00:00Z' }, 'test.Nothing')).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: 'Jenis perintah tenggat tidak dikenal: test.Nothing' });
    await expect(attempt({ at: 'besok pagi' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(attempt({ afterWorkingDays: 5, from: '2027-12-28T02:00:00Z' })).rejects.toMatchObject({ rule: 'CALENDAR.YEAR_NOT_COVERED' });
    expect(await events.headPosition()).toBe(head);
  });
});

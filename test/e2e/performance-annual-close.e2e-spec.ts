import { CommandBus } from '@nestjs/cqrs';
import { DeadlineScheduler } from '@infrastructure/scheduling';
import { FixedClock } from '@kernel/clock';
import { CommandContextFactory } from '@kernel/command-context';
import { DomainRuleViolation, ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { ScheduleAnnualCloseCommand, ScheduleAnnualCloseInput } from '@modules/performance/annual-close/annual-close.resolver';
import { TestApi } from './harness';

/**
 * `scheduleAnnualClose` is a bus command like every other mutation: another caller than the resolver
 * (a seed, another module) dispatches `ScheduleAnnualCloseCommand` through the CommandBus and gets the
 * same rules, the same idempotency and the same deadlines; a refusal appends nothing.
 */
describe('Performance: the annual close through the command bus', () => {
  const INSTANSI = 'kota-tebing-tinggi';
  const STREAM = `performance-annual-close-${INSTANSI}.2026`;
  const STATUS = `query($instansiId: ID!, $year: Int!) { annualCloseStatus(instansiId: $instansiId, year: $year) { closeBy remindOn overdue openCount } }`;
  const clock = new FixedClock(new Date('2026-12-01T03:00:00.000Z'));
  const admin: Actor = { id: 'bkd-tebing', roles: [{ role: 'ADMIN_BKD', unit: INSTANSI }] };
  let api: TestApi;
  let bus: CommandBus;
  let contexts: CommandContextFactory;

  const input = (fields: Partial<ScheduleAnnualCloseInput> = {}): ScheduleAnnualCloseInput => Object.assign(new ScheduleAnnualCloseInput(), { instansiId: INSTANSI, year: 2026, closeBy: '2027-01-10', remindDaysBefore: 7, ...fields });
  const send = (fields: Partial<ScheduleAnnualCloseInput>, actor: Actor = admin) => {
    const i = input(fields);
    return bus.execute(new ScheduleAnnualCloseCommand(i, contexts.forActor(actor, i)));
  };

  beforeAll(async () => {
    api = await TestApi.start({}, { clock });
    bus = api.app.get(CommandBus);
    contexts = api.app.get(CommandContextFactory);
  }, 60_000);
  afterAll(() => api.close());

  it('refuses a close date inside the SKP year and a caller outside the instansi, appending nothing', async () => {
    const before = await api.events.headPosition();
    await expect(send({ closeBy: '2026-12-31' })).rejects.toMatchObject({ constructor: DomainRuleViolation, rule: 'PERFORMANCE.CLOSE_DATE_INVALID' });
    await expect(send({}, { id: 'bkd-medan', roles: [{ role: 'ADMIN_BKD', unit: 'kota-medan' }] })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(send({}, { id: 'auditor-tebing', roles: [{ role: 'AUDITOR', unit: INSTANSI }] })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await api.appendedSince(before)).toEqual([]);
    expect(await api.events.readStream(STREAM)).toEqual([]);
  });

  it('schedules the close, answers the reminder day, and repeats nothing under the same idempotency key', async () => {
    const result = await send({ idempotencyKey: 'close-tebing-2026' });
    expect(result).toMatchObject({ duplicate: false, remindOn: '2027-01-03' });
    expect((await api.events.readStream(STREAM)).map((e) => e.type)).toEqual(['performance.AnnualCloseScheduled']);
    const head = await api.events.headPosition();
    expect(await send({ idempotencyKey: 'close-tebing-2026' })).toMatchObject({ duplicate: true });
    expect(await api.appendedSince(head)).toEqual([]);
    const auditor = await api.token('auditor-tebing', { role: 'AUDITOR', unit: INSTANSI });
    expect((await api.ok(STATUS, { instansiId: INSTANSI, year: 2026 }, auditor)).annualCloseStatus).toEqual({ closeBy: '2027-01-10', remindOn: '2027-01-03', overdue: false, openCount: 0 });
  });

  it('over GraphQL the same path answers the status; a repeated idempotency key is a duplicate, not a conflict', async () => {
    const SCHEDULE = `mutation($input: ScheduleAnnualCloseInput!) { scheduleAnnualClose(input: $input) { position duplicate status { closeBy remindOn overdue openCount } } }`;
    const bkd = await api.token(admin.id, ...admin.roles);
    const variables = { input: { instansiId: INSTANSI, year: 2025, closeBy: '2026-01-10', idempotencyKey: 'close-tebing-2025' } };
    const first = (await api.ok(SCHEDULE, variables, bkd)).scheduleAnnualClose;
    expect(first).toMatchObject({ duplicate: false, status: { closeBy: '2026-01-10', remindOn: '2026-01-05', overdue: false, openCount: 0 } });
    const again = (await api.ok(SCHEDULE, variables, bkd)).scheduleAnnualClose;
    expect(again).toMatchObject({ duplicate: true, position: first.position, status: { closeBy: '2026-01-10' } });
  });

  it('the deadlines it scheduled fire: the reminder on its day', async () => {
    clock.set('2027-01-03T02:00:00.000Z');
    let reminders: unknown[] = [];
    for (let i = 0; i < 100 && reminders.length === 0; i++) {
      await api.app.get(DeadlineScheduler).tick();
      reminders = (await api.events.readStream(STREAM)).filter((e) => e.type === 'performance.AnnualCloseReminderIssued');
      if (reminders.length === 0) await new Promise((r) => setTimeout(r, 50));
    }
    expect(reminders).toHaveLength(1);
  });
});

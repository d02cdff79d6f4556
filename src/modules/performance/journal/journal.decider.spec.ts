import { deciderSpec } from '@kernel/testing/decider-spec';
import { journalDecider, LogActivity } from './journal.decider';
import { ActivityLogged } from './journal.events';

const AT = '2026-03-10T09:00:00.000Z';
const log: LogActivity = {
  type: 'LogActivity',
  activityId: '2026-03:a1',
  skpId: 'emp-ani.2026',
  employeeId: 'emp-ani',
  instansiId: 'kota-medan',
  unitId: 'kota-medan.aptika',
  pejabatPenilaiEmployeeId: 'emp-kabid',
  atasanEmployeeId: 'emp-kadis',
  date: '2026-03-10',
  durationMinutes: 240,
  rhkId: 'a1',
  description: 'Menyusun rancangan modul perizinan',
  evidence: ['a'.repeat(64)],
  skp: { year: 2026, periodStart: '2026-01-01', periodEnd: '2026-12-31', approved: true, rhkIds: ['a1', 'a2'] },
  today: '2026-03-10',
  at: AT,
};
const { type: _t, skp: _s, today: _d, at: _a, ...entry } = log;
const logged = (changes: Partial<ActivityLogged['data']> = {}): ActivityLogged => ({ type: 'performance.ActivityLogged', data: { ...entry, evidence: [...entry.evidence], loggedAt: AT, ...changes } });
const spec = deciderSpec(journalDecider);

describe('daily journal decider (catatan harian e-Kinerja)', () => {
  it('logs an entry against an RHK of the approved SKP', () => {
    spec.given([]).when(log).then([logged()]);
  });

  it('refuses entries on an unapproved SKP, for an unknown RHK, outside the SKP year or in the future', () => {
    spec.given([]).when({ ...log, skp: { ...log.skp, approved: false } }).thenViolates('PERFORMANCE.SKP_NOT_APPROVED');
    spec.given([]).when({ ...log, rhkId: 'zz' }).thenViolates('PERFORMANCE.RHK_UNKNOWN');
    spec.given([]).when({ ...log, date: '2025-12-31' }).thenViolates('PERFORMANCE.ACTIVITY_DATE_OUTSIDE_YEAR');
    spec.given([]).when({ ...log, date: '2026-03-11' }).thenViolates('PERFORMANCE.ACTIVITY_IN_FUTURE');
  });

  it('keeps a day at 24 hours at most: exactly 1440 minutes pass, one more is refused', () => {
    spec.given([logged({ activityId: '2026-03:a0', durationMinutes: 1200 })]).when(log).events();
    spec.given([logged({ activityId: '2026-03:a0', durationMinutes: 1201 })]).when(log).thenViolates('PERFORMANCE.ACTIVITY_DAY_OVER_24H');
    spec.given([logged({ activityId: '2026-03:a0', durationMinutes: 1201, date: '2026-03-09' })]).when(log).events();
    spec.given([]).when({ ...log, durationMinutes: 0 }).thenViolates('PERFORMANCE.ACTIVITY_DURATION_INVALID');
  });

  it('refuses a date outside the SKP segment (a transfer split the year): the entry goes to the segment covering it', () => {
    const oldPost = { ...log.skp, periodEnd: '2026-02-28' };
    spec.given([]).when({ ...log, date: '2026-02-28', skp: oldPost }).events();
    spec.given([]).when({ ...log, date: '2026-03-01', skp: oldPost }).thenViolates('PERFORMANCE.ACTIVITY_DATE_OUTSIDE_SEGMENT');
    spec.given([]).when({ ...log, date: '2026-02-28', skp: { ...log.skp, periodStart: '2026-03-01' } }).thenViolates('PERFORMANCE.ACTIVITY_DATE_OUTSIDE_SEGMENT');
  });

  it('refuses the same entry id twice', () => {
    spec.given([logged()]).when({ ...log, durationMinutes: 10 }).thenViolates('PERFORMANCE.ACTIVITY_EXISTS');
  });
});

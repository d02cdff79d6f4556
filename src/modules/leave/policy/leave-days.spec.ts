import { WorkingDayCalendar, workingDays } from '@infrastructure/scheduling';
import { countLeaveDays, withinLimit } from './leave-days';
import { leavePolicyOn, LEAVE_POLICIES, leaveAuthorityOf, actingMayDecide } from './leave-policy';
import { CountingUnit } from './leave.vocabulary';

describe('counting leave days', () => {
  it('cuti tahunan counts working days: weekends, national holidays and cuti bersama cost nothing', () => {
    // 16–27 March 2026: CB 18, 20, 23, 24; Nyepi 19; weekend 21–22 → Mon 16, Tue 17, Wed 25, Thu 26, Fri 27.
    expect(countLeaveDays(CountingUnit.WORKING_DAYS, '2026-03-16', '2026-03-27', workingDays)).toBe(5);
    expect(countLeaveDays(CountingUnit.CALENDAR_DAYS, '2026-03-16', '2026-03-27', workingDays)).toBe(12);
  });

  it('a single working day counts 1, a weekend or a cuti bersama day 0', () => {
    expect(countLeaveDays(CountingUnit.WORKING_DAYS, '2026-03-17', '2026-03-17', workingDays)).toBe(1);
    expect(countLeaveDays(CountingUnit.WORKING_DAYS, '2026-03-21', '2026-03-22', workingDays)).toBe(0);
    expect(countLeaveDays(CountingUnit.WORKING_DAYS, '2026-12-24', '2026-12-25', workingDays)).toBe(0);
  });

  it('counts across the year boundary with both years of the calendar (24 Dec 2024 – 2 Jan 2025)', () => {
    // 24 Dec (Tue) works; 25 L; 26 CB; 27 Fri works; 30, 31 work; 1 Jan L; 2 Jan works.
    expect(countLeaveDays(CountingUnit.WORKING_DAYS, '2024-12-24', '2025-01-02', workingDays)).toBe(5);
  });

  it('uses the calendar version it is given (2025 before the August revision has 18 Aug as a working day)', () => {
    const before = new WorkingDayCalendar(undefined, '2025-08-01');
    expect(countLeaveDays(CountingUnit.WORKING_DAYS, '2025-08-18', '2025-08-18', before)).toBe(1);
    expect(countLeaveDays(CountingUnit.WORKING_DAYS, '2025-08-18', '2025-08-18', workingDays)).toBe(0);
  });

  it('refuses a year the calendar does not cover rather than guessing', () => {
    expect(() => countLeaveDays(CountingUnit.WORKING_DAYS, '2030-01-02', '2030-01-03', workingDays)).toThrow(/2030/);
  });

  it('month limits end the day before the same date n months later', () => {
    const three = { unit: CountingUnit.CALENDAR_MONTHS, amount: 3 };
    expect(withinLimit(three, '2026-02-01', '2026-04-30', 89)).toBe(true);
    expect(withinLimit(three, '2026-02-01', '2026-05-01', 90)).toBe(false);
    expect(withinLimit({ unit: CountingUnit.CALENDAR_DAYS, amount: 45 }, '2026-02-01', '2026-03-17', 45)).toBe(true);
    expect(withinLimit({ unit: CountingUnit.CALENDAR_DAYS, amount: 45 }, '2026-02-01', '2026-03-18', 46)).toBe(false);
    expect(withinLimit(null, '2026-01-01', '2030-01-01', 1000)).toBe(true);
  });
});

describe('leave policy data', () => {
  it('is versioned with legal bases, and the version valid on the day applies', () => {
    expect(leavePolicyOn('2026-03-01').version).toBe('2021.1');
    expect(() => leavePolicyOn('2020-12-31', LEAVE_POLICIES)).toThrow();
    for (const rule of Object.values(leavePolicyOn('2026-03-01').kinds.PNS)) expect(rule!.legalBasis).toMatch(/PP 11\/2017|Keppres/);
    for (const rule of Object.values(leavePolicyOn('2026-03-01').kinds.PPPK)) expect(rule!.legalBasis).toMatch(/BKN 7\/2022/);
  });

  it('PPPK have cuti tahunan, sakit, melahirkan and bersama only', () => {
    expect(Object.keys(leavePolicyOn('2026-03-01').kinds.PPPK).sort()).toEqual(['CUTI_BERSAMA', 'MELAHIRKAN', 'SAKIT', 'TAHUNAN']);
  });

  it('names who decides per kind, and lets a Plh/Plt decide all but CLTN and leave abroad', () => {
    expect(leaveAuthorityOf('kota-medan', 'TAHUNAN')).toBe('KEPALA_OPD');
    expect(leaveAuthorityOf('kota-binjai', 'CLTN')).toBe('PPK');
    expect(actingMayDecide('TAHUNAN', false)).toBe(true);
    expect(actingMayDecide('TAHUNAN', true)).toBe(false);
    expect(actingMayDecide('CLTN', false)).toBe(false);
  });
});

import { HOLIDAY_CALENDAR } from './holidays';
import { jakartaDate, startOfJakartaDay, WorkingDayCalendar, workingDays } from './working-days';

/** Every expectation below was counted by hand on a printed calendar against DOMAIN.md §1.15. */
describe('working-day calendar', () => {
  it('Idul Fitri 2025: from Thu 27 Mar, the next working day is Tue 8 Apr (28 Mar–7 Apr are L, CB or weekend)', () => {
    expect(workingDays.addWorkingDays('2025-03-27', 1)).toBe('2025-04-08');
    expect(workingDays.addWorkingDays('2025-03-27', 3)).toBe('2025-04-10');
    expect(workingDays.workingDaysBetween('2025-03-27', '2025-04-10')).toBe(3);
    expect(['2025-03-28', '2025-03-31', '2025-04-01', '2025-04-07'].map((d) => workingDays.closure(d))).toEqual(['CUTI_BERSAMA', 'HOLIDAY', 'HOLIDAY', 'CUTI_BERSAMA']);
  });

  it('Nyepi and Idul Fitri 2026: from Tue 17 Mar, working again on Wed 25 Mar', () => {
    expect(workingDays.isWorkingDay('2026-03-17')).toBe(true);
    expect(workingDays.addWorkingDays('2026-03-17', 1)).toBe('2026-03-25');
    expect(workingDays.addWorkingDays('2026-03-17', 3)).toBe('2026-03-27');
    expect(workingDays.closure('2026-03-21')).toBe('HOLIDAY'); // a Saturday that is also Idul Fitri
    expect(workingDays.closure('2026-03-20')).toBe('CUTI_BERSAMA');
  });

  it('Good Friday and Easter 2025: Wed 16 Apr + 2 working days is Mon 21 Apr', () => {
    expect(workingDays.addWorkingDays('2025-04-16', 2)).toBe('2025-04-21');
  });

  it('crosses year boundaries over Christmas, cuti bersama and New Year', () => {
    expect(workingDays.addWorkingDays('2024-12-24', 4)).toBe('2025-01-02');
    expect(workingDays.addWorkingDays('2025-12-24', 4)).toBe('2026-01-02');
    expect(workingDays.workingDaysBetween('2024-12-24', '2025-01-02')).toBe(4);
    expect(workingDays.workingDaysBetween('2025-01-02', '2024-12-24')).toBe(-4);
  });

  it('weekends are off; 0 working days is the date itself', () => {
    expect(workingDays.closure('2026-01-03')).toBe('WEEKEND');
    expect(workingDays.isWorkingDay('2026-01-05')).toBe(true);
    expect(workingDays.addWorkingDays('2026-01-03', 0)).toBe('2026-01-03');
    expect(workingDays.addWorkingDays('2026-01-02', 1)).toBe('2026-01-05');
  });

  it('refuses dates in years without reference data instead of guessing', () => {
    expect(() => workingDays.isWorkingDay('2023-12-29')).toThrow(expect.objectContaining({ rule: 'CALENDAR.YEAR_NOT_COVERED' }));
    expect(() => workingDays.workingDaysBetween('2023-12-31', '2024-01-05')).toThrow('Kalender hari kerja tahun 2023 belum tersedia (tersedia 2024–2027)');
    expect(workingDays.addWorkingDays('2027-12-23', 6)).toBe('2027-12-31');
    expect(() => workingDays.addWorkingDays('2027-12-23', 7)).toThrow(expect.objectContaining({ rule: 'CALENDAR.YEAR_NOT_COVERED' }));
  });

  it('crosses into 2027 on the provisional list, and says that it is provisional', () => {
    // 24–27 Dec 2026 are off, 28–31 Dec count four; 1 Jan 2027 is a holiday, 4 Jan the fifth.
    expect(workingDays.addWorkingDays('2026-12-23', 5)).toBe('2027-01-04');
    // Idul Fitri (estimated) 10–11 Mar 2027 and Good Friday 26 Mar 2027 are off.
    expect(workingDays.closure('2027-03-10')).toBe('HOLIDAY');
    expect(workingDays.closure('2027-03-26')).toBe('HOLIDAY');
    expect(workingDays.provisionalYears).toEqual([2027]);
    expect(workingDays.legalBasis(2027)).toContain('[M]');
    const published = HOLIDAY_CALENDAR.filter((y) => !y.provisional);
    expect(new WorkingDayCalendar(published).provisionalYears).toEqual([]);
  });

  it('refuses malformed dates and negative counts', () => {
    expect(() => workingDays.isWorkingDay('2025-02-30')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => workingDays.addWorkingDays('2025-02-03', -1)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('keeps revisions: 18 Aug 2025 became cuti bersama by SKB 933/2025 of 7 Aug 2025', () => {
    const before = new WorkingDayCalendar(HOLIDAY_CALENDAR, '2025-08-06');
    expect(before.isWorkingDay('2025-08-18')).toBe(true);
    expect(before.version).toBe('2024v1 2025v1 2026v1 2027v1');
    expect(workingDays.closure('2025-08-18')).toBe('CUTI_BERSAMA');
    expect(workingDays.version).toBe('2024v1 2025v2 2026v1 2027v1');
    expect(workingDays.legalBasis(2025)).toContain('933/2025');
  });

  it('holds the SKB lists exactly: 17 holidays each year; 10, 11 and 8 cuti bersama days', () => {
    const newest = (year: number) => HOLIDAY_CALENDAR.filter((y) => y.year === year).at(-1)!;
    expect([2024, 2025, 2026].map((y) => [newest(y).holidays.length, newest(y).cutiBersama.length])).toEqual([[17, 10], [17, 11], [17, 8]]);
  });

  it('reads civil dates in WIB (UTC+7, no DST)', () => {
    expect(jakartaDate(new Date('2026-03-16T17:00:00Z'))).toBe('2026-03-17');
    expect(jakartaDate(new Date('2026-03-16T16:59:59Z'))).toBe('2026-03-16');
    expect(startOfJakartaDay('2026-03-17').toISOString()).toBe('2026-03-16T17:00:00.000Z');
  });
});

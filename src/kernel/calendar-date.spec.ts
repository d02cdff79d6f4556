import { addMonths, addYears, fullMonthsBetween, fullYearsBetween, isFirstOfMonth, isIsoDate, isIsoTimestamp, isLeapYear } from './calendar-date';

describe('calendar dates', () => {
  it('knows the Gregorian leap years', () => {
    expect([2024, 2000, 1988].map(isLeapYear)).toEqual([true, true, true]);
    expect([2023, 1900, 2100].map(isLeapYear)).toEqual([false, false, false]);
  });

  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-04-31')).toBe(false);
    expect(isIsoDate('2024-4-1')).toBe(false);
    expect(isIsoDate('2024-04-01T00:00:00Z')).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
  });

  it('recognises ISO timestamps without reading a clock', () => {
    expect(isIsoTimestamp('2025-01-15T03:00:00.000Z')).toBe(true);
    expect(isIsoTimestamp('2025-01-15')).toBe(false);
    expect(isIsoTimestamp('yesterday')).toBe(false);
  });

  it('counts completed years, the anniversary day included', () => {
    expect(fullYearsBetween('1986-09-26', '2004-09-25')).toBe(17);
    expect(fullYearsBetween('1986-09-26', '2004-09-26')).toBe(18);
    expect(fullYearsBetween('2015-05-01', '2025-04-30')).toBe(9);
    expect(fullYearsBetween('2015-05-01', '2025-05-01')).toBe(10);
  });

  it('lets someone born on 29 February complete a year on 1 March in common years', () => {
    expect(fullYearsBetween('2000-02-29', '2001-02-28')).toBe(0);
    expect(fullYearsBetween('2000-02-29', '2001-03-01')).toBe(1);
    expect(addYears('2000-02-29', 1)).toBe('2001-03-01');
    expect(addYears('2000-02-29', 4)).toBe('2004-02-29');
  });

  it('adds months, rolling a missing day over to the 1st of the next month', () => {
    expect(addMonths('2024-01-15', 6)).toBe('2024-07-15');
    expect(addMonths('2024-08-31', 6)).toBe('2025-03-01');
    expect(addMonths('2024-12-31', 0)).toBe('2024-12-31');
    expect(addMonths('2024-10-31', 1)).toBe('2024-12-01');
    expect(addMonths('2024-11-30', 1)).toBe('2024-12-30');
    expect(addMonths('2024-12-31', 12)).toBe('2025-12-31');
  });

  it('counts completed months with the same convention', () => {
    expect(fullMonthsBetween('2015-05-01', '2025-04-30')).toBe(119);
    expect(fullMonthsBetween('2024-08-31', '2025-02-28')).toBe(5);
    expect(fullMonthsBetween('2024-08-31', '2025-03-01')).toBe(6);
  });

  it('tells the 1st of a month', () => {
    expect(isFirstOfMonth('2025-04-01')).toBe(true);
    expect(isFirstOfMonth('2025-04-02')).toBe(false);
  });

  it('refuses to compute with a malformed date', () => {
    expect(() => fullYearsBetween('2025-02-30', '2026-01-01')).toThrow(RangeError);
  });
});

import { periodRange } from './periods';
import { clampDate, dayBefore, monthsOf, periodOverlaps, segmentIdOf, yearSegmentOf } from './segments';

describe('SKP segments: months, periods, ids', () => {
  it('counts a month for the segment holding its 15th day, so segments of a year always sum to 12', () => {
    expect(monthsOf('2026-01-01', '2026-12-31')).toBe(12);
    // TMT on the 1st: DOMAIN §1.2's example, January–February = 2/12.
    expect([monthsOf('2026-01-01', '2026-02-28'), monthsOf('2026-03-01', '2026-12-31')]).toEqual([2, 10]);
    // TMT on the 15th: the month goes to the new post; on the 16th, to the old one.
    expect([monthsOf('2026-01-01', '2026-03-14'), monthsOf('2026-03-15', '2026-12-31')]).toEqual([2, 10]);
    expect([monthsOf('2026-01-01', '2026-03-15'), monthsOf('2026-03-16', '2026-12-31')]).toEqual([3, 9]);
    // Three segments, two transfers within one month: the middle one may count nothing.
    expect([monthsOf('2026-01-01', '2026-06-04'), monthsOf('2026-06-05', '2026-06-09'), monthsOf('2026-06-10', '2026-12-31')]).toEqual([5, 0, 7]);
    expect(monthsOf('2026-05-02', '2026-05-01')).toBe(0);
  });

  it('knows leap years: a TMT of 1 March 2028 ends the old segment on 29 February', () => {
    expect(dayBefore('2028-03-01')).toBe('2028-02-29');
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
    expect(dayBefore('2026-01-01')).toBe('2025-12-31');
    expect(monthsOf('2028-01-01', dayBefore('2028-03-01'))).toBe(2);
    expect(periodRange('2028-Q1')).toEqual({ start: '2028-01-01', end: '2028-03-31' });
    expect(periodRange('2028-02')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(periodRange('2026-S2')).toEqual({ start: '2026-07-01', end: '2026-12-31' });
    expect(periodRange('2026')).toEqual({ start: '2026-01-01', end: '2026-12-31' });
  });

  it('a segment takes the periods it shares a day with', () => {
    const oldPost = { periodStart: '2026-01-01', periodEnd: '2026-08-31' };
    expect(['2026', '2026-Q1', '2026-Q3', '2026-Q4', '2026-08', '2026-09'].map((p) => periodOverlaps(p, oldPost))).toEqual([true, true, true, false, true, false]);
  });

  it('names the first segment as before and later ones with their number; clamps dates', () => {
    expect([segmentIdOf('emp-ani', 2026, 1), segmentIdOf('emp-ani', 2026, 2)]).toEqual(['emp-ani.2026', 'emp-ani.2026.2']);
    expect([clampDate('2026-12-04', '2026-01-01', '2026-08-31'), clampDate('2025-12-04', '2026-03-01', '2026-12-31')]).toEqual(['2026-08-31', '2026-03-01']);
  });

  it("the year's predikat is the segment covering the most months; a tie goes to the later", () => {
    const a = { skpId: 'a', periodStart: '2026-01-01', months: 6 };
    const b = { skpId: 'b', periodStart: '2026-07-01', months: 6 };
    const c = { skpId: 'c', periodStart: '2026-03-01', months: 7 };
    expect(yearSegmentOf([a, b])?.skpId).toBe('b');
    expect(yearSegmentOf([{ ...a, months: 7 }, { ...b, months: 5 }])?.skpId).toBe('a');
    expect(yearSegmentOf([a, c])?.skpId).toBe('c');
    expect(yearSegmentOf([])).toBeNull();
  });
});

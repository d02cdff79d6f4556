import { periodMonths, periodLastDay, periodProblems } from './periods';

describe('evaluation periods of an SKP year', () => {
  it.each([
    ['2025-Q1', 1, 3],
    ['2025-Q4', 10, 12],
    ['2025-S1', 1, 6],
    ['2025-S2', 7, 12],
    ['2025-11', 11, 11],
    ['2025', 1, 12],
  ])('covers %s as months %i–%i', (period, from, to) => {
    expect(periodMonths(period)).toEqual({ from, to });
  });

  it.each([
    ['2026-Q1', '2026-03-31'],
    ['2026-Q2', '2026-06-30'],
    ['2026-Q3', '2026-09-30'],
    ['2026-Q4', '2026-12-31'],
    ['2026-S1', '2026-06-30'],
    ['2026-S2', '2026-12-31'],
    ['2026-01', '2026-01-31'],
    ['2026-02', '2026-02-28'],
    ['2028-02', '2028-02-29'],
    ['2024-02', '2024-02-29'],
    ['2100-02', '2100-02-28'],
    ['2000-02', '2000-02-29'],
    ['2026-04', '2026-04-30'],
    ['2026-11', '2026-11-30'],
    ['2026-12', '2026-12-31'],
    ['2026', '2026-12-31'],
  ])('%s ends on %s', (period, last) => {
    expect(periodLastDay(period)).toBe(last);
  });

  it('knows no last day of a malformed period (periodProblems refuses it first)', () => {
    expect(() => periodLastDay('2026-Q5')).toThrow('Not a period');
    expect(periodProblems('2026-Q5', 2026).map((p) => p.rule)).toEqual(['PERFORMANCE.PERIOD_INVALID']);
  });
});

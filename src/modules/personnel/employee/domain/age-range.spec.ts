import { fullYearsBetween } from '@kernel/calendar-date';
import { birthDatesForAges, latestBirthDateAtAge } from './age-range';

describe('age range as birth dates', () => {
  it.each([
    ['an ordinary day', '2026-12-01', 58, '1968-12-01'],
    ['29 February: the day does not exist 58 years before', '2028-02-29', 58, '1970-02-28'],
    ['28 February of a common year, born on a leap day', '2026-02-28', 58, '1968-02-28'],
    ['the 31st', '2026-01-31', 40, '1986-01-31'],
  ])('%s', (_label, today, age, latest) => {
    expect(latestBirthDateAtAge(today, age)).toBe(latest);
  });

  it('agrees with fullYearsBetween on every day around the bounds, leap days included', () => {
    for (const today of ['2026-12-01', '2028-02-29', '2026-02-28', '2026-03-01', '2025-12-31']) {
      const { after, onOrBefore } = birthDatesForAges(today, 30, 40);
      for (let offset = -400; offset <= 400; offset++) {
        for (const base of [onOrBefore!, after!]) {
          const birth = new Date(Date.parse(`${base}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
          const age = fullYearsBetween(birth, today);
          expect([today, birth, birth > after! && birth <= onOrBefore!]).toEqual([today, birth, age >= 30 && age <= 40]);
        }
      }
    }
  });
});

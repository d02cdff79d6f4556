import { apsConditionsMet, bupRetirementDate } from './retirement-age';

describe('bupRetirementDate: the first of the month after the BUP birthday', () => {
  it.each([
    ['mid-month', '1986-09-26', 58, '2044-10-01'],
    ['born on the 1st: the month after, not the same day', '1966-03-01', 58, '2024-04-01'],
    ['born on the 31st', '1966-01-31', 58, '2024-02-01'],
    ['December rolls into January', '1966-12-15', 60, '2027-01-01'],
    ['29 February, BUP birthday in a common year (1 March)', '1968-02-29', 58, '2026-04-01'],
    ['29 February, BUP birthday in a leap year', '1970-02-29'.replace('1970', '1972'), 60, '2032-03-01'],
  ])('%s', (_label, birthDate, age, due) => {
    expect(bupRetirementDate(birthDate, age)).toBe(due);
  });
});

describe('apsConditionsMet', () => {
  it('needs both 45 years of age and 20 of service on the day', () => {
    expect(apsConditionsMet('1980-06-15', '2005-01-01', '2025-06-15')).toBe(true);
    expect(apsConditionsMet('1980-06-15', '2005-01-01', '2025-06-14')).toBe(false);
    expect(apsConditionsMet('1970-01-01', '2006-01-02', '2026-01-01')).toBe(false);
  });
});

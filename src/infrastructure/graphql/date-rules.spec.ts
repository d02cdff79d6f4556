import { validate } from 'class-validator';
import { addYears, civilDateOf, dateProblem, IsBirthDate, PROCLAMATION_OF_INDEPENDENCE, withValidationDay } from './date-rules';

const TODAY = '2026-12-02';
const problem = (kind: 'birth' | 'legal' | 'plan' | 'civil', value: unknown, today = TODAY) => dateProblem(kind, value, 'tanggal', today);

describe('date rules: plausible dates by kind of field', () => {
  it('every kind needs a real YYYY-MM-DD date', () => {
    for (const kind of ['birth', 'legal', 'plan', 'civil'] as const) {
      for (const value of ['2025-02-29', '2025-13-01', '2025-1-05', '05-01-2025', '2025-01-05T00:00:00Z', 20250105, null]) {
        expect(problem(kind, value)).toBe('tanggal harus tanggal YYYY-MM-DD yang ada di kalender');
      }
    }
    expect(problem('civil', '2024-02-29')).toBeUndefined();
    expect(problem('civil', '1890-01-01')).toBeUndefined();
  });

  describe('birth: not in the future, not more than 100 years ago', () => {
    it('today is the last plausible day', () => {
      expect(problem('birth', TODAY)).toBeUndefined();
      expect(problem('birth', '2026-12-03')).toBe('tanggal tidak boleh di masa depan (hari ini 2026-12-02)');
    });

    it('exactly 100 years ago is the first plausible day', () => {
      expect(problem('birth', '1926-12-02')).toBeUndefined();
      expect(problem('birth', '1926-12-01')).toBe('tanggal tidak boleh lebih dari 100 tahun yang lalu (paling awal 1926-12-02)');
      expect(problem('birth', '1890-09-26')).toMatch(/100 tahun/);
    });

    it('on 29 February the floor is 29 February of a leap year, 28 February otherwise', () => {
      expect(problem('birth', '1928-02-29', '2028-02-29')).toBeUndefined();
      expect(problem('birth', '1928-02-28', '2028-02-29')).toMatch(/100 tahun/);
      expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
      expect(addYears('2024-02-29', -100)).toBe('1924-02-29');
    });
  });

  describe('legal: from the Proclamation (1945-08-17) to one year ahead', () => {
    it('17 August 1945 is the first plausible day', () => {
      expect(PROCLAMATION_OF_INDEPENDENCE).toBe('1945-08-17');
      expect(problem('legal', '1945-08-17')).toBeUndefined();
      expect(problem('legal', '1945-08-16')).toBe('tanggal tidak boleh sebelum 17 Agustus 1945 (Proklamasi Kemerdekaan)');
      expect(problem('legal', '1940-05-01')).toMatch(/17 Agustus 1945/);
    });

    it('one year from today is the last plausible day', () => {
      expect(problem('legal', '2027-12-02')).toBeUndefined();
      expect(problem('legal', '2027-12-03')).toBe('tanggal tidak boleh lebih dari satu tahun ke depan (paling lambat 2027-12-02)');
      expect(problem('legal', '2090-01-01')).toMatch(/satu tahun/);
    });
  });

  describe('plan: from the Proclamation to 20 years ahead', () => {
    it('reaches beyond a year, but not beyond 20', () => {
      expect(problem('plan', '2030-06-30')).toBeUndefined();
      expect(problem('plan', '2046-12-02')).toBeUndefined();
      expect(problem('plan', '2046-12-03')).toBe('tanggal tidak boleh lebih dari 20 tahun ke depan (paling lambat 2046-12-02)');
      expect(problem('plan', '1945-08-16')).toMatch(/17 Agustus 1945/);
    });
  });

  it('"today" is the date in WIT (UTC+9): a day has begun once it has begun anywhere in Indonesia', () => {
    expect(civilDateOf(new Date('2026-12-01T14:59:59.999Z'))).toBe('2026-12-01');
    expect(civilDateOf(new Date('2026-12-01T15:00:00Z'))).toBe('2026-12-02');
  });

  describe('the decorators', () => {
    class Person {
      @IsBirthDate() birthDate: string;
    }
    const person = (birthDate: string) => Object.assign(new Person(), { birthDate });

    it('see the day the caller fixed', async () => {
      const ok = await withValidationDay(new Date('2026-12-01T15:00:00Z'), () => validate(person('2026-12-02')));
      expect(ok).toEqual([]);
      const [refused] = await withValidationDay(new Date('2026-12-01T14:00:00Z'), () => validate(person('2026-12-02')));
      expect(refused.constraints).toEqual({ isBirthDate: 'birthDate tidak boleh di masa depan (hari ini 2026-12-01)' });
    });

    it('see each validation\'s own day when validations overlap, and no day after them', async () => {
      const [early, late] = await Promise.all([
        withValidationDay(new Date('2026-12-01T14:00:00Z'), () => validate(person('2026-12-02'))),
        withValidationDay(new Date('2026-12-01T15:00:00Z'), () => validate(person('2026-12-02'))),
      ]);
      expect(early).toHaveLength(1);
      expect(late).toEqual([]);
      await expect((async () => validate(person('2000-01-01')))()).rejects.toThrow(/validation pipe/);
    });

    it('refuse to guess a day when none was fixed', async () => {
      await expect((async () => validate(person('2000-01-01')))()).rejects.toThrow(/validation pipe/);
    });
  });
});

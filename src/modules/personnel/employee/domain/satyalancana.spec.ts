import { AwardRule, checkSatyalancana, SatyalancanaInput, serviceYears } from './satyalancana';

const base: SatyalancanaInput = { tmtCpns: '2015-05-01', asOf: '2025-05-01', hukdis: [], awarded: [] };
const check = (changes: Partial<SatyalancanaInput>) => checkSatyalancana({ ...base, ...changes });
const rules = (changes: Partial<SatyalancanaInput>) => {
  const result = check(changes);
  return result.ok ? [] : result.problems.map((p) => p.rule).sort();
};

describe('Satyalancana Karya Satya eligibility', () => {
  it('counts completed years of service from TMT CPNS', () => {
    expect(serviceYears('2015-05-01', '2025-04-30')).toBe(9);
    expect(serviceYears('2015-05-01', '2025-05-01')).toBe(10);
  });

  it('refuses at 9 years 11 months and says how long the service is', () => {
    const result = check({ asOf: '2025-04-30' });
    expect(result).toEqual({
      ok: false,
      problems: [{ rule: AwardRule.SERVICE_YEARS_NOT_MET, message: expect.stringContaining('9 year(s) 11 month(s)') }],
    });
  });

  it('proposes class X at 10 years', () => {
    expect(check({})).toEqual({ ok: true, value: { awardClass: 'X', serviceYears: 10 } });
  });

  it.each([
    ['2035-05-01', 'XX', 20],
    ['2045-05-01', 'XXX', 30],
    ['2040-01-01', 'XX', 24],
  ] as const)('proposes the highest class earned at %s', (asOf, awardClass, years) => {
    expect(check({ asOf })).toEqual({ ok: true, value: { awardClass, serviceYears: years } });
  });

  it('proposes the next class above the one already awarded', () => {
    expect(check({ asOf: '2040-01-01', awarded: ['X'] })).toEqual({ ok: true, value: { awardClass: 'XX', serviceYears: 24 } });
  });

  it('does not propose class X again, nor XX before 20 years', () => {
    const result = check({ asOf: '2030-05-01', awarded: ['X'] });
    expect(result).toEqual({ ok: false, problems: [{ rule: AwardRule.SERVICE_YEARS_NOT_MET, message: expect.stringContaining('XX memerlukan masa kerja 20 tahun') }] });
  });

  it('never proposes a lower class after a higher one', () => {
    expect(rules({ asOf: '2040-01-01', awarded: ['XX'] })).toEqual([AwardRule.SERVICE_YEARS_NOT_MET]);
  });

  it('has nothing left to propose after XXX', () => {
    expect(rules({ asOf: '2050-01-01', awarded: ['X', 'XX', 'XXX'] })).toEqual([AwardRule.ALL_CLASSES_AWARDED]);
  });

  it('is disqualified by any SEDANG or BERAT punishment in the record, even long over', () => {
    expect(rules({ hukdis: [{ hukdisType: 'POTONG_TUKIN_25_6BLN', level: 'SEDANG' }] })).toEqual([AwardRule.DISQUALIFIED_BY_HUKDIS]);
    expect(rules({ hukdis: [{ hukdisType: 'TURUN_JABATAN_12BLN', level: 'BERAT' }] })).toEqual([AwardRule.DISQUALIFIED_BY_HUKDIS]);
  });

  it('is not disqualified by a RINGAN punishment', () => {
    expect(check({ hukdis: [{ hukdisType: 'TEGURAN_TERTULIS', level: 'RINGAN' }] }).ok).toBe(true);
  });

  it('names every reason at once', () => {
    expect(rules({ asOf: '2020-01-01', hukdis: [{ hukdisType: 'PDH_TAPS', level: 'BERAT' }] })).toEqual(
      [AwardRule.SERVICE_YEARS_NOT_MET, AwardRule.DISQUALIFIED_BY_HUKDIS].sort(),
    );
  });
});

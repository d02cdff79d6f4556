import { JenisJabatan } from '@modules/organisation';
import { Golongan } from '@modules/shared/golongan';
import { isKpPeriod, kpDue, nextKpPeriod, satyalancanaDue } from './bkd-due-lists';
import { HukdisLevel, HukdisType } from './hukdis';
import { listedPns as pns } from './testing/listed-pns.fixture';

describe('the next KP period (April/October until 2024, monthly from 2025)', () => {
  it.each([
    ['mid-March 2024: April', '2024-03-15', '2024-04-01'],
    ['on 1 April 2024 the April period is being decided: October', '2024-04-01', '2024-10-01'],
    ['after October 2024: the monthly calendar from January 2025', '2024-10-20', '2025-01-01'],
    ['31 December into January', '2024-12-31', '2025-01-01'],
    ['monthly: the next month', '2026-12-01', '2027-01-01'],
    ['monthly, from a month end in a leap year', '2028-02-29', '2028-03-01'],
  ])('%s', (_label, today, period) => {
    expect(nextKpPeriod(today)).toBe(period);
  });

  it('a KP period is the 1st of a period month of the calendar in force', () => {
    expect(isKpPeriod('2024-10-01')).toBe(true);
    expect(isKpPeriod('2024-05-01')).toBe(false);
    expect(isKpPeriod('2025-05-01')).toBe(true);
    expect(isKpPeriod('2025-05-02')).toBe(false);
  });
});

describe('KP Reguler due at a period', () => {
  const hukdis = (effectiveFrom: string, activeUntil: string) => ({ hukdisType: HukdisType.POTONG_TUKIN_25_6BLN, level: HukdisLevel.SEDANG, effectiveFrom, activeUntil });

  it('lists who has the years in the pangkat, a next golongan within the education ceiling and no hukdis in force, in DUK order', () => {
    const people = [
      pns('e1'), // III/c since 2020-04: 7 years, S1 ceiling III/d
      pns('e2', { golonganTmt: '2023-10-01' }), // 3 years
      pns('e3', { golongan: Golongan.III_D, golonganTmt: '2015-04-01' }), // IV/a is above the S1 ceiling
      pns('e4', { golonganTmt: '2025-04-01', jenisJabatan: JenisJabatan.JF_AHLI_MUDA }), // JF: 2 years
      pns('e5', { hukdis: [hukdis('2026-10-01', '2027-10-01')] }), // punished on the period
      pns('e6', { hukdis: [hukdis('2026-10-01', '2027-04-01')] }), // the punishment ended the day before (exclusive end)
      pns('e7', { golongan: Golongan.IV_E, education: 'S3', golonganTmt: '2010-04-01' }), // the highest golongan
      pns('e8', { golonganTmt: '2023-04-01' }), // exactly 4 years on the period
      pns('e9', { golonganTmt: '2023-04-02' }), // one day short
      pns('e0', { golongan: Golongan.III_B, golonganTmt: '2019-04-01', education: 'SLTA' }), // III/c above the SLTA ceiling III/b
    ];
    expect(kpDue(people, '2027-04-01').map((r) => [r.pns.employeeId, r.toGolongan, r.yearsInPangkat, r.jf])).toEqual([
      ['e1', 'III_D', 7, false],
      ['e6', 'III_D', 7, false],
      ['e8', 'III_D', 4, false],
      ['e4', 'III_D', 2, true],
    ]);
  });
});

describe('Satyalancana Karya Satya eligibility list', () => {
  it('lists the highest class earned above those conferred, never after a higher one, without sedang/berat hukdis', () => {
    const sedang = { hukdisType: HukdisType.POTONG_TUKIN_25_6BLN, level: HukdisLevel.SEDANG, effectiveFrom: '2015-01-01', activeUntil: '2015-07-01' };
    const ringan = { hukdisType: HukdisType.TEGURAN_LISAN, level: HukdisLevel.RINGAN, effectiveFrom: '2015-01-01', activeUntil: '2015-01-01' };
    const people = [
      pns('e1', { tmt: '2016-12-01' }), // 10 years on the day
      pns('e2', { tmt: '2016-12-02' }), // a day short of 10
      pns('e3', { tmt: '1996-03-01' }), // 30 years: XXX, never X first
      pns('e4', { tmt: '2005-01-01', awards: ['XX'] }), // XX conferred, XXX not yet earned
      pns('e5', { tmt: '2005-01-01', awards: ['X'], pendingAwards: ['XX'] }), // XX proposed, waiting
      pns('e6', { tmt: '2000-01-01', hukdis: [sedang] }), // disqualified
      pns('e7', { tmt: '2000-02-29', hukdis: [ringan] }), // a ringan punishment does not disqualify
    ];
    expect(satyalancanaDue(people, '2026-12-01').map((r) => [r.pns.employeeId, r.awardClass, r.serviceYears, r.nominationPending])).toEqual([
      ['e3', 'XXX', 30, false],
      ['e7', 'XX', 26, false],
      ['e5', 'XX', 21, true],
      ['e1', 'X', 10, false],
    ]);
  });

  it('counts a 29 February TMT to 1 March in common years', () => {
    expect(satyalancanaDue([pns('e1', { tmt: '2016-02-29' })], '2026-02-28')).toEqual([]);
    expect(satyalancanaDue([pns('e1', { tmt: '2016-02-29' })], '2026-03-01').map((r) => r.awardClass)).toEqual(['X']);
  });
});

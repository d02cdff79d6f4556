import { HUKDIS_TYPES, HUKDIS_V1, HukdisRecord, HukdisType, activeUntil, blocksKp, disqualifiesSatyalancana, isActiveOn, levelOf } from './hukdis';

const record = (hukdisType: HukdisType, effectiveFrom: string): HukdisRecord => ({
  hukdisType,
  level: levelOf(hukdisType),
  effectiveFrom,
  activeUntil: activeUntil({ hukdisType, effectiveFrom }),
});

describe('hukuman disiplin (PP 94/2021)', () => {
  it('groups the nine punishments into three levels', () => {
    const byLevel = (level: string) => HUKDIS_TYPES.filter((t) => levelOf(t) === level);
    expect(byLevel('RINGAN')).toEqual(['TEGURAN_LISAN', 'TEGURAN_TERTULIS', 'PERNYATAAN_TIDAK_PUAS']);
    expect(byLevel('SEDANG')).toEqual(['POTONG_TUKIN_25_6BLN', 'POTONG_TUKIN_25_9BLN', 'POTONG_TUKIN_25_12BLN']);
    expect(byLevel('BERAT')).toEqual(['TURUN_JABATAN_12BLN', 'BEBAS_JABATAN_PELAKSANA_12BLN', 'PDH_TAPS']);
  });

  it('keeps durations as a table: RINGAN 0 months, SEDANG 6/9/12, BERAT 12 or open-ended', () => {
    expect(Object.fromEntries(HUKDIS_TYPES.map((t) => [t, HUKDIS_V1.types[t].durationMonths]))).toEqual({
      TEGURAN_LISAN: 0,
      TEGURAN_TERTULIS: 0,
      PERNYATAAN_TIDAK_PUAS: 0,
      POTONG_TUKIN_25_6BLN: 6,
      POTONG_TUKIN_25_9BLN: 9,
      POTONG_TUKIN_25_12BLN: 12,
      TURUN_JABATAN_12BLN: 12,
      BEBAS_JABATAN_PELAKSANA_12BLN: 12,
      PDH_TAPS: null,
    });
  });

  it('computes the exclusive end of the active window', () => {
    expect(activeUntil({ hukdisType: 'POTONG_TUKIN_25_6BLN', effectiveFrom: '2025-01-15' })).toBe('2025-07-15');
    expect(activeUntil({ hukdisType: 'POTONG_TUKIN_25_9BLN', effectiveFrom: '2025-01-15' })).toBe('2025-10-15');
    expect(activeUntil({ hukdisType: 'TURUN_JABATAN_12BLN', effectiveFrom: '2024-02-29' })).toBe('2025-03-01');
    expect(activeUntil({ hukdisType: 'POTONG_TUKIN_25_6BLN', effectiveFrom: '2024-08-31' })).toBe('2025-03-01');
    expect(activeUntil({ hukdisType: 'TEGURAN_TERTULIS', effectiveFrom: '2025-01-15' })).toBe('2025-01-15');
    expect(activeUntil({ hukdisType: 'PDH_TAPS', effectiveFrom: '2025-01-15' })).toBeNull();
  });

  describe('active window of a 6-month Tukin cut from 15 Jan 2025', () => {
    const cut = record('POTONG_TUKIN_25_6BLN', '2025-01-15');
    it.each([
      ['the day before it starts', '2025-01-14', false],
      ['the day it starts', '2025-01-15', true],
      ['the day before activeUntil', '2025-07-14', true],
      ['activeUntil itself', '2025-07-15', false],
      ['after activeUntil', '2025-08-01', false],
    ])('is %s → %s', (_label, date, active) => {
      expect(isActiveOn(cut, date)).toBe(active);
      expect(blocksKp(cut, date)).toBe(active);
    });
  });

  it('never has a RINGAN punishment in force, so it never blocks a KP', () => {
    const teguran = record('TEGURAN_LISAN', '2025-04-01');
    expect(isActiveOn(teguran, '2025-04-01')).toBe(false);
    expect(blocksKp(teguran, '2025-04-01')).toBe(false);
  });

  it('keeps PDH_TAPS in force with no end', () => {
    const pdh = record('PDH_TAPS', '2025-01-15');
    expect(isActiveOn(pdh, '2099-01-01')).toBe(true);
    expect(isActiveOn(pdh, '2025-01-14')).toBe(false);
  });

  it('disqualifies Satyalancana for any SEDANG or BERAT punishment, never for RINGAN', () => {
    expect(HUKDIS_TYPES.filter((t) => disqualifiesSatyalancana({ level: levelOf(t) }))).toEqual([
      'POTONG_TUKIN_25_6BLN',
      'POTONG_TUKIN_25_9BLN',
      'POTONG_TUKIN_25_12BLN',
      'TURUN_JABATAN_12BLN',
      'BEBAS_JABATAN_PELAKSANA_12BLN',
      'PDH_TAPS',
    ]);
  });
});

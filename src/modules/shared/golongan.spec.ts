import {
  GOLONGAN_INFO,
  GOLONGAN_ORDER,
  GOLONGAN_PPPK_ORDER,
  SIASN_GOLONGAN_ID_UNVERIFIED,
  compareGolongan,
  compareGolonganPppk,
  describeGolongan,
  isGolongan,
  isGolonganPppk,
  nextGolongan,
  nextGolonganPppk,
} from './golongan';

describe('PNS golongan', () => {
  it('has 17 grades from I/a Juru Muda to IV/e Pembina Utama, in order', () => {
    expect(GOLONGAN_ORDER).toHaveLength(17);
    expect(GOLONGAN_ORDER.map((g) => GOLONGAN_INFO[g].label)).toEqual([
      'I/a', 'I/b', 'I/c', 'I/d', 'II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e',
    ]);
    expect(describeGolongan('I_A')).toBe('I/a Juru Muda');
    expect(describeGolongan('III_D')).toBe('III/d Penata Tingkat I');
    expect(describeGolongan('IV_D')).toBe('IV/d Pembina Utama Madya');
    expect(describeGolongan('IV_E')).toBe('IV/e Pembina Utama');
  });

  it('compares grades by rank', () => {
    expect(compareGolongan('III_A', 'III_B')).toBeLessThan(0);
    expect(compareGolongan('IV_A', 'III_D')).toBeGreaterThan(0);
    expect(compareGolongan('II_C', 'II_C')).toBe(0);
    expect([...GOLONGAN_ORDER].reverse().sort(compareGolongan)).toEqual(GOLONGAN_ORDER);
  });

  it('steps up one grade, across the roman boundary, and stops at IV/e', () => {
    expect(nextGolongan('III_A')).toBe('III_B');
    expect(nextGolongan('I_D')).toBe('II_A');
    expect(nextGolongan('III_D')).toBe('IV_A');
    expect(nextGolongan('IV_E')).toBeUndefined();
  });

  it('recognises its codes', () => {
    expect(isGolongan('III_A')).toBe(true);
    expect(isGolongan('III/a')).toBe(false);
    expect(isGolongan('IX')).toBe(false);
  });

  it('keeps the unverified SIASN ids unique', () => {
    expect(new Set(Object.values(SIASN_GOLONGAN_ID_UNVERIFIED)).size).toBe(17);
  });
});

describe('PPPK golongan', () => {
  it('has 17 grades I–XVII, in order', () => {
    expect(GOLONGAN_PPPK_ORDER).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII']);
  });

  it('compares and steps like the PNS scale', () => {
    expect(compareGolonganPppk('IX', 'X')).toBeLessThan(0);
    expect(compareGolonganPppk('XVII', 'IX')).toBeGreaterThan(0);
    expect(nextGolonganPppk('IX')).toBe('X');
    expect(nextGolonganPppk('XVII')).toBeUndefined();
  });

  it('does not mistake PNS and PPPK codes for each other', () => {
    expect(isGolonganPppk('IX')).toBe(true);
    expect(isGolonganPppk('III_A')).toBe(false);
  });
});

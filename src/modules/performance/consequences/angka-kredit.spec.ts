import { AK_PERCENT, angkaKredit } from './angka-kredit';

describe('angka kredit conversion (AK = pct[predikat] × koefisien × months/12)', () => {
  it('reproduces the BKN example: 2 months of BAIK at koefisien 12.5 is 2.08', () => {
    expect(angkaKredit('BAIK', '12.5', 2)).toBe('2.08');
  });

  it('applies each predikat percentage for a full year', () => {
    expect(Object.keys(AK_PERCENT).map((p) => angkaKredit(p as keyof typeof AK_PERCENT, '12.5', 12))).toEqual(['18.75', '12.50', '9.38', '6.25', '3.13']);
  });

  it('refuses months outside 1–12 and a malformed koefisien', () => {
    expect(() => angkaKredit('BAIK', '12.5', 0)).toThrow(RangeError);
    expect(() => angkaKredit('BAIK', '12,5', 3)).toThrow(RangeError);
  });
});

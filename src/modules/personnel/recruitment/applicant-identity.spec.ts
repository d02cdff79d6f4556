import { initialsOf, maskNik, registrationNumberOf } from './applicant-identity';

describe('applicant identity masking', () => {
  it('keeps only the region code and the last two NIK digits', () => {
    expect(maskNik('1275012345670001')).toBe('1275**********01');
    expect(maskNik('1275012345670001')).toHaveLength(16);
  });

  it('reduces a name to initials, whatever the spacing and punctuation', () => {
    expect(initialsOf('Siti Nurhaliza binti Ahmad')).toBe('S.N.B.A.');
    expect(initialsOf('  Sukarno ')).toBe('S.');
    expect(initialsOf("Rahmat O'Neil Siregar")).toBe('R.O.N.S.');
    expect(initialsOf('M. Yusuf Harahap')).toBe('M.Y.H.');
  });

  it('numbers registrations in order, zero-padded', () => {
    expect(registrationNumberOf(1)).toBe('00001');
    expect(registrationNumberOf(12345)).toBe('12345');
  });
});

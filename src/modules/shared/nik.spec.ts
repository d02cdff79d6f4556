import { nikMatchesBirthDate, NikRule, parseNik } from './nik';

const rulesOf = (nik: string) => {
  const result = parseNik(nik);
  return result.ok ? [] : result.problems.map((p) => p.rule).sort();
};

describe('parseNik (DOMAIN.md §1.18)', () => {
  it('reads a Kota Binjai NIK of a man born 17 May 1998', () => {
    expect(parseNik('1275011705980001')).toEqual({
      ok: true,
      value: { province: '12', regency: '75', district: '01', birthMonthDay: '05-17', birthYear2: '98', sex: 'MALE', sequence: 1 },
    });
  });

  it('removes the +40 of a woman and reads her sex', () => {
    const parsed = parseNik('1271055705989999');
    expect(parsed.ok && [parsed.value.birthMonthDay, parsed.value.sex, parsed.value.sequence]).toEqual(['05-17', 'FEMALE', 9999]);
  });

  it.each([
    ['15 digits', '127501170598000'],
    ['17 digits', '12750117059800011'],
    ['letters', '12750117059800A1'],
    ['spaces', '1275 0117 0598 0001'],
    ['empty', ''],
  ])('names only the format problem for %s', (_label, nik) => {
    expect(rulesOf(nik)).toEqual([NikRule.FORMAT]);
  });

  it('refuses all zeros with every problem it has', () => {
    expect(rulesOf('0000000000000000')).toEqual([NikRule.BIRTH_DATE_INVALID, NikRule.REGION_INVALID, NikRule.SEQUENCE_INVALID].sort());
  });

  it.each([
    ['an unknown province 20', '2075011705980001'],
    ['kab/kota 00', '1200011705980001'],
    ['kecamatan 00', '1275001705980001'],
  ])('refuses %s', (_label, nik) => {
    expect(rulesOf(nik)).toEqual([NikRule.REGION_INVALID]);
  });

  it.each([
    ['day 32', '1275013205980001'],
    ['day 72 (a woman\'s 32)', '1275017205980001'],
    ['month 13', '1275011713980001'],
    ['31 April', '1275013104980001'],
    ['day 00', '1275010005980001'],
  ])('refuses the birth date %s', (_label, nik) => {
    expect(rulesOf(nik)).toEqual([NikRule.BIRTH_DATE_INVALID]);
  });

  it('accepts 29 February of a two-digit year that is a leap year in some century, refuses it otherwise', () => {
    expect(rulesOf('1275012902000001')).toEqual([]);
    expect(rulesOf('1275012902960001')).toEqual([]);
    expect(rulesOf('1275012902970001')).toEqual([NikRule.BIRTH_DATE_INVALID]);
  });
});

describe('nikMatchesBirthDate', () => {
  const reading = (nik: string) => {
    const parsed = parseNik(nik);
    if (!parsed.ok) throw new Error('test NIK must parse');
    return parsed.value;
  };

  it('agrees on day, month and the two-digit year', () => {
    expect(nikMatchesBirthDate(reading('1275011705980001'), '1998-05-17')).toBe(true);
    expect(nikMatchesBirthDate(reading('1275015705980001'), '1998-05-17')).toBe(true);
  });

  it.each([
    ['another day', '1998-05-18'],
    ['another month', '1998-06-17'],
    ['another year', '1999-05-17'],
  ])('disagrees on %s', (_label, birthDate) => {
    expect(nikMatchesBirthDate(reading('1275011705980001'), birthDate)).toBe(false);
  });
});

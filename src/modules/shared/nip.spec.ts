import { formatNipForDisplay, maskNip, nipInconsistencies, NiPppkRule, NipRule, parseIdentifier, parseNiPppk, parseNip, tmtCpnsOf, ParsedNip, ParsedNiPppk } from './nip';

const rulesOf = (result: ReturnType<typeof parseNip> | ReturnType<typeof parseNiPppk>) => (result.ok ? [] : result.problems.map((p) => p.rule).sort());

/** Builds a NIP from its parts: birth YYYYMMDD, TMT YYYYMM, sex digit, sequence. */
const nip = (birth: string, tmt: string, sex = '1', seq = '001') => `${birth}${tmt}${sex}${seq}`;

describe('parseNip (PNS)', () => {
  it('decodes the sample NIP', () => {
    expect(parseNip('198609262015051001')).toEqual({
      ok: true,
      value: { type: 'NIP', identifier: '198609262015051001', birthDate: '1986-09-26', tmt: '2015-05', sex: 'MALE', sequence: 1 },
    });
  });

  it('decodes a female NIP with sequence 999', () => {
    const parsed = parseNip(nip('19900115', '201801', '2', '999'));
    expect(parsed.ok && [parsed.value.sex, parsed.value.sequence]).toEqual(['FEMALE', 999]);
  });

  it.each([
    ['17 digits', '19860926201505100'],
    ['19 digits', '1986092620150510011'],
    ['spaces', '19860926 201505 1 001'],
    ['letters', '19860926201505100A'],
    ['empty', ''],
  ])('names only the format problem for %s', (_label, value) => {
    expect(rulesOf(parseNip(value))).toEqual([NipRule.FORMAT]);
  });

  it('treats a non-string as a format problem', () => {
    expect(rulesOf(parseNip(198609262015051001 as unknown as string))).toEqual([NipRule.FORMAT]);
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseNip(nip('19880229', '201005')).ok).toBe(true);
  });

  it('refuses 29 February in a common year', () => {
    expect(rulesOf(parseNip(nip('19870229', '201005')))).toEqual([NipRule.BIRTH_DATE_INVALID]);
  });

  it.each(['19861301', '19860931', '19860900', '00000000'])('refuses the birth date %s', (birth) => {
    expect(rulesOf(parseNip(nip(birth, '201505')))).toContain(NipRule.BIRTH_DATE_INVALID);
  });

  it.each(['201513', '201500'])('refuses TMT month in %s', (tmt) => {
    expect(rulesOf(parseNip(nip('19860926', tmt)))).toEqual([NipRule.TMT_MONTH_INVALID]);
  });

  it.each(['0', '3', '9'])('refuses sex digit %s', (digit) => {
    expect(rulesOf(parseNip(nip('19860926', '201505', digit)))).toEqual([NipRule.SEX_DIGIT_INVALID]);
  });

  it('refuses sequence 000', () => {
    expect(rulesOf(parseNip(nip('19860926', '201505', '1', '000')))).toEqual([NipRule.SEQUENCE_INVALID]);
  });

  it('refuses a TMT CPNS before the 18th birthday and accepts the month it is reached', () => {
    // Born 26 Sep 1986: 18 on 26 Sep 2004, so TMT 1 Sep 2004 is too early and 1 Oct 2004 is fine.
    expect(rulesOf(parseNip(nip('19860926', '200409')))).toEqual([NipRule.TMT_BEFORE_AGE_18]);
    expect(parseNip(nip('19860926', '200410')).ok).toBe(true);
    expect(parseNip(nip('19860901', '200409')).ok).toBe(true);
  });

  it('counts the 18th birthday of someone born on 29 February from 1 March', () => {
    expect(rulesOf(parseNip(nip('19880229', '200602')))).toEqual([NipRule.TMT_BEFORE_AGE_18]);
    expect(parseNip(nip('19880229', '200603')).ok).toBe(true);
  });

  it('refuses a TMT CPNS after the 35th birthday by default', () => {
    // Born 26 Sep 1986: 35 on 26 Sep 2021.
    expect(parseNip(nip('19860926', '202109')).ok).toBe(true);
    expect(rulesOf(parseNip(nip('19860926', '202110')))).toEqual([NipRule.TMT_AFTER_MAX_AGE]);
  });

  it('takes the maximum age at appointment as a parameter', () => {
    expect(parseNip(nip('19860926', '202110'), { maxAgeAtAppointment: 40 }).ok).toBe(true);
    expect(rulesOf(parseNip(nip('19860926', '201505'), { maxAgeAtAppointment: 25 }))).toEqual([NipRule.TMT_AFTER_MAX_AGE]);
  });

  it('names every problem at once', () => {
    expect(rulesOf(parseNip(nip('19870229', '201513', '3', '000')))).toEqual(
      [NipRule.BIRTH_DATE_INVALID, NipRule.TMT_MONTH_INVALID, NipRule.SEX_DIGIT_INVALID, NipRule.SEQUENCE_INVALID].sort(),
    );
    expect(rulesOf(parseNip(nip('19860926', '200001', '3', '000')))).toEqual(
      [NipRule.TMT_BEFORE_AGE_18, NipRule.SEX_DIGIT_INVALID, NipRule.SEQUENCE_INVALID].sort(),
    );
  });

  it('reads an NI PPPK as an invalid NIP (its digits 13–14 are not a month)', () => {
    expect(rulesOf(parseNip('199312282025212001'))).toEqual([NipRule.TMT_MONTH_INVALID]);
  });

  it('gives the TMT CPNS as the 1st of the month', () => {
    const parsed = parseNip('198609262015051001') as { ok: true; value: ParsedNip };
    expect(tmtCpnsOf(parsed.value)).toBe('2015-05-01');
  });
});

describe('parseNiPppk', () => {
  it('decodes the sample NI PPPK', () => {
    expect(parseNiPppk('199312282025212001')).toEqual({
      ok: true,
      value: { type: 'NI_PPPK', identifier: '199312282025212001', birthDate: '1993-12-28', tmtYear: 2025, contractField: '21', sex: 'FEMALE', sequence: 1 },
    });
  });

  it('keeps a contract field other than the observed "21"', () => {
    const parsed = parseNiPppk('199312282025221001');
    expect(parsed.ok && parsed.value.contractField).toBe('22');
  });

  it('names only the format problem when not 18 digits', () => {
    expect(rulesOf(parseNiPppk('19931228 202521 2 001'))).toEqual([NiPppkRule.FORMAT]);
  });

  it('refuses an impossible birth date, sex digit 3 and sequence 000 together', () => {
    expect(rulesOf(parseNiPppk('199302292025213000'))).toEqual([NiPppkRule.BIRTH_DATE_INVALID, NiPppkRule.SEX_DIGIT_INVALID, NiPppkRule.SEQUENCE_INVALID].sort());
  });

  it('refuses an appointment year in which the person cannot have turned 18', () => {
    expect(parseNiPppk('200712282025212001').ok).toBe(true); // turns 18 on 28 Dec 2025
    expect(rulesOf(parseNiPppk('200712282024212001'))).toEqual([NiPppkRule.APPOINTED_BEFORE_AGE_18]);
  });

  it('is chosen by parseIdentifier for NI_PPPK', () => {
    expect(parseIdentifier('NI_PPPK', '199312282025212001').ok).toBe(true);
    expect(parseIdentifier('NIP', '199312282025212001').ok).toBe(false);
  });
});

describe('nipInconsistencies', () => {
  const budi = (parseNip('198609262015051001') as { ok: true; value: ParsedNip }).value;
  const sari = (parseNiPppk('199312282025212001') as { ok: true; value: ParsedNiPppk }).value;

  it('finds nothing when the record matches the NIP', () => {
    expect(nipInconsistencies(budi, { birthDate: '1986-09-26', sex: 'MALE', tmt: '2015-05-01' })).toEqual([]);
  });

  it('compares TMT CPNS by year and month only', () => {
    expect(nipInconsistencies(budi, { birthDate: '1986-09-26', sex: 'MALE', tmt: '2015-05-20' })).toEqual([]);
  });

  it('lists every mismatched field with both values', () => {
    expect(nipInconsistencies(budi, { birthDate: '1986-09-27', sex: 'FEMALE', tmt: '2015-06-01' })).toEqual([
      { field: 'birthDate', fromIdentifier: '1986-09-26', recorded: '1986-09-27' },
      { field: 'sex', fromIdentifier: 'MALE', recorded: 'FEMALE' },
      { field: 'tmt', fromIdentifier: '2015-05', recorded: '2015-06-01' },
    ]);
  });

  it('compares only the year of an NI PPPK appointment', () => {
    expect(nipInconsistencies(sari, { birthDate: '1993-12-28', sex: 'FEMALE', tmt: '2025-11-01' })).toEqual([]);
    expect(nipInconsistencies(sari, { birthDate: '1993-12-28', sex: 'FEMALE', tmt: '2024-11-01' })).toEqual([
      { field: 'tmt', fromIdentifier: '2025', recorded: '2024-11-01' },
    ]);
  });
});

describe('displaying a NIP', () => {
  it('groups it as BKN prints it', () => {
    expect(formatNipForDisplay('198609262015051001')).toBe('19860926 201505 1 001');
    expect(formatNipForDisplay('199312282025212001')).toBe('19931228 202521 2 001');
  });

  it('leaves anything that is not 18 digits as it is', () => {
    expect(formatNipForDisplay('12345')).toBe('12345');
  });

  it('masks everything but the sequence for public pages', () => {
    expect(maskNip('198609262015051001')).toBe('******** ****** * 001');
    expect(maskNip('198609262015051001')).not.toContain('19860926');
  });

  it('masks a malformed value completely', () => {
    expect(maskNip('19860926201505100')).toBe('******** ****** * ***');
  });
});

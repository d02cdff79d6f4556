import { activeUntil } from './hukdis';
import { KpRegulerInput, KpRule, NO_PNS_SUPERIOR, checkKpReguler, yearsInPangkat } from './kp-eligibility';
import { isKpPeriodMonth } from './kp-periods';

/** Eligible: III/a since 1 Apr 2021, S1, BAIK/SANGAT_BAIK in 2024/2023, superior III/d, TMT 1 Apr 2025. */
const eligible: KpRegulerInput = {
  currentGolongan: 'III_A',
  currentGolonganTmt: '2021-04-01',
  toGolongan: 'III_B',
  tmt: '2025-04-01',
  predikat: [
    { year: 2024, predikat: 'BAIK' },
    { year: 2023, predikat: 'SANGAT_BAIK' },
  ],
  hukdis: [],
  superiorGolongan: 'III_D',
  education: 'S1',
  jf: { isJf: false, angkaKreditMet: false },
};

const rules = (changes: Partial<KpRegulerInput>) => checkKpReguler({ ...eligible, ...changes }).map((p) => p.rule).sort();
const sedangFrom = (effectiveFrom: string) => ({
  hukdisType: 'POTONG_TUKIN_25_6BLN' as const,
  effectiveFrom,
  activeUntil: activeUntil({ hukdisType: 'POTONG_TUKIN_25_6BLN', effectiveFrom }),
});

describe('checkKpReguler', () => {
  it('finds nothing unmet for an eligible promotion', () => {
    expect(checkKpReguler(eligible)).toEqual([]);
  });

  describe('years in pangkat', () => {
    it('counts completed years from the golongan TMT to the promotion TMT', () => {
      expect(yearsInPangkat('2021-04-01', '2025-04-01')).toBe(4);
      expect(yearsInPangkat('2021-04-02', '2025-04-01')).toBe(3);
    });

    it('needs 4 full years', () => {
      expect(rules({ currentGolonganTmt: '2021-04-02' })).toEqual([KpRule.MIN_YEARS_IN_PANGKAT]);
    });

    it('needs only 2 years for a JF holder whose angka kredit is met', () => {
      expect(rules({ currentGolonganTmt: '2023-04-01', jf: { isJf: true, angkaKreditMet: true } })).toEqual([]);
      expect(rules({ currentGolonganTmt: '2023-04-02', jf: { isJf: true, angkaKreditMet: true } })).toEqual([KpRule.MIN_YEARS_IN_PANGKAT]);
    });

    it('refuses a JF holder whose angka kredit is not met', () => {
      expect(rules({ jf: { isJf: true, angkaKreditMet: false } })).toEqual([KpRule.ANGKA_KREDIT_NOT_MET]);
    });
  });

  describe('predikat of the two previous years', () => {
    it('accepts BAIK or better in both', () => {
      expect(rules({ predikat: [{ year: 2024, predikat: 'SANGAT_BAIK' }, { year: 2023, predikat: 'SANGAT_BAIK' }] })).toEqual([]);
    });

    it.each(['BUTUH_PERBAIKAN', 'KURANG_MISCONDUCT', 'SANGAT_KURANG'] as const)('refuses %s in Y-1', (predikat) => {
      expect(rules({ predikat: [{ year: 2024, predikat }, { year: 2023, predikat: 'BAIK' }] })).toEqual([KpRule.PREDIKAT_BELOW_BAIK]);
    });

    it('treats a missing year as unmet and names it', () => {
      const problems = checkKpReguler({ ...eligible, predikat: [{ year: 2024, predikat: 'BAIK' }] });
      expect(problems).toEqual([{ rule: KpRule.PREDIKAT_BELOW_BAIK, message: expect.stringContaining('2023: predikat tahun ini tidak diberikan (yang diberikan: tahun 2024)') }]);
    });

    it('ignores years other than Y-1 and Y-2', () => {
      expect(rules({ predikat: [...eligible.predikat, { year: 2022, predikat: 'SANGAT_KURANG' }] })).toEqual([]);
      expect(rules({ predikat: [{ year: 2025, predikat: 'BAIK' }, { year: 2022, predikat: 'BAIK' }] })).toEqual([KpRule.PREDIKAT_BELOW_BAIK]);
    });

    it('lets the worse of two ratings for the same year count', () => {
      expect(rules({ predikat: [...eligible.predikat, { year: 2024, predikat: 'BUTUH_PERBAIKAN' }] })).toEqual([KpRule.PREDIKAT_BELOW_BAIK]);
    });
  });

  describe('hukuman disiplin', () => {
    it('refuses while a punishment is in force at the TMT', () => {
      expect(rules({ hukdis: [sedangFrom('2025-01-15')] })).toEqual([KpRule.ACTIVE_HUKDIS]);
    });

    it('accepts once the punishment has ended by the TMT', () => {
      expect(rules({ hukdis: [sedangFrom('2024-10-01')] })).toEqual([]); // in force until 2025-04-01 exclusive
    });

    it('ignores a RINGAN punishment', () => {
      const teguran = { hukdisType: 'TEGURAN_LISAN' as const, effectiveFrom: '2025-04-01', activeUntil: '2025-04-01' };
      expect(rules({ hukdis: [teguran] })).toEqual([]);
    });
  });

  describe("direct superior's pangkat", () => {
    it('accepts reaching the superior’s golongan, refuses passing it', () => {
      expect(rules({ superiorGolongan: 'III_B' })).toEqual([]);
      expect(rules({ superiorGolongan: 'III_A' })).toEqual([KpRule.ABOVE_SUPERIOR]);
    });

    it('counts an unknown superior golongan as unmet and says why', () => {
      const problems = checkKpReguler({ ...eligible, superiorGolongan: null });
      expect(problems).toEqual([{ rule: KpRule.ABOVE_SUPERIOR, message: expect.stringContaining('tidak diketahui') }]);
    });

    it('skips the rule when the superior is declared not to be a PNS', () => {
      expect(rules({ superiorGolongan: NO_PNS_SUPERIOR })).toEqual([]);
    });
  });

  describe('education ceiling', () => {
    it('accepts up to the ceiling', () => {
      expect(rules({ education: 'SLTA' })).toEqual([]); // III/a → III/b, ceiling III/b
    });

    it('refuses above the ceiling', () => {
      expect(rules({ education: 'SLTA', currentGolongan: 'III_B', toGolongan: 'III_C' })).toEqual([KpRule.ABOVE_EDUCATION_CEILING]);
      expect(rules({ education: 'S1', currentGolongan: 'III_D', toGolongan: 'IV_A', superiorGolongan: 'IV_B' })).toEqual([KpRule.ABOVE_EDUCATION_CEILING]);
    });
  });

  describe('one step only', () => {
    it('refuses skipping a grade', () => {
      expect(rules({ toGolongan: 'III_C' })).toEqual([KpRule.NOT_NEXT_GOLONGAN]);
    });

    it('refuses a step down or standing still', () => {
      expect(rules({ toGolongan: 'II_D' })).toEqual([KpRule.NOT_NEXT_GOLONGAN]);
      expect(rules({ toGolongan: 'III_A' })).toEqual([KpRule.NOT_NEXT_GOLONGAN]);
    });

    it('refuses any KP from IV/e', () => {
      expect(rules({ currentGolongan: 'IV_E', toGolongan: 'IV_E', superiorGolongan: NO_PNS_SUPERIOR, education: 'S3' })).toEqual(
        [KpRule.MAX_GOLONGAN, KpRule.ABOVE_EDUCATION_CEILING].sort(),
      );
    });
  });

  describe('KP periods', () => {
    it('needs the TMT on the 1st of a month', () => {
      expect(rules({ tmt: '2025-04-02', currentGolonganTmt: '2021-04-01' })).toEqual([KpRule.TMT_NOT_FIRST_OF_MONTH]);
    });

    it('accepts any month from 2025', () => {
      expect(rules({ tmt: '2025-05-01', currentGolonganTmt: '2021-05-01' })).toEqual([]);
    });

    it('accepted only April and October before 2025', () => {
      const before2025 = { predikat: [{ year: 2023, predikat: 'BAIK' as const }, { year: 2022, predikat: 'BAIK' as const }], currentGolonganTmt: '2020-01-01' };
      expect(rules({ ...before2025, tmt: '2024-10-01' })).toEqual([]);
      expect(rules({ ...before2025, tmt: '2024-05-01' })).toEqual([KpRule.TMT_NOT_IN_PERIOD]);
      expect(isKpPeriodMonth('2024-04-01')).toBe(true);
      expect(isKpPeriodMonth('2024-12-01')).toBe(false);
    });
  });

  it('names every unmet rule at once', () => {
    expect(
      rules({
        tmt: '2025-04-15',
        toGolongan: 'III_D',
        currentGolonganTmt: '2024-01-01',
        predikat: [],
        hukdis: [sedangFrom('2025-03-01')],
        superiorGolongan: null,
        education: 'SLTA',
        jf: { isJf: true, angkaKreditMet: false },
      }),
    ).toEqual(
      [
        KpRule.TMT_NOT_FIRST_OF_MONTH,
        KpRule.NOT_NEXT_GOLONGAN,
        KpRule.MIN_YEARS_IN_PANGKAT,
        KpRule.ANGKA_KREDIT_NOT_MET,
        KpRule.PREDIKAT_BELOW_BAIK,
        KpRule.ACTIVE_HUKDIS,
        KpRule.ABOVE_SUPERIOR,
        KpRule.ABOVE_EDUCATION_CEILING,
      ].sort(),
    );
  });
});

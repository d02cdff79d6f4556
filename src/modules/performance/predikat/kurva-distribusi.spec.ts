import { checkDistribution, countsOf, KURVA_POLICY_2022, PredikatCounts } from './kurva-distribusi';
import { OrganisationPredikat } from './rating';

const none: PredikatCounts = { sangatBaik: 0, baik: 0, butuhPerbaikan: 0, kurang: 0, sangatKurang: 0 };
const rules = (org: OrganisationPredikat, counts: Partial<PredikatCounts>, policy = KURVA_POLICY_2022) =>
  checkDistribution(org, { ...none, ...counts }, policy).violations.map((v) => v.rule);
const lenient = { ...KURVA_POLICY_2022, rounding: 'LENIENT' as const };

describe('kurva distribusi: the five constraint sets by predikat kinerja organisasi', () => {
  describe('ISTIMEWA: Sangat Baik at most 70%', () => {
    it('allows exactly 70% and refuses one more', () => {
      expect(rules('ISTIMEWA', { sangatBaik: 7, baik: 3 })).toEqual([]);
      expect(rules('ISTIMEWA', { sangatBaik: 8, baik: 2 })).toEqual(['PERFORMANCE.KURVA_ISTIMEWA_SANGAT_BAIK_MAX']);
    });
    it('lets the rest be anything, even all Sangat Kurang', () => {
      expect(rules('ISTIMEWA', { sangatKurang: 4 })).toEqual([]);
    });
    it('explains the violation: rule, actual share, required bound', () => {
      const check = checkDistribution('ISTIMEWA', { ...none, sangatBaik: 8, baik: 2 });
      expect(check).toEqual({
        allowed: false,
        total: 10,
        policyVersion: 'permenpanrb-6-2022/v1',
        violations: [
          expect.objectContaining({
            rule: 'PERFORMANCE.KURVA_ISTIMEWA_SANGAT_BAIK_MAX',
            actual: '8 dari 10 pegawai (80%) Sangat Baik',
            required: 'paling banyak 70% (7 dari 10 pegawai)',
            actualCount: 8,
            requiredCount: 7,
            total: 10,
          }),
        ],
      });
    });
  });

  describe('BAIK: Baik at most 70%, and there must be a Butuh Perbaikan and/or Kurang', () => {
    it('allows 70% Baik with one Butuh Perbaikan or one Kurang', () => {
      expect(rules('BAIK', { baik: 7, sangatBaik: 2, butuhPerbaikan: 1 })).toEqual([]);
      expect(rules('BAIK', { baik: 7, sangatKurang: 2, kurang: 1 })).toEqual([]);
    });
    it('refuses 71% Baik', () => {
      expect(rules('BAIK', { baik: 71, sangatBaik: 28, butuhPerbaikan: 1 })).toEqual(['PERFORMANCE.KURVA_BAIK_BAIK_MAX']);
    });
    it('refuses a unit without any Butuh Perbaikan or Kurang (Sangat Kurang does not count)', () => {
      expect(rules('BAIK', { baik: 7, sangatBaik: 2, sangatKurang: 1 })).toEqual(['PERFORMANCE.KURVA_BAIK_BUTUH_PERBAIKAN_OR_KURANG_REQUIRED']);
    });
    it('names both violations at once', () => {
      expect(rules('BAIK', { baik: 10 })).toEqual(['PERFORMANCE.KURVA_BAIK_BAIK_MAX', 'PERFORMANCE.KURVA_BAIK_BUTUH_PERBAIKAN_OR_KURANG_REQUIRED']);
    });
  });

  describe('BUTUH_PERBAIKAN: Butuh Perbaikan at least 60%, Sangat Baik at most 10%', () => {
    it('allows exactly 60% and 10%', () => {
      expect(rules('BUTUH_PERBAIKAN', { butuhPerbaikan: 6, sangatBaik: 1, baik: 3 })).toEqual([]);
    });
    it('refuses 59% Butuh Perbaikan and 11% Sangat Baik', () => {
      expect(rules('BUTUH_PERBAIKAN', { butuhPerbaikan: 59, sangatBaik: 11, baik: 30 })).toEqual([
        'PERFORMANCE.KURVA_BUTUH_PERBAIKAN_BUTUH_PERBAIKAN_MIN',
        'PERFORMANCE.KURVA_BUTUH_PERBAIKAN_SANGAT_BAIK_MAX',
      ]);
    });
  });

  describe('KURANG: Kurang at least 60%, Butuh Perbaikan at least 10%, Sangat Baik at most 10%', () => {
    it('allows the boundaries', () => {
      expect(rules('KURANG', { kurang: 6, butuhPerbaikan: 1, sangatBaik: 1, sangatKurang: 2 })).toEqual([]);
    });
    it('refuses each bound crossed by one', () => {
      expect(rules('KURANG', { kurang: 5, butuhPerbaikan: 2, sangatBaik: 1, baik: 2 })).toEqual(['PERFORMANCE.KURVA_KURANG_KURANG_MIN']);
      expect(rules('KURANG', { kurang: 6, butuhPerbaikan: 0, sangatBaik: 1, baik: 3 })).toEqual(['PERFORMANCE.KURVA_KURANG_BUTUH_PERBAIKAN_MIN']);
      expect(rules('KURANG', { kurang: 6, butuhPerbaikan: 1, sangatBaik: 2, baik: 1 })).toEqual(['PERFORMANCE.KURVA_KURANG_SANGAT_BAIK_MAX']);
    });
  });

  describe('SANGAT_KURANG: Sangat Kurang at least 60%, Kurang and/or Butuh Perbaikan at least 10%, no Sangat Baik', () => {
    it('allows the boundaries, the 10% from either predikat', () => {
      expect(rules('SANGAT_KURANG', { sangatKurang: 6, kurang: 1, baik: 3 })).toEqual([]);
      expect(rules('SANGAT_KURANG', { sangatKurang: 6, butuhPerbaikan: 1, baik: 3 })).toEqual([]);
    });
    it('refuses each bound crossed by one', () => {
      expect(rules('SANGAT_KURANG', { sangatKurang: 5, kurang: 1, baik: 4 })).toEqual(['PERFORMANCE.KURVA_SANGAT_KURANG_SANGAT_KURANG_MIN']);
      expect(rules('SANGAT_KURANG', { sangatKurang: 6, baik: 4 })).toEqual(['PERFORMANCE.KURVA_SANGAT_KURANG_KURANG_OR_BUTUH_PERBAIKAN_MIN']);
      expect(rules('SANGAT_KURANG', { sangatKurang: 6, kurang: 3, sangatBaik: 1 })).toEqual(['PERFORMANCE.KURVA_SANGAT_KURANG_NO_SANGAT_BAIK']);
    });
    it('explains "no Sangat Baik"', () => {
      const [violation] = checkDistribution('SANGAT_KURANG', { ...none, sangatKurang: 6, kurang: 3, sangatBaik: 1 }).violations;
      expect(violation).toMatchObject({ actual: '1 dari 10 pegawai (10%) Sangat Baik', required: 'tidak boleh ada', requiredCount: 0 });
    });
  });

  describe('rounding of shares for units whose size does not divide evenly (policy data)', () => {
    it('EXACT_SHARE: max 70% of 5 allows 3, min 60% of 5 needs 3, min 10% of 5 needs 1', () => {
      expect(rules('ISTIMEWA', { sangatBaik: 3, baik: 2 })).toEqual([]);
      expect(rules('ISTIMEWA', { sangatBaik: 4, baik: 1 })).toEqual(['PERFORMANCE.KURVA_ISTIMEWA_SANGAT_BAIK_MAX']);
      expect(rules('KURANG', { kurang: 3, butuhPerbaikan: 1, baik: 1 })).toEqual([]);
      expect(rules('KURANG', { kurang: 3, baik: 2 })).toEqual(['PERFORMANCE.KURVA_KURANG_BUTUH_PERBAIKAN_MIN']);
    });
    it('LENIENT: rounds in the unit’s favour (max → ceil, min → floor)', () => {
      expect(rules('ISTIMEWA', { sangatBaik: 4, baik: 1 }, lenient)).toEqual([]);
      expect(rules('KURANG', { kurang: 3, baik: 2 }, lenient)).toEqual([]);
      expect(rules('BUTUH_PERBAIKAN', { butuhPerbaikan: 3, sangatBaik: 1, baik: 1 }, lenient)).toEqual([]);
    });
    it('formats shares that do not divide evenly to 2 decimals', () => {
      expect(checkDistribution('BAIK', { ...none, baik: 3 }).violations[0].actual).toBe('3 dari 3 pegawai (100%) Baik');
      expect(checkDistribution('BUTUH_PERBAIKAN', { ...none, butuhPerbaikan: 1, baik: 2 }).violations[0].actual).toBe('1 dari 3 pegawai (33,33%) Butuh Perbaikan');
    });
  });

  it('refuses a unit with no employees to check', () => {
    expect(rules('ISTIMEWA', {})).toEqual(['PERFORMANCE.KURVA_NO_EMPLOYEES']);
  });

  it('counts predicates into the five buckets', () => {
    expect(countsOf(['SANGAT_BAIK', 'BAIK', 'BAIK', 'KURANG_MISCONDUCT', 'SANGAT_KURANG', 'BUTUH_PERBAIKAN'])).toEqual({ sangatBaik: 1, baik: 2, butuhPerbaikan: 1, kurang: 1, sangatKurang: 1 });
  });
});

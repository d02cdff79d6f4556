import { codeOf, TestApi } from './harness';

const SIMULATE = `query($input: SimulatePredikatDistributionInput!) {
  simulatePredikatDistribution(input: $input) { allowed total policyVersion violations { rule actual required actualCount requiredCount message } }
}`;
const counts = (c: Partial<Record<'sangatBaik' | 'baik' | 'butuhPerbaikan' | 'kurang' | 'sangatKurang', number>>) => ({ sangatBaik: 0, baik: 0, butuhPerbaikan: 0, kurang: 0, sangatKurang: 0, ...c });

describe('Performance (GraphQL over HTTP)', () => {
  let api: TestApi;
  let penilai: string;
  let employee: string;

  beforeAll(async () => {
    api = await TestApi.start();
    penilai = await api.token('emp-kabid', { role: 'PEJABAT_PENILAI', unit: 'kota-medan.aptika' });
    employee = await api.token('emp-ani', { role: 'EMPLOYEE', unit: 'emp-ani' });
  });
  afterAll(() => api.close());

  describe('simulatePredikatDistribution (what-if before sign-off)', () => {
    it('allows a proposal within the BAIK curve', async () => {
      const data = await api.ok(SIMULATE, { input: { organisationPredikat: 'BAIK', counts: counts({ sangatBaik: 2, baik: 7, butuhPerbaikan: 1 }) } }, penilai);
      expect(data.simulatePredikatDistribution).toEqual({ allowed: true, total: 10, policyVersion: 'permenpanrb-6-2022/v1', violations: [] });
    });

    it('explains every violation with rule, actual and required', async () => {
      const data = await api.ok(SIMULATE, { input: { organisationPredikat: 'BAIK', counts: counts({ baik: 10 }) } }, employee);
      expect(data.simulatePredikatDistribution.allowed).toBe(false);
      expect(data.simulatePredikatDistribution.violations).toEqual([
        expect.objectContaining({ rule: 'PERFORMANCE.KURVA_BAIK_BAIK_MAX', actual: '10 dari 10 pegawai (100%) Baik', required: 'paling banyak 70% (7 dari 10 pegawai)', actualCount: 10, requiredCount: 7 }),
        expect.objectContaining({ rule: 'PERFORMANCE.KURVA_BAIK_BUTUH_PERBAIKAN_OR_KURANG_REQUIRED', actualCount: 0, requiredCount: 1 }),
      ]);
    });

    it('refuses negative counts and an unknown predikat as BAD_USER_INPUT, and anonymous callers', async () => {
      expect(codeOf(await api.gql(SIMULATE, { input: { organisationPredikat: 'BAIK', counts: counts({ baik: -1 }) } }, penilai))).toBe('BAD_USER_INPUT');
      expect(codeOf(await api.gql(SIMULATE, { input: { organisationPredikat: 'LUAR_BIASA', counts: counts({ baik: 1 }) } }, penilai))).toBe('BAD_USER_INPUT');
      expect(codeOf(await api.gql(SIMULATE, { input: { organisationPredikat: 'BAIK', counts: counts({ baik: 1 }) } }))).toBe('UNAUTHENTICATED');
    });
  });
});

import { aggregateHasilKerja, AGGREGATION_POLICY_2022, RhkRating } from './aggregation';

const r = (rating: RhkRating['rating'], kategori: RhkRating['kategori'] = 'UTAMA', rhkId = Math.random().toString()): RhkRating => ({ rhkId, kategori, rating });

describe('rating hasil kerja aggregation (checklist 6, thresholds as policy data)', () => {
  it('DI_ATAS: most above and no RHK utama below', () => {
    expect(aggregateHasilKerja([r('DI_ATAS'), r('DI_ATAS'), r('SESUAI')])).toBe('DI_ATAS');
    expect(aggregateHasilKerja([r('DI_ATAS'), r('DI_ATAS'), r('DI_BAWAH', 'TAMBAHAN')])).toBe('DI_ATAS');
  });

  it('not DI_ATAS at exactly half above (most is strictly more than half), nor with an RHK utama below', () => {
    expect(aggregateHasilKerja([r('DI_ATAS'), r('SESUAI')])).toBe('SESUAI');
    expect(aggregateHasilKerja([r('DI_ATAS'), r('DI_ATAS'), r('DI_ATAS'), r('DI_BAWAH')])).toBe('SESUAI');
  });

  it('SESUAI: most at or above, and only a minority of RHK utama below', () => {
    expect(aggregateHasilKerja([r('SESUAI'), r('SESUAI'), r('DI_BAWAH')])).toBe('SESUAI');
  });

  it('DI_BAWAH: half of the RHK utama below is no longer a minority; most below', () => {
    expect(aggregateHasilKerja([r('SESUAI'), r('DI_BAWAH'), r('SESUAI', 'TAMBAHAN'), r('SESUAI', 'TAMBAHAN')])).toBe('DI_BAWAH');
    expect(aggregateHasilKerja([r('DI_BAWAH'), r('DI_BAWAH'), r('SESUAI')])).toBe('DI_BAWAH');
    expect(aggregateHasilKerja([r('SESUAI'), r('DI_BAWAH')])).toBe('DI_BAWAH');
    expect(aggregateHasilKerja([])).toBe('DI_BAWAH');
  });

  it('follows the policy thresholds', () => {
    const strict = { ...AGGREGATION_POLICY_2022, version: 'x', mostAbovePercent: 70, minorityBelowPercent: 34 };
    expect(aggregateHasilKerja([r('DI_ATAS'), r('DI_ATAS'), r('SESUAI')], strict)).toBe('SESUAI');
    expect(aggregateHasilKerja([r('SESUAI'), r('SESUAI'), r('DI_BAWAH'), r('SESUAI', 'TAMBAHAN'), r('SESUAI', 'TAMBAHAN')], strict)).toBe('SESUAI');
    expect(aggregateHasilKerja([r('SESUAI'), r('DI_BAWAH'), r('SESUAI'), r('SESUAI', 'TAMBAHAN'), r('SESUAI', 'TAMBAHAN')], strict)).toBe('SESUAI');
    expect(aggregateHasilKerja([r('SESUAI'), r('DI_BAWAH'), r('SESUAI'), r('SESUAI', 'TAMBAHAN'), r('SESUAI', 'TAMBAHAN')], { ...strict, minorityBelowPercent: 33 })).toBe('DI_BAWAH');
  });
});

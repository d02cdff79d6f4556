import { projectEvents, recorded } from '@infrastructure/projections/testing/projection-spec';
import { PUBLISHED_PREDIKAT, publishedPredikatProjection } from './published-predikat.projection';

describe('published predikat projection (performance.AnnualPredikatFinalised, the KP contract)', () => {
  it('keeps the latest finalised predikat per employee and year: a correction replaces the close', async () => {
    const finalised = (predikat: string, source: string, at: string) =>
      recorded('performance.AnnualPredikatFinalised', { employeeId: 'emp-ani', instansiId: 'kota-medan', year: 2026, predikat, evaluationId: 'emp-ani.2026.2026', source, finalisedAt: at });
    const store = await projectEvents(publishedPredikatProjection, [finalised('BAIK', 'CLOSE', '2027-01-05T00:00:00.000Z'), finalised('SANGAT_BAIK', 'CORRECTION', '2027-02-01T00:00:00.000Z')]);
    expect(await store.collection(PUBLISHED_PREDIKAT).find({})).toEqual([
      expect.objectContaining({ _id: 'emp-ani.2026', employeeId: 'emp-ani', instansiId: 'kota-medan', year: 2026, predikat: 'SANGAT_BAIK', evaluationId: 'emp-ani.2026.2026', finalisedAt: '2027-02-01T00:00:00.000Z' }),
    ]);
  });
});

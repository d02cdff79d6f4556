import { projectEvents, recorded } from '@infrastructure/projections/testing/projection-spec';
import { drafted } from '../../skp/testing/skp.fixtures';
import { PERFORMANCE_ANGKA_KREDIT } from './angka-kredit.schema';
import { angkaKreditProjection } from './angka-kredit.projection';

const finalised = (predikat: string, source: string, revision: number) =>
  recorded('performance.AnnualPredikatFinalised', { employeeId: 'emp-ani', instansiId: 'kota-medan', year: 2026, predikat, evaluationId: 'emp-ani.2026.2026', source, finalisedAt: '2027-01-05T00:00:00.000Z' }, { revision, streamId: 'performance-evaluation-emp-ani.2026.2026' });

describe('angka kredit ledger projection', () => {
  it('a JF SKP earns a line at the close and an adjusting line at a correction', async () => {
    const store = await projectEvents(angkaKreditProjection, [recorded(drafted.type, { ...drafted.data, jenisJabatan: 'JF_AHLI_PERTAMA' }), finalised('BAIK', 'CLOSE', 1), finalised('SANGAT_BAIK', 'CORRECTION', 3)]);
    const lines = await store.collection(PERFORMANCE_ANGKA_KREDIT).find({}, { sort: { revision: 1 } });
    expect(lines.map((l: any) => [l._id, l.source, l.angkaKredit, l.delta])).toEqual([
      ['emp-ani.2026.2026@1', 'CLOSE', '12.50', '12.50'],
      ['emp-ani.2026.2026@3', 'CORRECTION', '18.75', '6.25'],
    ]);
  });

  it('a non-JF SKP earns nothing', async () => {
    const store = await projectEvents(angkaKreditProjection, [recorded(drafted.type, drafted.data), finalised('BAIK', 'CLOSE', 1)]);
    expect(await store.collection(PERFORMANCE_ANGKA_KREDIT).find({})).toEqual([]);
  });
});

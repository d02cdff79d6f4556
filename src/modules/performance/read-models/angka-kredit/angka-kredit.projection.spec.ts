import { projectEvents, recorded } from '@infrastructure/projections/testing/projection-spec';
import { drafted } from '../../skp/testing/skp.fixtures';
import { PERFORMANCE_ANGKA_KREDIT } from './angka-kredit.schema';
import { angkaKreditProjection } from './angka-kredit.projection';

const closed = (evaluationId: string, predikat: string, revision: number) =>
  recorded('performance.EvaluationClosed', { evaluationId, signOffId: 'so-1', predikat, closedAt: '2027-01-05T00:00:00.000Z' }, { revision, streamId: `performance-evaluation-${evaluationId}` });
const corrected = (evaluationId: string, predikat: string, revision: number) =>
  recorded('performance.EvaluationCorrected', { evaluationId, predikat, previousPredikat: 'BAIK', reason: 'Koreksi', approvedBy: 'emp-kadis', correctedAt: '2027-02-01T00:00:00.000Z' }, { revision, streamId: `performance-evaluation-${evaluationId}` });
const jf = recorded(drafted.type, { ...drafted.data, jenisJabatan: 'JF_AHLI_PERTAMA' });
const transfer = { eventId: 'ev-transfer', effectiveDate: '2026-03-01', legalBasis: { skNumber: 'SK/MUTASI/1', skDate: '2026-02-20' } };

describe('angka kredit ledger projection', () => {
  it('a JF SKP earns a line at the annual close and an adjusting line at a correction', async () => {
    const store = await projectEvents(angkaKreditProjection, [jf, closed('emp-ani.2026.2026', 'BAIK', 1), corrected('emp-ani.2026.2026', 'SANGAT_BAIK', 3)]);
    const lines = await store.collection(PERFORMANCE_ANGKA_KREDIT).find({}, { sort: { revision: 1 } });
    expect(lines.map((l: any) => [l._id, l.source, l.months, l.angkaKredit, l.delta])).toEqual([
      ['emp-ani.2026.2026@1', 'CLOSE', 12, '12.50', '12.50'],
      ['emp-ani.2026.2026@3', 'CORRECTION', 12, '18.75', '6.25'],
    ]);
  });

  it('a periodic close earns nothing; a non-JF SKP earns nothing', async () => {
    expect(await (await projectEvents(angkaKreditProjection, [jf, closed('emp-ani.2026.2026-Q1', 'BAIK', 1)])).collection(PERFORMANCE_ANGKA_KREDIT).find({})).toEqual([]);
    expect(await (await projectEvents(angkaKreditProjection, [recorded(drafted.type, drafted.data), closed('emp-ani.2026.2026', 'BAIK', 1)])).collection(PERFORMANCE_ANGKA_KREDIT).find({})).toEqual([]);
  });

  it('a year split by a transfer earns per segment, pro-rated by its months (DOMAIN §1.2: 2/12 × 100% × 12.5 = 2.08)', async () => {
    const segmentClosed = recorded('performance.SkpSegmentClosed', { skpId: 'emp-ani.2026', periodEnd: '2026-02-28', months: 2, nextSkpId: 'emp-ani.2026.2', transfer, closedAt: '2026-02-21T00:00:00.000Z' });
    const opened = recorded('performance.SkpSegmentOpened', {
      ...drafted.data,
      skpId: 'emp-ani.2026.2',
      jenisJabatan: 'JF_AHLI_MUDA',
      periodStart: '2026-03-01',
      periodEnd: '2026-12-31',
      months: 10,
      segment: 2,
      previousSkpId: 'emp-ani.2026',
      transfer,
      openedAt: '2026-02-21T00:00:00.000Z',
    });
    const store = await projectEvents(angkaKreditProjection, [jf, segmentClosed, opened, closed('emp-ani.2026.2026', 'BAIK', 7), closed('emp-ani.2026.2.2026', 'BAIK', 4)]);
    const lines = await store.collection(PERFORMANCE_ANGKA_KREDIT).find({}, { sort: { skpId: 1 } });
    expect(lines.map((l: any) => [l.skpId, l.months, l.koefisien, l.angkaKredit])).toEqual([
      ['emp-ani.2026', 2, '12.5', '2.08'],
      ['emp-ani.2026.2', 10, '25', '20.83'],
    ]);
  });
});

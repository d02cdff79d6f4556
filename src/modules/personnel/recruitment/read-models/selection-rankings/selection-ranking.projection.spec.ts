import { projectEvents } from '@infrastructure/projections/testing/projection-spec';
import { recordedHistory } from '../../domain/testing/recorded-history';
import { announcedRound, AT, closedRound, history, addFormasi, openRound, PASSING, publish, recordResult } from '../../domain/testing/selection-round.fixtures';
import { SELECTION_RANKINGS, SelectionRanking } from './selection-ranking.schema';
import { selectionRankingsProjection } from './selection-ranking.projection';

const projection = selectionRankingsProjection;

async function boardAfter(events: ReturnType<typeof history>) {
  const store = await projectEvents(projection, recordedHistory(events));
  return store.collection<SelectionRanking>(SELECTION_RANKINGS).findById('R1');
}

describe('selection_rankings projection (public board)', () => {
  it('has no board before the ranking is published', async () => {
    expect(await boardAfter(closedRound(recordResult(1, PASSING)))).toBeNull();
  });

  it('publishes per formasi the ordered entries with masked identity, scores, status and explanation', async () => {
    const board = (await boardAfter(announcedRound()))!;
    expect(board).toMatchObject({
      instansiId: 'kota-medan',
      year: 2024,
      status: 'ANNOUNCED',
      publishedAt: AT,
      announcedAt: AT,
      policyId: 'SKD-RANKING-V1',
      skdReference: { id: 'SKD-2024', thresholds: { TWK: 65, TIU: 80, TKP: 166 } },
    });
    const [formasi] = board.formasi;
    expect(formasi).toMatchObject({ formasiId: 'F1', quota: 1, jabatanName: 'Pranata Komputer Ahli Pertama' });
    expect(formasi.entries.map((e) => [e.order, e.rank, e.registrationNumber, e.initials, e.status, e.total])).toEqual([
      [1, 1, '00001', 'P.N.1.', 'LULUS', 390],
      [2, null, '00002', 'P.N.2.', 'TIDAK_LULUS', 350],
    ]);
    expect(formasi.entries[1].explanation).toContain('TWK 60 < 65');
  });

  it('never holds a name, NIK, birth date or internal applicant id', async () => {
    const text = JSON.stringify(await boardAfter(announcedRound()));
    for (const secret of ['Pelamar', '1998-05-17', '1275', 'nik-', '"A1"', 'applicantId']) expect(text).not.toContain(secret);
  });

  it('marks a published board cancelled when the round is cancelled', async () => {
    const board = await boardAfter(closedRound(publish(), { type: 'CancelSelectionRound', reason: 'Court order', at: AT }));
    expect(board).toMatchObject({ status: 'CANCELLED', cancelledAt: AT });
    expect(await boardAfter(history(openRound(), addFormasi(), { type: 'CancelSelectionRound', reason: 'x', at: AT }))).toBeNull();
  });
});

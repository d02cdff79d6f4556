import { defineProjection } from '@infrastructure/projections/projection';
import { RankedEntry } from '../../ranking';
import { RankingPublished, SelectionResultsAnnounced, SelectionRoundCancelled } from '../../domain/selection-round.events';
import { PublicRankingEntry, SELECTION_RANKINGS, SelectionRankingSchema } from './selection-ranking.schema';

/** The public boards: written once when a ranking is published, then only its status changes. */
export const selectionRankingsProjection = defineProjection<RankingPublished | SelectionResultsAnnounced | SelectionRoundCancelled>({
  name: 'selection-rankings',
  version: 1,
  collections: [{ name: SELECTION_RANKINGS, schema: SelectionRankingSchema }],
  canHandle: ['personnel.RankingPublished', 'personnel.SelectionResultsAnnounced', 'personnel.SelectionRoundCancelled'],
  async apply(event, writer) {
    switch (event.type) {
      case 'personnel.RankingPublished': {
        const { roundId, instansiId, year, name, publishedAt, policy, skdReference, formasi } = event.data;
        const boards = formasi.map(({ entries, ...f }) => ({ ...f, entries: entries.map(publicEntry) }));
        const board = { instansiId, year, name, publishedAt, policyId: policy.id, tieBreaks: policy.tieBreaks, skdReference, formasi: boards };
        return writer.upsert(SELECTION_RANKINGS, roundId, { $set: { ...board, status: 'PUBLISHED', announcedAt: null, cancelledAt: null } });
      }
      case 'personnel.SelectionResultsAnnounced':
        // Only rounds that published a board have one to update (updateMany matches none otherwise).
        await writer.updateMany(SELECTION_RANKINGS, { _id: event.data.roundId }, { $set: { status: 'ANNOUNCED', announcedAt: event.data.announcedAt } });
        return;
      case 'personnel.SelectionRoundCancelled':
        await writer.updateMany(SELECTION_RANKINGS, { _id: event.data.roundId }, { $set: { status: 'CANCELLED', cancelledAt: event.data.cancelledAt } });
        return;
    }
  },
});

/** Drops the internal applicant id: the public sees registration number and initials only. */
function publicEntry({ applicantId: _internal, ...entry }: RankedEntry): PublicRankingEntry {
  return { ...entry, scores: entry.scores && { ...entry.scores } };
}

import { Injectable } from '@nestjs/common';
import { RecordedEvent } from '../../../../../kernel/events';
import { Projection, ProjectionWriter } from '../../../../../infrastructure/projections/projection';
import { RankedEntry } from '../../ranking';
import { SelectionRoundEvent, SelectionRoundEventType } from '../../selection-round/selection-round.events';
import { PublicRankingEntry, SELECTION_RANKINGS, SelectionRankingSchema } from './selection-ranking.schema';

const HANDLED: readonly SelectionRoundEventType[] = ['personnel.RankingPublished', 'personnel.SelectionResultsAnnounced', 'personnel.SelectionRoundCancelled'];

/** The public boards: written once when a ranking is published, then only its status changes. */
@Injectable()
export class SelectionRankingProjection implements Projection {
  readonly name = 'selection-rankings';
  readonly version = 1;
  readonly collections = [{ name: SELECTION_RANKINGS, schema: SelectionRankingSchema }];
  readonly handles = HANDLED;

  async apply(recorded: RecordedEvent, writer: ProjectionWriter): Promise<void> {
    const event = { type: recorded.type, data: recorded.data } as SelectionRoundEvent;
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
  }
}

/** Drops the internal applicant id: the public sees registration number and initials only. */
function publicEntry({ applicantId: _internal, ...entry }: RankedEntry): PublicRankingEntry {
  return { ...entry, scores: entry.scores && { ...entry.scores } };
}

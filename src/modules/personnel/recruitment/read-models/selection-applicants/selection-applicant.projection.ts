import { Injectable } from '@nestjs/common';
import { RecordedEvent } from '../../../../../kernel/events';
import { Update } from '../../../../../infrastructure/document-store/document-store.port';
import { Projection, ProjectionWriter } from '../../../../../infrastructure/projections/projection';
import { SelectionRoundEvent, SelectionRoundEventType } from '../../selection-round/selection-round.events';
import { SELECTION_APPLICANTS, SelectionApplicantSchema } from './selection-applicant.schema';

const HANDLED: readonly SelectionRoundEventType[] = [
  'personnel.ApplicantRegistered',
  'personnel.SkdResultRecorded',
  'personnel.PanelMemberRecused',
  'personnel.UndeclaredConflictFlagged',
  'personnel.RankingPublished',
  'personnel.ApplicantAppointed',
];

/** Admin view of applicants: one document per applicant, one write per document per event. */
@Injectable()
export class SelectionApplicantProjection implements Projection {
  readonly name = 'selection-applicants';
  readonly version = 1;
  readonly collections = [{ name: SELECTION_APPLICANTS, schema: SelectionApplicantSchema }];
  readonly handles = HANDLED;

  async apply(recorded: RecordedEvent, writer: ProjectionWriter): Promise<void> {
    const event = { type: recorded.type, data: recorded.data } as SelectionRoundEvent;
    for (const [applicantId, update] of updatesFor(event)) await writer.upsert(SELECTION_APPLICANTS, applicantId, update);
  }
}

function updatesFor(event: SelectionRoundEvent): [string, Update][] {
  switch (event.type) {
    case 'personnel.ApplicantRegistered': {
      // The NIK digest stays in the event log: it serves the duplicate check, not readers.
      const { nikDigest: _digest, ...d } = event.data;
      const fresh = { skdResult: null, recusedMemberIds: [], flaggedMemberIds: [], rankingStatus: null, rank: null, rankingExplanation: null, appointment: null };
      return [[d.applicantId, { $set: { ...d, ...fresh } }]];
    }
    case 'personnel.SkdResultRecorded': {
      const { roundId: _r, applicantId, formasiId: _f, source: _s, ...result } = event.data;
      return [[applicantId, { $set: { skdResult: result } }]];
    }
    case 'personnel.PanelMemberRecused':
      return [[event.data.applicantId, { $addToSet: { recusedMemberIds: event.data.memberId } }]];
    case 'personnel.UndeclaredConflictFlagged':
      return [[event.data.applicantId, { $addToSet: { flaggedMemberIds: event.data.memberId } }]];
    case 'personnel.RankingPublished':
      return event.data.formasi.flatMap((f) =>
        f.entries.map((e): [string, Update] => [e.applicantId, { $set: { rankingStatus: e.status, rank: e.rank, rankingExplanation: e.explanation } }]),
      );
    case 'personnel.ApplicantAppointed': {
      const { applicantId, employeeId, nip, tmtCpns, golongan, appointedAt } = event.data;
      return [[applicantId, { $set: { appointment: { employeeId, nip, tmtCpns, golongan, appointedAt } } }]];
    }
    default:
      return [];
  }
}

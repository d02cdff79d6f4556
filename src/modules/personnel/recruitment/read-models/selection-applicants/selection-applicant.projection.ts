import { Update } from '@infrastructure/document-store/document-store.port';
import { defineProjection } from '@infrastructure/projections/projection';
import { SelectionRoundEvent } from '../../domain/selection-round.events';
import { SELECTION_APPLICANTS, SelectionApplicantSchema } from './selection-applicant.schema';

/** Admin view of applicants: one document per applicant. */
export const selectionApplicantsProjection = defineProjection<SelectionRoundEvent>({
  name: 'selection-applicants',
  version: 1,
  collections: [{ name: SELECTION_APPLICANTS, schema: SelectionApplicantSchema }],
  canHandle: [
    'personnel.ApplicantRegistered',
    'personnel.SkdResultRecorded',
    'personnel.PanelMemberRecused',
    'personnel.UndeclaredConflictFlagged',
    'personnel.RankingPublished',
    'personnel.ApplicantAppointed',
  ],
  async apply(event, writer) {
    for (const [applicantId, update] of updatesFor(event)) await writer.upsert(SELECTION_APPLICANTS, applicantId, update);
  },
});

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

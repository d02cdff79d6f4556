import { defineProjection } from '@infrastructure/projections/projection';
import { SelectionRoundEvent } from '../../domain/selection-round.events';
import { FormasiView, PanelMemberView, SELECTION_ROUNDS, SelectionRound, SelectionRoundSchema } from './selection-round.schema';

type RoundDoc = Omit<SelectionRound, '_id'>;
type Patch = Partial<RoundDoc>;

/** Admin view of each round: one document per round, rewritten by a single `$set` per event. */
export const selectionRoundsProjection = defineProjection<SelectionRoundEvent>({
  name: 'selection-rounds',
  version: 2,
  collections: [{ name: SELECTION_ROUNDS, schema: SelectionRoundSchema }],
  canHandle: [
    'personnel.SelectionRoundOpened',
    'personnel.FormasiAdded',
    'personnel.ApplicantRegistered',
    'personnel.PanelMemberAppointed',
    'personnel.ConflictOfInterestDeclared',
    'personnel.PanelMemberRecused',
    'personnel.UndeclaredConflictFlagged',
    'personnel.SkdResultRecorded',
    'personnel.RegistrationClosed',
    'personnel.RankingPublished',
    'personnel.SelectionResultsAnnounced',
    'personnel.ApplicantAppointed',
    'personnel.SelectionRoundCancelled',
    'personnel.AppointmentRegistrationRetried',
  ],
  async apply(event, writer) {
    const roundId = event.data.roundId;
    const doc = await writer.findById<SelectionRound>(SELECTION_ROUNDS, roundId);
    if (!doc && event.type !== 'personnel.SelectionRoundOpened') return; // nothing to attach to (never happens for a valid stream)
    await writer.upsert(SELECTION_ROUNDS, roundId, { $set: { ...patchFor(event, doc as RoundDoc), revision: event.revision } });
  },
});

function patchFor(event: SelectionRoundEvent, doc: RoundDoc): Patch {
  switch (event.type) {
    case 'personnel.SelectionRoundOpened': {
      const { instansiId, year, name, skdReference, openedAt } = event.data;
      return {
        ...{ instansiId, year, name, skdReference, openedAt, status: 'REGISTRATION_OPEN' },
        ...{ registrationClosedAt: null, rankingPublishedAt: null, announcedAt: null, cancelledAt: null, cancelReason: null },
        ...{ applicantCount: 0, resultCount: 0, flagCount: 0, formasi: [], panel: [], appointments: [] },
      };
    }
    case 'personnel.FormasiAdded': {
      const { roundId: _r, ...f } = event.data;
      const formasi: FormasiView = { ...f, applicantCount: 0, resultCount: 0, passedCount: 0, appointedCount: 0 };
      return { formasi: [...doc.formasi, formasi] };
    }
    case 'personnel.ApplicantRegistered':
      return { applicantCount: doc.applicantCount + 1, formasi: countIn(doc, event.data.formasiId, { applicantCount: 1 }) };
    case 'personnel.SkdResultRecorded':
      return {
        resultCount: doc.resultCount + 1,
        formasi: countIn(doc, event.data.formasiId, { resultCount: 1, passedCount: event.data.passedAll ? 1 : 0 }),
      };
    case 'personnel.PanelMemberAppointed': {
      const { memberId, employeeId, name, role, appointedAt } = event.data;
      return { panel: [...doc.panel, { memberId, employeeId, name, role, appointedAt, declarations: [], recusals: [], flags: [] }] };
    }
    case 'personnel.ConflictOfInterestDeclared': {
      const { applicantId, registrationNumber, relation, declaredAt, lateDeclaration } = event.data;
      return { panel: changeMember(doc, event.data.memberId, (m) => ({ declarations: [...m.declarations, { applicantId, registrationNumber, relation, declaredAt, lateDeclaration }] })) };
    }
    case 'personnel.PanelMemberRecused': {
      const { applicantId, registrationNumber, relation, basis } = event.data;
      return { panel: changeMember(doc, event.data.memberId, (m) => ({ recusals: [...m.recusals, { applicantId, registrationNumber, relation, basis }] })) };
    }
    case 'personnel.UndeclaredConflictFlagged': {
      const { roundId: _r, memberId, ...flag } = event.data;
      return { flagCount: doc.flagCount + 1, panel: changeMember(doc, memberId, (m) => ({ flags: [...m.flags, flag] })) };
    }
    case 'personnel.RegistrationClosed':
      return { status: 'REGISTRATION_CLOSED', registrationClosedAt: event.data.closedAt };
    case 'personnel.RankingPublished':
      return { status: 'RANKING_PUBLISHED', rankingPublishedAt: event.data.publishedAt };
    case 'personnel.SelectionResultsAnnounced':
      return { status: 'ANNOUNCED', announcedAt: event.data.announcedAt };
    case 'personnel.ApplicantAppointed': {
      const { applicantId, registrationNumber, formasiId, employeeId, nip, tmtCpns, golongan, appointedAt } = event.data;
      return {
        appointments: [...doc.appointments, { applicantId, registrationNumber, formasiId, employeeId, nip, tmtCpns, golongan, appointedAt }],
        formasi: countIn(doc, formasiId, { appointedCount: 1 }),
      };
    }
    case 'personnel.AppointmentRegistrationRetried':
      return {}; // the round's revision moves; the outcome is the process manager's
    case 'personnel.SelectionRoundCancelled':
      return { status: 'CANCELLED', cancelledAt: event.data.cancelledAt, cancelReason: event.data.reason };
  }
}

type Counter = 'applicantCount' | 'resultCount' | 'passedCount' | 'appointedCount';

function countIn(doc: RoundDoc, formasiId: string, add: Partial<Record<Counter, number>>): FormasiView[] {
  return doc.formasi.map((f) => {
    if (f.formasiId !== formasiId) return f;
    const next = { ...f };
    for (const [counter, by] of Object.entries(add) as [Counter, number][]) next[counter] = f[counter] + by;
    return next;
  });
}

function changeMember(doc: RoundDoc, memberId: string, change: (m: PanelMemberView) => Partial<PanelMemberView>): PanelMemberView[] {
  return doc.panel.map((m) => (m.memberId === memberId ? { ...m, ...change(m) } : m));
}

import { projectEvents } from '@infrastructure/projections/testing/projection-spec';
import { recordedHistory } from '../../domain/testing/recorded-history';
import {
  addFormasi,
  announcedRound,
  appointApplicant,
  appointMember,
  AT,
  history,
  openRound,
  registerApplicant,
} from '../../domain/testing/selection-round.fixtures';
import { SELECTION_ROUNDS, SelectionRound } from './selection-round.schema';
import { selectionRoundsProjection } from './selection-round.projection';

const projection = selectionRoundsProjection;

async function roundAfter(events: ReturnType<typeof history>) {
  const store = await projectEvents(projection, recordedHistory(events));
  return (await store.collection<SelectionRound>(SELECTION_ROUNDS).findById('R1'))!;
}

describe('selection_rounds projection (admin view)', () => {
  it('holds the round with its reference, formasi and live counts while registration is open', async () => {
    const round = await roundAfter(history(openRound(), addFormasi('F1', { quota: 2 }), addFormasi('F2', { educationMajors: [] }), registerApplicant(1), registerApplicant(2, { formasiId: 'F2' }), registerApplicant(3)));
    expect(round).toMatchObject({ instansiId: 'kota-medan', year: 2024, status: 'REGISTRATION_OPEN', applicantCount: 3, resultCount: 0, openedAt: AT });
    expect(round.skdReference).toMatchObject({ id: 'SKD-2024', thresholds: { TWK: 65, TIU: 80, TKP: 166 } });
    expect(round.formasi.map((f) => [f.formasiId, f.quota, f.applicantCount])).toEqual([
      ['F1', 2, 2],
      ['F2', 1, 1],
    ]);
  });

  it('follows the phases, counts results and appointments, and lists the appointment', async () => {
    const round = await roundAfter(announcedRound(appointApplicant(1)));
    expect(round).toMatchObject({ status: 'ANNOUNCED', applicantCount: 2, resultCount: 2, registrationClosedAt: AT, rankingPublishedAt: AT, announcedAt: AT });
    expect(round.formasi[0]).toMatchObject({ applicantCount: 2, resultCount: 2, passedCount: 1, appointedCount: 1 });
    expect(round.appointments).toEqual([
      { applicantId: 'A1', registrationNumber: '00001', formasiId: 'F1', employeeId: 'employee-A1', nip: '199805172025031001', tmtCpns: '2025-03-01', golongan: 'III_A', appointedAt: AT },
    ]);
  });

  it('shows the panel with declarations, recusals and flags of undeclared relations', async () => {
    const round = await roundAfter(
      history(
        openRound(),
        addFormasi(),
        appointMember('M1', { role: 'KETUA' }),
        appointMember('M2'),
        registerApplicant(1),
        registerApplicant(2),
        { type: 'DeclareConflictOfInterest', memberId: 'M1', applicantId: 'A1', relation: 'KELUARGA_SEDARAH', at: AT },
        { type: 'RecordKnownRelation', memberId: 'M2', applicantId: 'A2', relation: 'ATASAN_BAWAHAN', source: 'AUDITOR', at: AT },
        { type: 'RecordKnownRelation', memberId: 'M1', applicantId: 'A1', relation: 'KELUARGA_SEDARAH', source: 'SYSTEM_MATCH', at: AT },
      ),
    );
    expect(round.flagCount).toBe(1);
    const [m1, m2] = round.panel;
    expect(m1).toMatchObject({ memberId: 'M1', role: 'KETUA', flags: [] });
    expect(m1.declarations).toEqual([{ applicantId: 'A1', registrationNumber: '00001', relation: 'KELUARGA_SEDARAH', declaredAt: AT, lateDeclaration: false }]);
    expect(m1.recusals).toEqual([{ applicantId: 'A1', registrationNumber: '00001', relation: 'KELUARGA_SEDARAH', basis: 'DECLARED' }]);
    expect(m2.recusals).toEqual([{ applicantId: 'A2', registrationNumber: '00002', relation: 'ATASAN_BAWAHAN', basis: 'KNOWN_RELATION' }]);
    expect(m2.flags).toEqual([
      { applicantId: 'A2', registrationNumber: '00002', relation: 'ATASAN_BAWAHAN', source: 'AUDITOR', note: null, flaggedAt: AT, actedOnApplicant: false },
    ]);
  });

  it('records a cancellation with its reason', async () => {
    const round = await roundAfter(history(openRound(), { type: 'CancelSelectionRound', reason: 'Formasi withdrawn', at: AT }));
    expect(round).toMatchObject({ status: 'CANCELLED', cancelledAt: AT, cancelReason: 'Formasi withdrawn' });
  });
});

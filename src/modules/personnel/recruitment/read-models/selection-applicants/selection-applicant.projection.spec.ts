import { projectEvents } from '@infrastructure/projections/testing/projection-spec';
import { recordedHistory } from '../../domain/testing/recorded-history';
import { announcedRound, appointApplicant, AT, history, addFormasi, appointMember, openRound, registerApplicant } from '../../domain/testing/selection-round.fixtures';
import { SELECTION_APPLICANTS, SelectionApplicant } from './selection-applicant.schema';
import { selectionApplicantsProjection } from './selection-applicant.projection';

const projection = selectionApplicantsProjection;

async function applicants(events: ReturnType<typeof history>) {
  const store = await projectEvents(projection, recordedHistory(events));
  return store.collection<SelectionApplicant>(SELECTION_APPLICANTS);
}

describe('selection_applicants projection (admin view)', () => {
  it('holds each applicant with the NIK masked and never its digest', async () => {
    const a1 = (await (await applicants(history(openRound(), addFormasi(), registerApplicant(1)))).findById('A1'))!;
    expect(a1).toMatchObject({
      roundId: 'R1',
      formasiId: 'F1',
      registrationNumber: '00001',
      registrationOrder: 1,
      name: 'Pelamar Nomor 1',
      nikMasked: '1275**********01',
      birthDate: '1998-05-17',
      educationLevel: 'S1',
      registeredAt: AT,
      skdResult: null,
      rankingStatus: null,
      appointment: null,
    });
    expect(a1).not.toHaveProperty('nikDigest');
  });

  it('adds the SKD result, the ranking outcome and the appointment', async () => {
    const collection = await applicants(announcedRound(appointApplicant(1)));
    const [a1, a2] = await collection.find({ roundId: 'R1' }, { sort: { registrationOrder: 1 } });
    expect(a1.skdResult).toMatchObject({ scores: { TWK: 100, TIU: 110, TKP: 180 }, total: 390, passedAll: true, importBatchId: 'CAT-MDN-2024-001', recordedByMemberId: 'M1' });
    expect(a1).toMatchObject({ rankingStatus: 'LULUS', rank: 1, appointment: { employeeId: 'employee-A1', nip: '199805172025031001', tmtCpns: '2025-03-01', golongan: 'III_A' } });
    expect(a1.rankingExplanation).toContain('Rank 1 of 1');
    expect(a2).toMatchObject({ rankingStatus: 'TIDAK_LULUS', rank: null, appointment: null });
    expect(a2.skdResult!.passed).toEqual({ TWK: false, TIU: true, TKP: true });
  });

  it('lists the members recused from or flagged for an applicant', async () => {
    const collection = await applicants(
      history(
        openRound(),
        addFormasi(),
        appointMember('M1'),
        appointMember('M2'),
        registerApplicant(1),
        { type: 'DeclareConflictOfInterest', memberId: 'M1', applicantId: 'A1', relation: 'SUAMI_ISTRI', at: AT },
        { type: 'RecordKnownRelation', memberId: 'M2', applicantId: 'A1', relation: 'LAINNYA', source: 'PUBLIC_REPORT', at: AT },
      ),
    );
    expect(await collection.findById('A1')).toMatchObject({ recusedMemberIds: ['M1', 'M2'], flaggedMemberIds: ['M2'] });
  });
});

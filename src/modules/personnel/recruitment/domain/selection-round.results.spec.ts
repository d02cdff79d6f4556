import { deciderSpec } from '@kernel/testing/decider-spec';
import { SKD_2024 } from '../skd-reference';
import { selectionRoundDecider } from './selection-round.decider';
import { RankingPublished } from './selection-round.events';
import {
  addFormasi,
  announce,
  announcedRound,
  appointApplicant,
  appointMember,
  AT,
  closedRound,
  FAILING,
  history,
  NIP,
  openRound,
  PASSING,
  publish,
  recordResult,
  registerApplicant,
} from './testing/selection-round.fixtures';

const spec = deciderSpec(selectionRoundDecider);

describe('Selection round: SKD results, ranking, announcement, appointment', () => {
  describe('RecordSkdResult', () => {
    it('records an imported result evaluated against the round’s reference', () => {
      spec.given(closedRound()).when(recordResult(1, PASSING)).then([
        {
          type: 'personnel.SkdResultRecorded',
          data: {
            roundId: 'R1',
            applicantId: 'A1',
            formasiId: 'F1',
            scores: PASSING,
            total: 390,
            passed: { TWK: true, TIU: true, TKP: true },
            passedAll: true,
            skdReferenceId: 'SKD-2024',
            skdReferenceVersion: 1,
            source: 'BKN_CAT_IMPORT',
            importBatchId: 'CAT-MDN-2024-001',
            recordedByMemberId: 'M1',
            recordedAt: AT,
          },
        },
      ]);
    });

    it('records a failing result as failing', () => {
      const [event] = spec.given(closedRound()).when(recordResult(2, FAILING)).events();
      expect(event.data).toMatchObject({ passed: { TWK: false, TIU: true, TKP: true }, passedAll: false });
    });

    it('refuses a hand-entered result and a missing import batch', () => {
      spec
        .given(closedRound())
        .when(recordResult(1, PASSING, { source: 'MANUAL_ENTRY', importBatchId: '  ' }))
        .thenViolates('PERSONNEL.SKD_RESULT_NOT_IMPORTED', 'PERSONNEL.SKD_IMPORT_BATCH_REQUIRED');
    });

    it('refuses scores above the reference maxima or unattainable on CAT', () => {
      const violation = spec
        .given(closedRound())
        .when(recordResult(1, { TWK: 155, TIU: 82, TKP: 226 }))
        .thenViolates('PERSONNEL.SKD_SCORE_OUT_OF_RANGE', 'PERSONNEL.SKD_SCORE_OUT_OF_RANGE', 'PERSONNEL.SKD_SCORE_NOT_ATTAINABLE');
      expect(violation.message).toContain('Nilai TWK 155 di luar rentang 0–150');
    });

    it('refuses a member recused from that applicant (declared)', () => {
      const declare = { type: 'DeclareConflictOfInterest' as const, memberId: 'M1', applicantId: 'A1', relation: 'KELUARGA_SEMENDA' as const, at: AT };
      spec.given(closedRound(declare)).when(recordResult(1, PASSING)).thenViolates('PERSONNEL.PANEL_MEMBER_RECUSED');
    });

    it('refuses a member recused after an undeclared relation was found', () => {
      const found = { type: 'RecordKnownRelation' as const, memberId: 'M1', applicantId: 'A1', relation: 'LAINNYA' as const, source: 'SYSTEM_MATCH' as const, at: AT };
      spec.given(closedRound(found)).when(recordResult(1, PASSING)).thenViolates('PERSONNEL.PANEL_MEMBER_RECUSED');
    });

    it('lets another member record the result of an applicant someone else is recused from', () => {
      const declare = { type: 'DeclareConflictOfInterest' as const, memberId: 'M1', applicantId: 'A1', relation: 'SUAMI_ISTRI' as const, at: AT };
      const events = spec.given(closedRound(appointMember('M2'), declare)).when(recordResult(1, PASSING, { recordedByMemberId: 'M2' })).events();
      expect(events[0].data).toMatchObject({ recordedByMemberId: 'M2' });
    });

    it('refuses an unknown applicant and an unknown member', () => {
      spec.given(closedRound()).when(recordResult(9, PASSING, { recordedByMemberId: 'M9' })).thenViolates('PERSONNEL.APPLICANT_UNKNOWN', 'PERSONNEL.PANEL_MEMBER_UNKNOWN');
    });

    it('records a result once', () => {
      spec.given(closedRound(recordResult(1, PASSING))).when(recordResult(1, PASSING)).thenViolates('PERSONNEL.SKD_RESULT_ALREADY_RECORDED');
    });

    it('waits for registration to close, and stops once the ranking is published', () => {
      const open = history(openRound(), addFormasi(), appointMember(), registerApplicant(1));
      spec.given(open).when(recordResult(1, PASSING)).thenViolates('PERSONNEL.REGISTRATION_NOT_CLOSED');
      spec.given(closedRound(publish())).when(recordResult(1, PASSING)).thenViolates('PERSONNEL.RANKING_ALREADY_PUBLISHED');
    });
  });

  describe('PublishRanking', () => {
    it('publishes the board per formasi with masked identities, statuses and the policy used', () => {
      const [event] = spec.given(closedRound(recordResult(1, PASSING), recordResult(2, FAILING))).when(publish()).events() as RankingPublished[];
      expect(event.type).toBe('personnel.RankingPublished');
      expect(event.data).toMatchObject({
        roundId: 'R1',
        instansiId: 'kota-medan',
        year: 2024,
        publishedAt: AT,
        policy: { id: 'SKD-RANKING-V1', tieBreaks: ['TOTAL_DESC', 'TKP_DESC', 'TIU_DESC', 'TWK_DESC', 'REGISTRATION_ORDER_ASC'] },
        skdReference: SKD_2024,
      });
      const [board] = event.data.formasi;
      expect(board).toMatchObject({ formasiId: 'F1', unitId: 'unit-F1', positionId: 'pos-F1', quota: 1 });
      expect(board.entries.map((e) => [e.applicantId, e.registrationNumber, e.initials, e.rank, e.status])).toEqual([
        ['A1', '00001', 'P.N.1.', 1, 'LULUS'],
        ['A2', '00002', 'P.N.2.', null, 'TIDAK_LULUS'],
      ]);
      expect(JSON.stringify(board)).not.toContain('Pelamar');
    });

    it('is the same board whatever order the results were imported in', () => {
      const a = spec.given(closedRound(recordResult(1, PASSING), recordResult(2, PASSING))).when(publish()).events();
      const b = spec.given(closedRound(recordResult(2, PASSING), recordResult(1, PASSING))).when(publish()).events();
      expect(b).toEqual(a);
    });

    it('ranks applicants without a result as not passed', () => {
      const [event] = spec.given(closedRound()).when(publish()).events() as RankingPublished[];
      expect(event.data.formasi[0].entries.map((e) => e.status)).toEqual(['TIDAK_LULUS', 'TIDAK_LULUS']);
    });

    it('waits for registration to close, and publishes once', () => {
      spec.given(history(openRound(), addFormasi())).when(publish()).thenViolates('PERSONNEL.REGISTRATION_NOT_CLOSED');
      spec.given(closedRound(publish())).when(publish()).thenViolates('PERSONNEL.RANKING_ALREADY_PUBLISHED');
    });
  });

  describe('AnnounceResults', () => {
    it('announces with the number of applicants who passed', () => {
      spec
        .given(closedRound(recordResult(1, PASSING), publish()))
        .when(announce())
        .then([{ type: 'personnel.SelectionResultsAnnounced', data: { roundId: 'R1', announcedAt: AT, lulusCount: 1 } }]);
    });

    it('needs a published ranking, and announces once', () => {
      spec.given(closedRound()).when(announce()).thenViolates('PERSONNEL.RANKING_NOT_PUBLISHED');
      spec.given(announcedRound()).when(announce()).thenViolates('PERSONNEL.RESULTS_ALREADY_ANNOUNCED');
    });
  });

  describe('AppointApplicant', () => {
    it('appoints a LULUS applicant as CPNS in the formasi’s unit and position, sex from the NIP', () => {
      spec.given(announcedRound()).when(appointApplicant(1)).then([
        {
          type: 'personnel.ApplicantAppointed',
          data: {
            roundId: 'R1',
            instansiId: 'kota-medan',
            applicantId: 'A1',
            registrationNumber: '00001',
            formasiId: 'F1',
            unitId: 'unit-F1',
            positionId: 'pos-F1',
            jabatanName: 'Pranata Komputer Ahli Pertama',
            employeeId: 'employee-A1',
            employmentType: 'PNS',
            nip: NIP,
            name: 'Pelamar Nomor 1',
            birthDate: '1998-05-17',
            sex: 'MALE',
            educationLevel: 'S1',
            tmtCpns: '2025-03-01',
            golongan: 'III_A',
            maxAgeAtAppointment: 36,
            appointedAt: AT,
          },
        },
      ]);
    });

    it('appoints only LULUS applicants — not those who failed', () => {
      spec.given(announcedRound()).when(appointApplicant(2, { nip: '199805172025032001' })).thenViolates('PERSONNEL.APPLICANT_NOT_SELECTED');
    });

    it('appoints only LULUS applicants — not the reserve beyond the quota', () => {
      const round = closedRound(recordResult(1, PASSING), recordResult(2, { TWK: 100, TIU: 100, TKP: 180 }), publish(), announce());
      spec.given(round).when(appointApplicant(2, { nip: '199805172025032001' })).thenViolates('PERSONNEL.APPLICANT_NOT_SELECTED');
    });

    it('appoints once', () => {
      spec.given(announcedRound(appointApplicant(1))).when(appointApplicant(1, { nip: '199805172025031002' })).thenViolates('PERSONNEL.APPLICANT_ALREADY_APPOINTED');
    });

    it('refuses a NIP already assigned in the round', () => {
      const round = history(
        openRound(),
        addFormasi('F1', { quota: 2 }),
        appointMember(),
        registerApplicant(1),
        registerApplicant(2),
        { type: 'CloseRegistration', at: AT },
        recordResult(1, PASSING),
        recordResult(2, PASSING),
        publish(),
        announce(),
        appointApplicant(1),
      );
      spec.given(round).when(appointApplicant(2)).thenViolates('PERSONNEL.NIP_ALREADY_ASSIGNED');
    });

    it('refuses a NIP that does not decode to the applicant’s birth date and the TMT CPNS', () => {
      spec.given(announcedRound()).when(appointApplicant(1, { nip: '199901012025031001' })).thenViolates('PERSONNEL.NIP_INCONSISTENT');
      spec.given(announcedRound()).when(appointApplicant(1, { tmtCpns: '2025-04-01' })).thenViolates('PERSONNEL.NIP_INCONSISTENT');
    });

    it('refuses a bad sex digit or sequence, and a TMT CPNS that is not the 1st', () => {
      spec.given(announcedRound()).when(appointApplicant(1, { nip: '199805172025033000' })).thenViolates('PERSONNEL.NIP_INVALID', 'PERSONNEL.NIP_INVALID');
      spec.given(announcedRound()).when(appointApplicant(1, { tmtCpns: '2025-03-15' })).thenViolates('PERSONNEL.TMT_CPNS_NOT_FIRST_OF_MONTH');
      spec.given(announcedRound()).when(appointApplicant(1, { nip: '1998' })).thenViolates('PERSONNEL.NIP_INVALID');
    });

    it('waits for the announcement', () => {
      spec.given(closedRound(recordResult(1, PASSING), publish())).when(appointApplicant(1)).thenViolates('PERSONNEL.RESULTS_NOT_ANNOUNCED');
    });
  });

  describe('RetryAppointmentRegistration', () => {
    const retry = (outcome: 'REGISTERED' | 'FAILED' | null) => ({ type: 'RetryAppointmentRegistration' as const, applicantId: 'A1', outcome, at: AT });

    it('sends a failed registration again with the appointment as recorded', () => {
      const [event] = spec.given(announcedRound(appointApplicant(1))).when(retry('FAILED')).events();
      expect(event).toMatchObject({ type: 'personnel.AppointmentRegistrationRetried', data: { roundId: 'R1', applicantId: 'A1', appointment: { applicantId: 'A1', nip: appointApplicant(1).nip }, requestedAt: AT } });
    });

    it('refuses while pending, once registered, and for an applicant not appointed', () => {
      spec.given(announcedRound(appointApplicant(1))).when(retry(null)).thenViolates('PERSONNEL.APPOINTMENT_REGISTRATION_PENDING');
      spec.given(announcedRound(appointApplicant(1))).when(retry('REGISTERED')).thenViolates('PERSONNEL.APPOINTMENT_ALREADY_REGISTERED');
      spec.given(announcedRound()).when(retry('FAILED')).thenViolates('PERSONNEL.APPLICANT_NOT_APPOINTED');
    });
  });
});

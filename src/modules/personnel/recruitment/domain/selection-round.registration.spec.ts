import { deciderSpec } from '@kernel/testing/decider-spec';
import { SKD_2024 } from '../skd-reference';
import { selectionRoundDecider } from './selection-round.decider';
import { addFormasi, announcedRound, AT, close, closedRound, history, openRound, registerApplicant } from './testing/selection-round.fixtures';

const spec = deciderSpec(selectionRoundDecider);
const opened = () => history(openRound());
const withFormasi = () => history(openRound(), addFormasi());

describe('Selection round: opening, formasi, registration', () => {
  describe('OpenSelectionRound', () => {
    it('opens a round and records the whole SKD reference it uses', () => {
      spec.given([]).when(openRound()).then([
        {
          type: 'personnel.SelectionRoundOpened',
          data: { roundId: 'R1', instansiId: 'kota-medan', year: 2024, name: 'Seleksi CPNS Kota Medan 2024', skdReference: SKD_2024, openedAt: AT },
        },
      ]);
    });

    it('refuses an unknown reference', () => {
      spec.given([]).when(openRound({ skdReferenceId: 'SKD-1999' })).thenViolates('PERSONNEL.SKD_REFERENCE_UNKNOWN');
    });

    it("refuses another year's thresholds", () => {
      spec.given([]).when(openRound({ year: 2025 })).thenViolates('PERSONNEL.SKD_REFERENCE_YEAR_MISMATCH');
    });

    it('opens a round once', () => {
      spec.given(opened()).when(openRound()).thenViolates('PERSONNEL.SELECTION_ROUND_ALREADY_OPENED');
    });
  });

  describe('AddFormasi', () => {
    it('offers a vacancy with its quota and education requirement', () => {
      spec.given(opened()).when(addFormasi('F1', { quota: 3 })).then([
        {
          type: 'personnel.FormasiAdded',
          data: {
            roundId: 'R1',
            formasiId: 'F1',
            unitId: 'unit-F1',
            positionId: 'pos-F1',
            jabatanName: 'Pranata Komputer Ahli Pertama',
            quota: 3,
            educationLevel: 'S1',
            educationMajors: ['Teknik Informatika'],
          },
        },
      ]);
    });

    it('refuses a repeated formasi id, a position already offered and a quota below 1, all at once', () => {
      spec
        .given(withFormasi())
        .when(addFormasi('F1', { quota: 0 }))
        .thenViolates('PERSONNEL.FORMASI_ALREADY_EXISTS', 'PERSONNEL.FORMASI_POSITION_ALREADY_OFFERED', 'PERSONNEL.FORMASI_QUOTA_INVALID');
    });

    it('refuses a formasi on a round that was never opened', () => {
      spec.given([]).when(addFormasi()).thenViolates('PERSONNEL.SELECTION_ROUND_UNKNOWN');
    });

    it('refuses a formasi once registration has closed', () => {
      spec.given(closedRound()).when(addFormasi('F2')).thenViolates('PERSONNEL.REGISTRATION_NOT_OPEN');
    });
  });

  describe('RegisterApplicant', () => {
    it('registers an applicant with a registration number, keeping only the NIK digest and mask', () => {
      const [event] = spec.given(withFormasi()).when(registerApplicant(1)).events();
      expect(event).toEqual({
        type: 'personnel.ApplicantRegistered',
        data: {
          roundId: 'R1',
          applicantId: 'A1',
          formasiId: 'F1',
          registrationNumber: '00001',
          registrationOrder: 1,
          nikDigest: 'nik-1',
          nikMasked: '1275**********01',
          name: 'Pelamar Nomor 1',
          birthDate: '1998-05-17',
          educationLevel: 'S1',
          educationMajor: 'Teknik Informatika',
          registeredAt: AT,
        },
      });
    });

    it('numbers registrations in order', () => {
      const [event] = spec.given(history(openRound(), addFormasi(), registerApplicant(1))).when(registerApplicant(2)).events();
      expect(event.data).toMatchObject({ registrationNumber: '00002', registrationOrder: 2 });
    });

    it('accepts one registration per NIK per round', () => {
      spec
        .given(history(openRound(), addFormasi(), registerApplicant(1)))
        .when(registerApplicant(2, { nikDigest: 'nik-1' }))
        .thenViolates('PERSONNEL.APPLICANT_ALREADY_REGISTERED');
    });

    it('refuses a reused applicant id', () => {
      spec
        .given(history(openRound(), addFormasi(), registerApplicant(1)))
        .when(registerApplicant(1, { nikDigest: 'nik-other' }))
        .thenViolates('PERSONNEL.APPLICANT_ID_TAKEN');
    });

    it('refuses an unknown formasi, and an id that is only a property of every object', () => {
      spec.given(withFormasi()).when(registerApplicant(1, { formasiId: 'constructor' })).thenViolates('PERSONNEL.FORMASI_UNKNOWN');
    });

    it('requires the exact education level of the formasi — a higher degree does not qualify', () => {
      spec.given(withFormasi()).when(registerApplicant(1, { educationLevel: 'S2' })).thenViolates('PERSONNEL.EDUCATION_REQUIREMENT_NOT_MET');
    });

    it('requires a listed major when the formasi lists majors, ignoring case and spacing', () => {
      spec.given(withFormasi()).when(registerApplicant(1, { educationMajor: 'Akuntansi' })).thenViolates('PERSONNEL.EDUCATION_REQUIREMENT_NOT_MET');
      spec.given(withFormasi()).when(registerApplicant(1, { educationMajor: undefined })).thenViolates('PERSONNEL.EDUCATION_REQUIREMENT_NOT_MET');
      expect(spec.given(withFormasi()).when(registerApplicant(1, { educationMajor: '  teknik   INFORMATIKA ' })).events()).toHaveLength(1);
    });

    it('accepts any major when the formasi lists none', () => {
      const events = history(openRound(), addFormasi('F1', { educationMajors: [] }));
      expect(spec.given(events).when(registerApplicant(1, { educationMajor: 'Sejarah' })).events()).toHaveLength(1);
    });

    it('refuses registration once closed', () => {
      spec.given(closedRound()).when(registerApplicant(3)).thenViolates('PERSONNEL.REGISTRATION_NOT_OPEN');
    });
  });

  describe('CloseRegistration', () => {
    it('closes registration with the number of applicants', () => {
      spec
        .given(history(openRound(), addFormasi(), registerApplicant(1)))
        .when(close())
        .then([{ type: 'personnel.RegistrationClosed', data: { roundId: 'R1', closedAt: AT, applicantCount: 1 } }]);
    });

    it('refuses to close a round without formasi', () => {
      spec.given(opened()).when(close()).thenViolates('PERSONNEL.NO_FORMASI');
    });

    it('closes once', () => {
      spec.given(closedRound()).when(close()).thenViolates('PERSONNEL.REGISTRATION_NOT_OPEN');
    });
  });

  describe('CancelSelectionRound', () => {
    const cancel = { type: 'CancelSelectionRound' as const, reason: 'Formasi withdrawn by KemenPANRB', at: AT };

    it('cancels a round before its results are announced', () => {
      spec.given(closedRound()).when(cancel).then([{ type: 'personnel.SelectionRoundCancelled', data: { roundId: 'R1', reason: cancel.reason, cancelledAt: AT } }]);
    });

    it('cannot cancel announced results', () => {
      spec.given(announcedRound()).when(cancel).thenViolates('PERSONNEL.RESULTS_ALREADY_ANNOUNCED');
    });

    it('refuses every further command on a cancelled round, and a re-opening', () => {
      const cancelled = history(openRound(), addFormasi(), cancel);
      spec.given(cancelled).when(registerApplicant(1)).thenViolates('PERSONNEL.SELECTION_ROUND_CANCELLED');
      spec.given(cancelled).when(cancel).thenViolates('PERSONNEL.SELECTION_ROUND_CANCELLED');
      spec.given(cancelled).when(openRound()).thenViolates('PERSONNEL.SELECTION_ROUND_ALREADY_OPENED');
    });
  });
});

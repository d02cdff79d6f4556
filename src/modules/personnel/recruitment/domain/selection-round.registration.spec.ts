import { deciderSpec } from '@kernel/testing/decider-spec';
import { SKD_2024 } from '../skd-reference';
import { selectionRoundDecider } from './selection-round.decider';
import { parseNik } from '@modules/shared/nik';
import { addFormasi, announcedRound, AT, close, closedRound, history, nikFor, openRound, registerApplicant } from './testing/selection-round.fixtures';

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
            ageLimit: 'UMUM',
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

    it('offers only a vacancy of the round\'s own instansi, in an existing post of that unit', () => {
      const post = (over: object) => ({ post: { instansiId: 'kota-medan', problems: [], capacity: 5, definitiveHolders: 2, ...over } });
      spec.given(opened()).when(addFormasi('F1', post({ instansiId: 'kota-binjai' }))).thenViolates('PERSONNEL.FORMASI_OTHER_INSTANSI');
      const abolished = { rule: 'PERSONNEL.POSITION_NOT_FOUND', message: 'Jabatan pos-F1 sudah dihapus' };
      spec.given(opened()).when(addFormasi('F1', post({ problems: [abolished] }))).thenViolates('PERSONNEL.POSITION_NOT_FOUND');
    });

    it('keeps the quota within the vacant seats of the post, and needs its formation recorded', () => {
      const post = (over: object) => ({ post: { instansiId: 'kota-medan', problems: [], capacity: 5, definitiveHolders: 2, ...over } });
      spec.given(opened()).when(addFormasi('F1', { quota: 3, ...post({}) })).then([expect.objectContaining({ type: 'personnel.FormasiAdded' })]);
      const over = spec.given(opened()).when(addFormasi('F1', { quota: 4, ...post({}) })).thenViolates('PERSONNEL.FORMASI_QUOTA_EXCEEDS_VACANCY');
      expect(over.violations[0].message).toContain('sisa 3');
      spec.given(opened()).when(addFormasi('F1', post({ capacity: null }))).thenViolates('PERSONNEL.FORMASI_CAPACITY_UNRECORDED');
      spec.given(opened()).when(addFormasi('F1', post({ capacity: 1, definitiveHolders: 1 }))).thenViolates('PERSONNEL.FORMASI_QUOTA_EXCEEDS_VACANCY');
    });

    it('refuses a formasi on a round that was never opened', () => {
      spec.given([]).when(addFormasi()).thenViolates('PERSONNEL.SELECTION_ROUND_UNKNOWN');
    });

    it('refuses a formasi once registration has closed', () => {
      spec.given(closedRound()).when(addFormasi('F2')).thenViolates('PERSONNEL.REGISTRATION_NOT_OPEN');
    });
  });

  describe('RegisterApplicant: NIK and age (DOMAIN.md §1.18, §1.19)', () => {
    const born = (birthDate: string, over: Parameters<typeof registerApplicant>[1] = {}) =>
      registerApplicant(1, { birthDate, nikReading: parseNik(nikFor(birthDate)), ...over });
    const withAgeLimit = (ageLimit: 'UMUM' | 'KHUSUS_40') => history(openRound(), addFormasi('F1', { ageLimit }));

    it('refuses an all-zero NIK with its region, birth-date and sequence problems at once', () => {
      spec
        .given(withFormasi())
        .when(registerApplicant(1, { nikReading: parseNik('0000000000000000') }))
        .thenViolates('PERSONNEL.NIK_REGION_INVALID', 'PERSONNEL.NIK_BIRTH_DATE_INVALID', 'PERSONNEL.NIK_SEQUENCE_INVALID');
    });

    it('refuses a NIK that encodes another birth date', () => {
      spec
        .given(withFormasi())
        .when(registerApplicant(1, { nikReading: parseNik(nikFor('1998-05-18')) }))
        .thenViolates('PERSONNEL.NIK_BIRTH_DATE_MISMATCH');
    });

    it("accepts a woman's NIK (day + 40) for the same birth date", () => {
      spec.given(withFormasi()).when(registerApplicant(1, { nikReading: parseNik(nikFor('1998-05-17', 1, true)) })).then([expect.anything()]);
    });

    it.each([
      ['14 years old', '2010-06-01', 'PERSONNEL.APPLICANT_TOO_YOUNG'],
      ['one day before turning 18', '2006-09-03', 'PERSONNEL.APPLICANT_TOO_YOUNG'],
      ['46 years old', '1978-01-01', 'PERSONNEL.APPLICANT_TOO_OLD'],
      ['36 on the day of registration', '1988-09-02', 'PERSONNEL.APPLICANT_TOO_OLD'],
    ])('refuses an applicant %s for a UMUM formasi', (_label, birthDate, rule) => {
      spec.given(withAgeLimit('UMUM')).when(born(birthDate)).thenViolates(rule);
    });

    it.each([
      ['18 on the day of registration', '2006-09-02'],
      ['35 until the day before turning 36', '1988-09-03'],
    ])('accepts an applicant %s for a UMUM formasi', (_label, birthDate) => {
      spec.given(withAgeLimit('UMUM')).when(born(birthDate)).then([expect.objectContaining({ type: 'personnel.ApplicantRegistered' })]);
    });

    it('accepts 38 for a KHUSUS_40 formasi and refuses 41', () => {
      spec.given(withAgeLimit('KHUSUS_40')).when(born('1986-01-01')).then([expect.objectContaining({ type: 'personnel.ApplicantRegistered' })]);
      spec.given(withAgeLimit('KHUSUS_40')).when(born('1983-09-01')).thenViolates('PERSONNEL.APPLICANT_TOO_OLD');
    });

    it('reads a formasi added before the age rule as UMUM', () => {
      const legacy = history(openRound(), addFormasi()).map((e) => {
        if (e.type !== 'personnel.FormasiAdded') return e;
        const { ageLimit: _ageLimit, ...data } = e.data;
        return { ...e, data };
      });
      spec.given(legacy).when(born('1978-01-01')).thenViolates('PERSONNEL.APPLICANT_TOO_OLD');
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

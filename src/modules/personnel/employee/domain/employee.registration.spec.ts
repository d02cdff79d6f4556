import { deciderSpec } from '@kernel/testing/decider-spec';
import { EmployeeCommand } from './employee.commands';
import { employeeDecider } from './employee.decider';
import {
  EMPLOYEE_ID,
  SK,
  budiRegistered,
  confirmAward,
  correct,
  endPlt,
  promote,
  proposeAward,
  recordHukdis,
  registerBudi,
  registerSari,
  registered,
  rejectAward,
  retire,
  retired,
  sariRegistered,
  startPlt,
  transfer,
} from './testing/employee.fixtures';

const spec = deciderSpec(employeeDecider);

describe('RegisterEmployee', () => {
  it('registers a PNS whose record matches the NIP', () => {
    spec.given([]).when(registerBudi).then([budiRegistered]);
  });

  it('registers a PPPK with an NI PPPK and a PPPK golongan; contacts default to none', () => {
    spec.given([]).when(registerSari).then([sariRegistered]);
  });

  it('records a warning, not a refusal, when the record disagrees with the NIP', () => {
    spec
      .given([])
      .when({ ...registerBudi, birthDate: '1986-09-27', tmt: '2015-06-01' })
      .then([
        registered({ birthDate: '1986-09-27', tmt: '2015-06-01' }),
        {
          type: 'personnel.NipInconsistencyDetected',
          data: {
            employeeId: EMPLOYEE_ID,
            identifierType: 'NIP',
            identifier: '198609262015051001',
            mismatches: [
              { field: 'birthDate', fromIdentifier: '1986-09-26', recorded: '1986-09-27' },
              { field: 'tmt', fromIdentifier: '2015-05', recorded: '2015-06-01' },
            ],
          },
        },
      ]);
  });

  it('refuses a second registration in the same stream', () => {
    spec.given([budiRegistered]).when(registerBudi).thenViolates('PERSONNEL.EMPLOYEE_ALREADY_REGISTERED');
  });

  it('names every NIP problem at once', () => {
    spec
      .given([])
      .when({ ...registerBudi, identifier: '198702292015133000' })
      .thenViolates('PERSONNEL.NIP_BIRTH_DATE_INVALID', 'PERSONNEL.NIP_TMT_MONTH_INVALID', 'PERSONNEL.NIP_SEX_DIGIT_INVALID', 'PERSONNEL.NIP_SEQUENCE_INVALID');
  });

  it('names NIP and other input problems together', () => {
    spec
      .given([])
      .when({ ...registerBudi, identifier: '1986092620150510', name: '  ', birthDate: '1986-02-30' })
      .thenViolates('PERSONNEL.NIP_FORMAT', 'PERSONNEL.FIELD_REQUIRED', 'PERSONNEL.DATE_INVALID');
  });

  it('checks a PNS identifier as a NIP: an NI PPPK is refused', () => {
    spec.given([]).when({ ...registerBudi, identifier: '199312282025212001' }).thenViolates('PERSONNEL.NIP_TMT_MONTH_INVALID');
  });

  it('refuses a golongan of the other employment type', () => {
    spec.given([]).when({ ...registerBudi, golongan: 'IX' }).thenViolates('PERSONNEL.GOLONGAN_NOT_OF_EMPLOYMENT_TYPE');
    spec.given([]).when({ ...registerSari, golongan: 'III_A' }).thenViolates('PERSONNEL.GOLONGAN_NOT_OF_EMPLOYMENT_TYPE');
  });

  it('refuses a golongan TMT before the employment TMT', () => {
    spec.given([]).when({ ...registerBudi, golonganTmt: '2015-04-01' }).thenViolates('PERSONNEL.GOLONGAN_TMT_BEFORE_EMPLOYMENT');
  });

  it('refuses unknown sex and education values', () => {
    spec
      .given([])
      .when({ ...registerBudi, sex: 'L' as never, education: 'D3' as never })
      .thenViolates('PERSONNEL.VALUE_INVALID');
  });

  it('applies the appointment age limit, 35 unless the command says otherwise, and records it', () => {
    const late = { ...registerBudi, identifier: '198609262023011001', tmt: '2023-01-01', golonganTmt: '2023-01-01' };
    spec.given([]).when(late).thenViolates('PERSONNEL.NIP_TMT_AFTER_MAX_AGE');
    const events = spec.given([]).when({ ...late, maxAgeAtAppointment: 40 }).events();
    expect(events).toEqual([registered({ identifier: '198609262023011001', tmt: '2023-01-01', golonganTmt: '2023-01-01', maxAgeAtAppointment: 40 })]);
  });
});

describe('CorrectEmployeeData', () => {
  it('records each changed field, old → new, with reason and legal basis', () => {
    spec
      .given([budiRegistered])
      .when(correct({ name: 'Budi Santoso, S.E.', education: 'S2' }))
      .then([
        {
          type: 'personnel.EmployeeDataCorrected',
          data: {
            employeeId: EMPLOYEE_ID,
            changes: [
              { field: 'name', from: 'Budi Santoso', to: 'Budi Santoso, S.E.' },
              { field: 'education', from: 'S1', to: 'S2' },
            ],
            reason: 'Sesuai akta kelahiran',
            legalBasis: SK,
          },
        },
      ]);
  });

  it('replaces the contacts as a whole', () => {
    const [event] = spec.given([budiRegistered]).when(correct({ contacts: { phone: '0812' } })).events();
    expect(event).toMatchObject({
      data: { changes: [{ field: 'contacts', from: { email: 'budi@example.go.id', phone: null }, to: { email: null, phone: '0812' } }] },
    });
  });

  it('re-checks the NIP after a birth date correction and warns about a new mismatch', () => {
    const events = spec.given([budiRegistered]).when(correct({ birthDate: '1986-09-25' })).events();
    expect(events.map((e) => e.type)).toEqual(['personnel.EmployeeDataCorrected', 'personnel.NipInconsistencyDetected']);
    expect(events[1].data).toMatchObject({ mismatches: [{ field: 'birthDate', fromIdentifier: '1986-09-26', recorded: '1986-09-25' }] });
  });

  it('records the resolution when a correction makes the record match the NIP', () => {
    const mismatched = spec.given([]).when({ ...registerBudi, sex: 'FEMALE' }).events();
    const events = spec.given(mismatched).when(correct({ sex: 'MALE' })).events();
    expect(events.map((e) => e.type)).toEqual(['personnel.EmployeeDataCorrected', 'personnel.NipInconsistencyResolved']);
  });

  it('reports the full list again when a correction changes the mismatches', () => {
    const mismatched = spec.given([]).when({ ...registerBudi, sex: 'FEMALE' }).events();
    const events = spec.given(mismatched).when(correct({ birthDate: '1986-09-25' })).events();
    expect(events[1]).toMatchObject({ type: 'personnel.NipInconsistencyDetected', data: { mismatches: [{ field: 'birthDate' }, { field: 'sex' }] } });
  });

  it('does not re-check the NIP when only other fields change', () => {
    const mismatched = spec.given([]).when({ ...registerBudi, sex: 'FEMALE' }).events();
    expect(spec.given(mismatched).when(correct({ name: 'Budi' })).events().map((e) => e.type)).toEqual(['personnel.EmployeeDataCorrected']);
  });

  it('refuses a correction that changes nothing', () => {
    spec.given([budiRegistered]).when(correct({ name: 'Budi Santoso', sex: 'MALE' })).thenViolates('PERSONNEL.NOTHING_TO_CORRECT');
    spec.given([budiRegistered]).when(correct({})).thenViolates('PERSONNEL.NOTHING_TO_CORRECT');
  });

  it('needs a reason and a legal basis', () => {
    spec
      .given([budiRegistered])
      .when({ ...correct({ name: 'Budi' }), reason: ' ', legalBasis: { skNumber: '', skDate: '2025-03-10' } })
      .thenViolates('PERSONNEL.REASON_REQUIRED', 'PERSONNEL.LEGAL_BASIS_REQUIRED');
  });

  it('refuses invalid corrected values', () => {
    spec
      .given([budiRegistered])
      .when(correct({ name: '', birthDate: '1986-02-30', sex: 'X' as never }))
      .thenViolates('PERSONNEL.FIELD_REQUIRED', 'PERSONNEL.DATE_INVALID', 'PERSONNEL.VALUE_INVALID');
  });

  it('stays possible after retirement', () => {
    expect(spec.given([budiRegistered, retired()]).when(correct({ name: 'Budi' })).events()).toHaveLength(1);
  });
});

const everyOtherCommand: [string, EmployeeCommand][] = [
  ['CorrectEmployeeData', correct({ name: 'Budi' })],
  ['TransferEmployee', transfer],
  ['StartActingAssignment', startPlt],
  ['EndActingAssignment', endPlt],
  ['PromoteEmployee', promote],
  ['RecordDisciplinaryAction', recordHukdis()],
  ['ProposeAward', proposeAward],
  ['ConfirmAward', confirmAward],
  ['RejectAward', rejectAward],
  ['RetireEmployee', retire()],
];

describe('commands on an empty stream', () => {
  it.each(everyOtherCommand)('%s is refused: no such employee', (_name, command) => {
    spec.given([]).when(command).thenViolates('PERSONNEL.EMPLOYEE_NOT_FOUND');
  });
});

describe('commands after retirement', () => {
  const changing = everyOtherCommand.filter(([name]) => !['CorrectEmployeeData', 'ConfirmAward', 'RejectAward'].includes(name));
  it.each(changing)('%s is refused: the employee is no longer active', (_name, command) => {
    spec.given([budiRegistered, retired()]).when(command).thenViolates('PERSONNEL.EMPLOYEE_NOT_ACTIVE');
  });

  it('is refused after any ending, pension or not', () => {
    spec.given([budiRegistered, retired('MENINGGAL')]).when(transfer).thenViolates('PERSONNEL.EMPLOYEE_NOT_ACTIVE');
  });
});

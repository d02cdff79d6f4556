import { fold } from '@kernel/decider';
import { deciderSpec } from '@kernel/testing/decider-spec';
import { employeeDecider } from './employee.decider';
import { EmployeeRecord } from './employee.state';
import { SK, budiRegistered, reassignSari, retired, sariRegistered, sariReassigned } from './testing/employee.fixtures';

const spec = deciderSpec(employeeDecider);
const withId = <T extends { data: object }>(event: T, data: object): T => ({ ...event, data: { ...event.data, ...data } });

describe('ReassignIdentifier (a new NI PPPK for a contract with another instansi)', () => {
  it('links the old and the new NI PPPK', () => {
    spec.given([sariRegistered]).when(reassignSari).then([sariReassigned]);
  });

  it('keeps the new NI as the identifier and the old one as previous', () => {
    const state = fold(employeeDecider, [sariRegistered, sariReassigned]) as EmployeeRecord;
    expect(state).toMatchObject({ identifier: '199312282025212014', identifierType: 'NI_PPPK', previousIdentifiers: ['199312282025212001'] });
    const again = withId(sariReassigned, { from: '199312282025212014', to: '199312282026212003' });
    expect((fold(employeeDecider, [sariRegistered, sariReassigned, again]) as EmployeeRecord).previousIdentifiers).toEqual(['199312282025212001', '199312282025212014']);
  });

  it('accepts a later appointment year, and warns (does not refuse) that it differs from the recorded TMT', () => {
    const events = spec.given([sariRegistered]).when({ ...reassignSari, newIdentifier: '199312282026212001' }).events();
    expect(events).toEqual([
      withId(sariReassigned, { to: '199312282026212001' }),
      {
        type: 'personnel.NipInconsistencyDetected',
        data: { employeeId: 'emp-sari', identifierType: 'NI_PPPK', identifier: '199312282026212001', mismatches: [{ field: 'tmt', fromIdentifier: '2026', recorded: '2025-03-01' }] },
      },
    ]);
  });

  it('resolves the old NI’s warning when the new NI agrees with the record', () => {
    const legacy = withId(sariRegistered, { birthDate: '1993-12-27' });
    const detected = {
      type: 'personnel.NipInconsistencyDetected' as const,
      data: { employeeId: 'emp-sari', identifierType: 'NI_PPPK' as const, identifier: '199312282025212001', mismatches: [{ field: 'birthDate' as const, fromIdentifier: '1993-12-28', recorded: '1993-12-27' }] },
    };
    spec
      .given([legacy, detected])
      .when({ ...reassignSari, newIdentifier: '199312272025212001' })
      .then([
        withId(sariReassigned, { to: '199312272025212001' }),
        { type: 'personnel.NipInconsistencyResolved', data: { employeeId: 'emp-sari', identifier: '199312272025212001' } },
      ]);
  });

  it('refuses a PNS: a NIP is never reassigned', () => {
    spec.given([budiRegistered]).when({ ...reassignSari, employeeId: 'emp-budi', newIdentifier: '198609262025211001' }).thenViolates('PERSONNEL.IDENTIFIER_REASSIGNMENT_PPPK_ONLY');
  });

  it('names every NI PPPK problem at once', () => {
    spec
      .given([sariRegistered])
      .when({ ...reassignSari, newIdentifier: '199302302025213000' })
      .thenViolates('PERSONNEL.NI_PPPK_BIRTH_DATE_INVALID', 'PERSONNEL.NI_PPPK_SEX_DIGIT_INVALID', 'PERSONNEL.NI_PPPK_SEQUENCE_INVALID');
    spec.given([sariRegistered]).when({ ...reassignSari, newIdentifier: '1993 1228 2025 21 2 014' }).thenViolates('PERSONNEL.NI_PPPK_FORMAT');
  });

  it('refuses an NI that encodes another birth date or sex, naming the fields', () => {
    const violation = spec.given([sariRegistered]).when({ ...reassignSari, newIdentifier: '199312292025211014' }).thenViolates('PERSONNEL.NI_PPPK_INCONSISTENT');
    expect(violation.message).toContain('birthDate 1993-12-29 (tercatat: 1993-12-28)');
    expect(violation.message).toContain('sex MALE (tercatat: FEMALE)');
    expect(violation.details).toEqual({ inconsistentFields: ['birthDate', 'sex'] });
    const sexOnly = spec.given([sariRegistered]).when({ ...reassignSari, newIdentifier: '199312282025211014' }).thenViolates('PERSONNEL.NI_PPPK_INCONSISTENT');
    expect(sexOnly.details).toEqual({ inconsistentFields: ['sex'] });
  });

  it('refuses an appointment year before the current NI’s', () => {
    spec.given([sariRegistered]).when({ ...reassignSari, newIdentifier: '199312282024212014' }).thenViolates('PERSONNEL.NI_PPPK_APPOINTMENT_YEAR_EARLIER');
  });

  it('refuses the NI already held, and one held before (identifiers are never reused)', () => {
    spec.given([sariRegistered]).when({ ...reassignSari, newIdentifier: '199312282025212001' }).thenViolates('PERSONNEL.IDENTIFIER_UNCHANGED');
    spec.given([sariRegistered, sariReassigned]).when(reassignSari).thenViolates('PERSONNEL.IDENTIFIER_UNCHANGED');
    spec.given([sariRegistered, sariReassigned]).when({ ...reassignSari, newIdentifier: '199312282025212001' }).thenViolates('PERSONNEL.IDENTIFIER_PREVIOUSLY_HELD');
  });

  it('needs a real contract start, a legal basis and a reason, named together with the NI problems', () => {
    spec
      .given([sariRegistered])
      .when({ ...reassignSari, newIdentifier: '199312292024212014', contractStart: '2025-02-30', legalBasis: { skNumber: ' ', skDate: SK.skDate }, reason: '' })
      .thenViolates('PERSONNEL.NI_PPPK_INCONSISTENT', 'PERSONNEL.NI_PPPK_APPOINTMENT_YEAR_EARLIER', 'PERSONNEL.DATE_INVALID', 'PERSONNEL.LEGAL_BASIS_REQUIRED', 'PERSONNEL.REASON_REQUIRED');
  });

  it('refuses an employee who is no longer active, or not registered', () => {
    spec.given([sariRegistered, withId(retired('KONTRAK_BERAKHIR'), { employeeId: 'emp-sari' })]).when(reassignSari).thenViolates('PERSONNEL.EMPLOYEE_NOT_ACTIVE');
    spec.given([]).when(reassignSari).thenViolates('PERSONNEL.EMPLOYEE_NOT_FOUND');
  });
});

import { fold } from '@kernel/decider';
import { deciderSpec } from '@kernel/testing/decider-spec';
import { employeeDecider } from './employee.decider';
import { EmployeeEvent } from './employee.events';
import { EmployeeRecord } from './employee.state';
import { budiRegistered, registered, retired, sariReassigned, sariRegistered, SAMPLE_EVENTS } from './testing/employee.fixtures';
import { budiAsPppk, correctGolongan, correctNip, correctTmt, CORRECTION_SAMPLES, RALAT } from './testing/correction.fixtures';

const spec = deciderSpec(employeeDecider);
const stateOf = (...events: readonly EmployeeEvent[]) => fold(employeeDecider, events) as EmployeeRecord;
const promoted = SAMPLE_EVENTS['personnel.EmployeePromoted'];

describe('CorrectGolongan (SK ralat of golongan and its TMT)', () => {
  it('records old → new and the record holds the new golongan', () => {
    spec.given([budiRegistered]).when(correctGolongan()).then([CORRECTION_SAMPLES['personnel.GolonganCorrected']]);
    expect(stateOf(budiRegistered, CORRECTION_SAMPLES['personnel.GolonganCorrected'])).toMatchObject({ golongan: 'III_B', golonganTmt: '2021-10-01' });
  });

  it('keeps what is left out', () => {
    const [event] = spec.given([budiRegistered]).when(correctGolongan({ golonganTmt: undefined })).events();
    expect(event.data).toMatchObject({ to: { golongan: 'III_B', golonganTmt: '2021-04-01' } });
  });

  it('refuses a golongan of the other scale, a TMT before employment, no reason and no SK, all at once', () => {
    spec
      .given([budiRegistered])
      .when(correctGolongan({ golongan: 'IX', golonganTmt: '2014-01-01', reason: ' ', legalBasis: { skNumber: '', skDate: '2025-01-01' } }))
      .thenViolates('PERSONNEL.GOLONGAN_NOT_OF_EMPLOYMENT_TYPE', 'PERSONNEL.GOLONGAN_TMT_BEFORE_EMPLOYMENT', 'PERSONNEL.REASON_REQUIRED', 'PERSONNEL.LEGAL_BASIS_REQUIRED');
    spec.given([sariRegistered]).when(correctGolongan({ employeeId: 'emp-sari', golongan: 'III_A', golonganTmt: undefined })).thenViolates('PERSONNEL.GOLONGAN_NOT_OF_EMPLOYMENT_TYPE');
  });

  it('refuses a correction that changes nothing, and a record that does not exist', () => {
    spec.given([budiRegistered]).when(correctGolongan({ golongan: 'III_A', golonganTmt: '2021-04-01' })).thenViolates('PERSONNEL.NOTHING_TO_CORRECT');
    spec.given([]).when(correctGolongan()).thenViolates('PERSONNEL.EMPLOYEE_NOT_FOUND');
  });

  it('stays possible after retirement', () => {
    expect(spec.given([budiRegistered, retired()]).when(correctGolongan()).events()).toHaveLength(1);
  });
});

describe('CorrectTmt (SK ralat of the TMT CPNS / appointment)', () => {
  it('records old → new and warns that the NIP encodes another TMT month', () => {
    spec
      .given([budiRegistered])
      .when(correctTmt('2015-03-01'))
      .then([
        CORRECTION_SAMPLES['personnel.TmtCorrected'],
        {
          type: 'personnel.NipInconsistencyDetected',
          data: { employeeId: 'emp-budi', identifierType: 'NIP', identifier: '198609262015051001', mismatches: [{ field: 'tmt', fromIdentifier: '2015-05', recorded: '2015-03-01' }] },
        },
      ]);
  });

  it('resolves the warning when the corrected TMT agrees with the NIP', () => {
    const legacy = registered({ tmt: '2015-03-01' });
    const warned = {
      type: 'personnel.NipInconsistencyDetected' as const,
      data: { employeeId: 'emp-budi', identifierType: 'NIP' as const, identifier: '198609262015051001', mismatches: [{ field: 'tmt' as const, fromIdentifier: '2015-05', recorded: '2015-03-01' }] },
    };
    const events = spec.given([legacy, warned]).when(correctTmt('2015-05-01')).events();
    expect(events.map((e) => e.type)).toEqual(['personnel.TmtCorrected', 'personnel.NipInconsistencyResolved']);
    expect(stateOf(legacy, warned, ...events)).toMatchObject({ tmt: '2015-05-01', nipMismatches: [] });
  });

  it('refuses a TMT after the golongan TMT, on or after retirement, or unchanged', () => {
    spec.given([budiRegistered]).when(correctTmt('2021-05-01')).thenViolates('PERSONNEL.GOLONGAN_TMT_BEFORE_EMPLOYMENT');
    spec.given([registered({ golonganTmt: '2050-01-01' }), retired()]).when(correctTmt('2044-10-01')).thenViolates('PERSONNEL.TMT_AFTER_RETIREMENT');
    spec.given([budiRegistered]).when(correctTmt('2015-05-01')).thenViolates('PERSONNEL.NOTHING_TO_CORRECT');
    spec.given([budiRegistered]).when(correctTmt('2015-02-30')).thenViolates('PERSONNEL.DATE_INVALID');
  });
});

describe('CorrectNip (SK ralat of a PNS NIP; the wrong one becomes a tombstone)', () => {
  it('replaces the NIP and keeps the wrong one as corrected', () => {
    spec.given([budiRegistered]).when(correctNip('198609262015051002')).then([CORRECTION_SAMPLES['personnel.NipCorrected']]);
    expect(stateOf(budiRegistered, CORRECTION_SAMPLES['personnel.NipCorrected'])).toMatchObject({ identifier: '198609262015051002', correctedIdentifiers: ['198609262015051001'] });
  });

  it('re-runs the consistency check on the new NIP: a wrong NIP’s warning is resolved, a new mismatch detected', () => {
    const typo = registered({ identifier: '198609252015051001' });
    const warned = {
      type: 'personnel.NipInconsistencyDetected' as const,
      data: { employeeId: 'emp-budi', identifierType: 'NIP' as const, identifier: '198609252015051001', mismatches: [{ field: 'birthDate' as const, fromIdentifier: '1986-09-25', recorded: '1986-09-26' }] },
    };
    expect(spec.given([typo, warned]).when(correctNip('198609262015051001')).events()[1]).toEqual({
      type: 'personnel.NipInconsistencyResolved',
      data: { employeeId: 'emp-budi', identifier: '198609262015051001' },
    });
    const [, detected] = spec.given([budiRegistered]).when(correctNip('198609262015052001')).events();
    expect(detected).toMatchObject({ type: 'personnel.NipInconsistencyDetected', data: { identifier: '198609262015052001', mismatches: [{ field: 'sex' }] } });
  });

  it('refuses a PPPK, an invalid NIP, the current one, and a tombstone (never reissued, not even to the same employee)', () => {
    spec.given([sariRegistered]).when(correctNip('199312282025212001', { employeeId: 'emp-sari' })).thenViolates('PERSONNEL.NIP_CORRECTION_PNS_ONLY');
    spec.given([budiRegistered]).when(correctNip('198602302015133000')).thenViolates('PERSONNEL.NIP_BIRTH_DATE_INVALID', 'PERSONNEL.NIP_TMT_MONTH_INVALID', 'PERSONNEL.NIP_SEX_DIGIT_INVALID', 'PERSONNEL.NIP_SEQUENCE_INVALID');
    spec.given([budiRegistered]).when(correctNip('198609262015051001')).thenViolates('PERSONNEL.NOTHING_TO_CORRECT');
    spec.given([budiRegistered, CORRECTION_SAMPLES['personnel.NipCorrected']]).when(correctNip('198609262015051001')).thenViolates('PERSONNEL.IDENTIFIER_NEVER_REUSED');
  });

  it('stays possible after retirement, and needs a reason and an SK', () => {
    expect(spec.given([budiRegistered, retired()]).when(correctNip('198609262015051002')).events()).toHaveLength(1);
    spec.given([budiRegistered]).when(correctNip('198609262015051002', { reason: '', legalBasis: { ...RALAT, skDate: 'x' } })).thenViolates('PERSONNEL.REASON_REQUIRED', 'PERSONNEL.LEGAL_BASIS_REQUIRED');
  });
});

describe('CorrectEmploymentType (PNS ⇄ PPPK with the identifier and golongan of the new type)', () => {
  it('switches type, identifier and golongan scale; the old NIP becomes a tombstone', () => {
    const events = spec.given([budiRegistered]).when(budiAsPppk()).events();
    expect(events).toEqual([CORRECTION_SAMPLES['personnel.EmploymentTypeCorrected']]);
    expect(stateOf(budiRegistered, ...events)).toMatchObject({
      employmentType: 'PPPK',
      identifierType: 'NI_PPPK',
      identifier: '198609262015211001',
      golongan: 'IX',
      correctedIdentifiers: ['198609262015051001'],
    });
  });

  it('checks the identifier by the rules of the new type and re-runs the consistency check', () => {
    spec.given([budiRegistered]).when(budiAsPppk({ identifier: '198609262015051001' })).thenViolates('PERSONNEL.NOTHING_TO_CORRECT');
    spec.given([budiRegistered]).when(budiAsPppk({ identifier: '198609262015213000' })).thenViolates('PERSONNEL.NI_PPPK_SEX_DIGIT_INVALID', 'PERSONNEL.NI_PPPK_SEQUENCE_INVALID');
    const [, detected] = spec.given([budiRegistered]).when(budiAsPppk({ identifier: '198609262016211001' })).events();
    expect(detected).toMatchObject({ type: 'personnel.NipInconsistencyDetected', data: { identifierType: 'NI_PPPK', mismatches: [{ field: 'tmt', fromIdentifier: '2016' }] } });
  });

  it('refuses a golongan of the old scale', () => {
    spec.given([budiRegistered]).when(budiAsPppk({ golongan: 'III_A' })).thenViolates('PERSONNEL.GOLONGAN_NOT_OF_EMPLOYMENT_TYPE');
  });

  it('refuses what the new type cannot have: a standing KP, NI reassignments, a pension', () => {
    spec.given([budiRegistered, promoted]).when(budiAsPppk()).thenViolates('PERSONNEL.EMPLOYMENT_TYPE_CORRECTION_KP_RECORDED');
    spec.given([budiRegistered, retired('PENSIUN_APS')]).when(budiAsPppk()).thenViolates('PERSONNEL.RETIREMENT_KIND_NOT_FOR_EMPLOYMENT_TYPE');
    const toPns = { employeeId: 'emp-sari', employmentType: 'PNS' as const, identifier: '199312282019032001', golongan: 'III_A' };
    spec.given([sariRegistered, sariReassigned]).when(budiAsPppk({ ...toPns, golonganTmt: '2025-09-01' })).thenViolates('PERSONNEL.EMPLOYMENT_TYPE_CORRECTION_NI_REASSIGNED');
    // Without the reassignment the same correction is allowed (the NIP's TMT is a warning, as at registration).
    expect(spec.given([sariRegistered]).when(budiAsPppk({ ...toPns, golonganTmt: '2025-09-01' })).events()[0].type).toBe('personnel.EmploymentTypeCorrected');
  });

  it('refuses the same type and an unknown one', () => {
    spec.given([budiRegistered]).when(budiAsPppk({ employmentType: 'PNS' })).thenViolates('PERSONNEL.NOTHING_TO_CORRECT');
    spec.given([budiRegistered]).when(budiAsPppk({ employmentType: 'HONORER' as never })).thenViolates('PERSONNEL.VALUE_INVALID');
  });
});

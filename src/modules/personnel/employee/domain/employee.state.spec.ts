import { fold } from '@kernel/decider';
import { employeeDecider } from './employee.decider';
import { EMPLOYEE_EVENT_TYPES } from './employee.events';
import { SAMPLE_EVENTS, budiRegistered, hukdisRecorded, pltStarted, retired } from './testing/employee.fixtures';
import { EmployeeRecord, EmployeeState, isRegistered } from './employee.state';

const stateAfter = (...types: (keyof typeof SAMPLE_EVENTS)[]): EmployeeRecord => {
  const state = fold(employeeDecider, [budiRegistered, ...types.map((t) => SAMPLE_EVENTS[t])]);
  if (!isRegistered(state)) throw new Error('expected a registered employee');
  return state;
};

describe('evolve (Employee state)', () => {
  it('starts unregistered', () => {
    expect(employeeDecider.initialState()).toEqual({ status: 'UNREGISTERED' });
  });

  it('holds the registered facts, active, with empty histories', () => {
    expect(stateAfter()).toMatchObject({
      status: 'AKTIF',
      employeeId: 'emp-budi',
      identifier: '198609262015051001',
      previousIdentifiers: [],
      golongan: 'III_A',
      golonganTmt: '2021-04-01',
      hukdis: [],
      awarded: [],
      pendingNomination: null,
      acting: [],
      nipMismatches: [],
      retirement: null,
    });
  });

  it('ignores anything but a registration on an empty stream', () => {
    const empty: EmployeeState = { status: 'UNREGISTERED' };
    for (const type of EMPLOYEE_EVENT_TYPES.filter((t) => t !== 'personnel.EmployeeRegistered')) {
      expect(employeeDecider.evolve(empty, SAMPLE_EVENTS[type])).toBe(empty);
    }
  });

  it('handles every event type without throwing', () => {
    const state = fold(employeeDecider, EMPLOYEE_EVENT_TYPES.map((t) => SAMPLE_EVENTS[t]));
    expect(state.status).toBe('PENSIUN');
  });

  it('tracks NIP mismatches until resolved', () => {
    expect(stateAfter('personnel.NipInconsistencyDetected').nipMismatches).toHaveLength(1);
    expect(stateAfter('personnel.NipInconsistencyDetected', 'personnel.NipInconsistencyResolved').nipMismatches).toEqual([]);
  });

  it('applies corrections field by field', () => {
    expect(stateAfter('personnel.EmployeeDataCorrected')).toMatchObject({ name: 'Budi Santoso, S.E.', sex: 'MALE' });
  });

  it('takes the new NI PPPK on reassignment and keeps the old one as previous', () => {
    expect(stateAfter('personnel.IdentifierReassigned')).toMatchObject({ identifier: '198609262025211001', previousIdentifiers: ['198609262015051001'] });
  });

  it('moves the placement on transfer', () => {
    expect(stateAfter('personnel.EmployeeTransferred')).toMatchObject({ unitId: 'unit-dinkes', positionId: 'pos-perencana' });
  });

  it('keeps acting assignments and their early end', () => {
    expect(stateAfter('personnel.ActingAssignmentStarted').acting).toEqual([
      { assignmentId: 'plt-1', kind: 'PLT', positionId: 'pos-kabid', unitId: 'unit-bkpsdm', from: '2025-04-01', until: '2025-06-30', endedOn: null },
    ]);
    expect(stateAfter('personnel.ActingAssignmentStarted', 'personnel.ActingAssignmentEnded').acting[0].endedOn).toBe('2025-05-15');
  });

  it('ends only the named acting assignment', () => {
    const other = { ...pltStarted, data: { ...pltStarted.data, assignmentId: 'plt-2', positionId: 'pos-other' } };
    const state = fold(employeeDecider, [budiRegistered, pltStarted, other, SAMPLE_EVENTS['personnel.ActingAssignmentEnded']]) as EmployeeRecord;
    expect(state.acting.map((a) => a.endedOn)).toEqual(['2025-05-15', null]);
  });

  it('moves golongan and its TMT on promotion', () => {
    expect(stateAfter('personnel.EmployeePromoted')).toMatchObject({ golongan: 'III_B', golonganTmt: '2025-04-01' });
  });

  it('accumulates disciplinary records', () => {
    const state = fold(employeeDecider, [budiRegistered, hukdisRecorded(), hukdisRecorded({ hukdisId: 'hd-2', hukdisType: 'TEGURAN_LISAN', level: 'RINGAN' })]) as EmployeeRecord;
    expect(state.hukdis.map((h) => [h.hukdisId, h.level])).toEqual([
      ['hd-1', 'SEDANG'],
      ['hd-2', 'RINGAN'],
    ]);
  });

  it('follows a nomination from pending to awarded or cleared', () => {
    expect(stateAfter('personnel.AwardNominationProposed').pendingNomination).toEqual({ nominationId: 'nom-1', awardClass: 'X' });
    expect(stateAfter('personnel.AwardNominationProposed', 'personnel.AwardNominationConfirmed')).toMatchObject({ pendingNomination: null, awarded: ['X'] });
    expect(stateAfter('personnel.AwardNominationProposed', 'personnel.AwardNominationRejected')).toMatchObject({ pendingNomination: null, awarded: [] });
  });

  it.each([
    ['PENSIUN_BUP', 'PENSIUN'],
    ['PENSIUN_APS', 'PENSIUN'],
    ['PDH', 'BERHENTI'],
    ['PTDH', 'BERHENTI'],
    ['MENINGGAL', 'BERHENTI'],
    ['KONTRAK_BERAKHIR', 'BERHENTI'],
  ] as const)('a %s ending leaves the employee %s', (kind, status) => {
    const state = fold(employeeDecider, [budiRegistered, retired(kind)]) as EmployeeRecord;
    expect(state).toMatchObject({ status, retirement: { kind, effectiveDate: '2044-10-01' } });
  });
});

import { projectEvents, recorded } from '@infrastructure/projections/testing/projection-spec';
import { EmployeeEvent } from '../../domain';
import { EMPLOYEE_ID, SK, registered, retired } from '../../domain/testing/employee.fixtures';
import { POSITION_HOLDERS } from './position-holder.schema';
import { dayBefore, positionHoldersProjection } from './position-holders.projection';

const ANALIS = 'kota-medan.rujukan.analis';
const KASI = 'kota-medan.rujukan.kasi';
const KABID = 'kota-medan.yankes.kabid';

const budi = registered({ unitId: 'kota-medan.rujukan', positionId: ANALIS });
const sari = registered({ employeeId: 'emp-sari', identifier: '199312282025212001', unitId: 'kota-medan.rujukan', positionId: ANALIS, registeredAt: '2025-02-01T01:00:00.000Z' });
const acting = (assignmentId: string, positionId: string, from: string, until: string): EmployeeEvent => ({
  type: 'personnel.ActingAssignmentStarted',
  data: { employeeId: EMPLOYEE_ID, assignmentId, kind: 'PLT', positionId, unitId: positionId.split('.').slice(0, 2).join('.'), from, until, legalBasis: SK },
});
const transferred = (from: string, to: string): EmployeeEvent => ({
  type: 'personnel.EmployeeTransferred',
  data: {
    employeeId: EMPLOYEE_ID,
    from: { unitId: from.split('.').slice(0, 2).join('.'), positionId: from },
    to: { unitId: to.split('.').slice(0, 2).join('.'), positionId: to },
    effectiveDate: '2025-06-01',
    legalBasis: SK,
  },
});

async function project(...events: EmployeeEvent[]) {
  const store = await projectEvents(positionHoldersProjection, events.map((e) => recorded(e.type, e.data)));
  return (positionId: string) => store.collection(POSITION_HOLDERS).findById(positionId);
}

describe('position_holders projection', () => {
  it('holds a post from the TMT jabatan a registration carries (an imported employee), not from the record day', async () => {
    const imported = registered({ unitId: 'kota-medan.rujukan', positionId: KASI });
    const holders = await project({ ...imported, data: { ...imported.data, positionTmt: '2019-03-01' } } as EmployeeEvent);
    expect(await holders(KASI)).toMatchObject({ holders: [{ employeeId: EMPLOYEE_ID, since: '2019-03-01' }] });
  });

  it('records every definitive holder of a position from the registration day', async () => {
    const holders = await project(budi, sari);
    expect(await holders(ANALIS)).toMatchObject({
      unitId: 'kota-medan.rujukan',
      holders: [
        { employeeId: EMPLOYEE_ID, since: '2025-01-15' },
        { employeeId: 'emp-sari', since: '2025-02-01' },
      ],
      acting: [],
      employeeIds: [EMPLOYEE_ID, 'emp-sari'],
    });
  });

  it('moves the holder on a transfer, from its effective date', async () => {
    const holders = await project(budi, transferred(ANALIS, KASI));
    expect((await holders(ANALIS))!.holders).toEqual([]);
    expect((await holders(KASI))!.holders).toEqual([{ employeeId: EMPLOYEE_ID, since: '2025-06-01' }]);
  });

  it('adds Plt/Plh terms and shortens one that ends early', async () => {
    const ended: EmployeeEvent = { type: 'personnel.ActingAssignmentEnded', data: { employeeId: EMPLOYEE_ID, assignmentId: 'plt-1', endedOn: '2025-05-15', reason: 'Definitif' } };
    const holders = await project(budi, acting('plt-1', KABID, '2025-04-01', '2025-06-30'), ended);
    expect(await holders(KABID)).toMatchObject({
      unitId: 'kota-medan.yankes',
      holders: [],
      acting: [{ assignmentId: 'plt-1', employeeId: EMPLOYEE_ID, kind: 'PLT', from: '2025-04-01', until: '2025-05-15' }],
      employeeIds: [EMPLOYEE_ID],
    });
  });

  it('writes a position once when one event changes it twice (a retirement of a holder who also acts there)', async () => {
    const holders = await project(budi, acting('plt-1', KASI, '2025-04-01', '2025-12-31'), transferred(ANALIS, KASI), { ...retired(), data: { ...retired().data, effectiveDate: '2025-09-01' } });
    expect(await holders(KASI)).toMatchObject({ holders: [], acting: [{ assignmentId: 'plt-1', until: '2025-08-31' }] });
  });

  it('on retirement removes the holder and drops acting terms that had not started', async () => {
    const holders = await project(budi, acting('plt-2', KABID, '2045-01-01', '2045-03-31'), retired());
    expect(await holders(ANALIS)).toMatchObject({ holders: [], employeeIds: [] });
    expect(await holders(KABID)).toMatchObject({ acting: [], employeeIds: [] });
  });

  it('counts the day before a date across month and leap-year ends', () => {
    expect(dayBefore('2025-03-01')).toBe('2025-02-28');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
  });
});

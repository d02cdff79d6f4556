import { projectEvents, recorded } from '@infrastructure/projections/testing/projection-spec';
import { EmployeeEvent } from '../../domain';
import { EMPLOYEE_ID, SAMPLE_EVENTS, SK, awardProposed, budiRegistered, hukdisRecorded, pltStarted, registered, retired, sariRegistered, sariReassigned } from '../../domain/testing/employee.fixtures';
import { EMPLOYEES, EmployeeSchema } from './employee.schema';
import { employeesProjection } from './employees.projection';

const asRecorded = (events: EmployeeEvent[]) => events.map((e, i) => recorded(e.type, e.data, { recordedAt: `2026-01-0${(i % 9) + 1}T03:00:00.000Z` }));

async function project(...events: EmployeeEvent[]) {
  const store = await projectEvents(employeesProjection, asRecorded(events));
  return store.collection(EMPLOYEES);
}

describe('employees projection', () => {
  it('declares the identifier (unique), golongan and status indexes, and (unitId | instansiId [, status] ,) sortName, _id for pages', () => {
    const indexes = EmployeeSchema.indexes().map(([fields, options]) => [Object.keys(fields).join('+'), Boolean(options?.unique)]);
    expect(indexes).toEqual(
      expect.arrayContaining([
        ['identifier', true],
        ['previousIdentifiers', false],
        ['unitId+sortName+_id', false],
        ['instansiId+sortName+_id', false],
        ['instansiId+status+sortName+_id', false],
        ['golongan', false],
        ['status', false],
        ['sortName+_id', false],
        ['golonganSort+_id', false],
        ['instansiId+golonganSort+_id', false],
        ['tmtSort+_id', false],
      ]),
    );
  });

  it('handles every event type of the employee stream', () => {
    expect([...employeesProjection.canHandle].sort()).toEqual(Object.keys(SAMPLE_EVENTS).sort());
  });

  it('builds the record from a registration, with the instansi from the unit id and the golongan label', async () => {
    const employees = await project(registered({ unitId: 'kota-medan.rujukan', positionId: 'kota-medan.rujukan.analis' }));
    expect(await employees.findById(EMPLOYEE_ID)).toMatchObject({
      employmentType: 'PNS',
      identifierType: 'NIP',
      identifier: '198609262015051001',
      name: 'Budi Santoso',
      birthDate: '1986-09-26',
      contacts: { email: 'budi@example.go.id', phone: null },
      golongan: 'III_A',
      golonganLabel: 'III/a',
      pangkat: 'Penata Muda',
      unitId: 'kota-medan.rujukan',
      instansiId: 'kota-medan',
      status: 'AKTIF',
      actingAssignments: [],
      disciplinaryActions: [],
      nominations: [],
      awards: [],
      previousIdentifiers: [],
      nipWarnings: [],
      retirement: null,
      registeredAt: '2025-01-15T03:00:00.000Z',
      updatedAt: '2026-01-01T03:00:00.000Z',
    });
  });

  it('labels a PPPK golongan as printed, without pangkat', async () => {
    const employees = await project(registered({ employmentType: 'PPPK', golongan: 'IX' }));
    expect(await employees.findById(EMPLOYEE_ID)).toMatchObject({ golongan: 'IX', golonganLabel: 'IX', pangkat: null });
  });

  it('keeps NIP warnings until resolved, and applies corrections field by field', async () => {
    const employees = await project(
      budiRegistered,
      SAMPLE_EVENTS['personnel.NipInconsistencyDetected'],
      { type: 'personnel.EmployeeDataCorrected', data: { employeeId: EMPLOYEE_ID, changes: [{ field: 'contacts', from: { email: null, phone: null }, to: { email: null, phone: '0812' } }], reason: 'x', legalBasis: SK } },
    );
    expect(await employees.findById(EMPLOYEE_ID)).toMatchObject({ nipWarnings: [{ field: 'sex', fromIdentifier: 'MALE', recorded: 'FEMALE' }], contacts: { email: null, phone: '0812' } });
    const resolved = await project(budiRegistered, SAMPLE_EVENTS['personnel.NipInconsistencyDetected'], SAMPLE_EVENTS['personnel.NipInconsistencyResolved']);
    expect((await resolved.findById(EMPLOYEE_ID))!.nipWarnings).toEqual([]);
  });

  it('takes a reassigned NI PPPK as the identifier and keeps the old ones', async () => {
    const again = { ...sariReassigned, data: { ...sariReassigned.data, from: '199312282025212014', to: '199312282026212003' } };
    const employees = await project(sariRegistered, sariReassigned, again);
    expect(await employees.findById('emp-sari')).toMatchObject({
      identifierType: 'NI_PPPK',
      identifier: '199312282026212003',
      previousIdentifiers: ['199312282025212001', '199312282025212014'],
    });
    expect(await employees.findOne({ previousIdentifiers: '199312282025212001' })).toMatchObject({ _id: 'emp-sari' });
  });

  it('follows a transfer and a promotion', async () => {
    const transfer = SAMPLE_EVENTS['personnel.EmployeeTransferred'];
    const moved = { ...transfer, data: { ...transfer.data, to: { unitId: 'kota-binjai.dinkes', positionId: 'kota-binjai.dinkes.perencana' } } } as EmployeeEvent;
    const employees = await project(budiRegistered, moved, SAMPLE_EVENTS['personnel.EmployeePromoted']);
    expect(await employees.findById(EMPLOYEE_ID)).toMatchObject({
      unitId: 'kota-binjai.dinkes',
      positionId: 'kota-binjai.dinkes.perencana',
      instansiId: 'kota-binjai',
      golongan: 'III_B',
      golonganTmt: '2025-04-01',
      golonganLabel: 'III/b',
      pangkat: 'Penata Muda Tingkat I',
    });
  });

  it('keeps the GOLONGAN and TMT sort keys of employees(orderBy) in step with a promotion and a name correction', async () => {
    const rename = { type: 'personnel.EmployeeDataCorrected', data: { employeeId: EMPLOYEE_ID, changes: [{ field: 'name', from: 'Budi Santoso', to: 'dr. Andi Santoso' }], reason: 'x', legalBasis: SK } } as EmployeeEvent;
    const registeredOnly = await project(budiRegistered);
    expect(await registeredOnly.findById(EMPLOYEE_ID)).toMatchObject({ golonganSort: '09|2021-04-01|budi santoso', tmtSort: '2015-05-01|budi santoso' });
    const employees = await project(budiRegistered, SAMPLE_EVENTS['personnel.EmployeePromoted'], rename);
    // III/b is the 8th golongan from the top (IV/e = 01); the name is filed without "dr.".
    expect(await employees.findById(EMPLOYEE_ID)).toMatchObject({ golonganSort: '08|2025-04-01|andi santoso', tmtSort: '2015-05-01|andi santoso' });
    const pppk = await project(registered({ employmentType: 'PPPK', golongan: 'IX' }));
    expect((await pppk.findById(EMPLOYEE_ID))!.golonganSort).toMatch(/^26\|/);
  });

  it('lists acting assignments and marks the day one ended', async () => {
    const employees = await project(budiRegistered, pltStarted, SAMPLE_EVENTS['personnel.ActingAssignmentEnded']);
    expect((await employees.findById(EMPLOYEE_ID))!.actingAssignments).toEqual([
      { assignmentId: 'plt-1', kind: 'PLT', positionId: 'pos-kabid', unitId: 'unit-bkpsdm', from: '2025-04-01', until: '2025-06-30', endedOn: '2025-05-15' },
    ]);
  });

  it('summarises disciplinary actions with their active period, without the description', async () => {
    const employees = await project(budiRegistered, hukdisRecorded());
    expect((await employees.findById(EMPLOYEE_ID))!.disciplinaryActions).toEqual([
      { hukdisId: 'hd-1', hukdisType: 'POTONG_TUKIN_25_6BLN', level: 'SEDANG', decidedAt: '2025-01-10', effectiveFrom: '2025-01-15', activeUntil: '2025-07-15' },
    ]);
  });

  it('tracks a nomination from proposal to decision, and the awards conferred', async () => {
    const pending = await project(budiRegistered, awardProposed);
    expect((await pending.findById(EMPLOYEE_ID))!.nominations).toEqual([
      { nominationId: 'nom-1', award: 'SATYALANCANA_KARYA_SATYA', awardClass: 'X', serviceYears: 10, asOf: '2025-05-01', status: 'PENDING', decidedOn: null, decisionReason: null },
    ]);
    const confirmed = await project(budiRegistered, awardProposed, SAMPLE_EVENTS['personnel.AwardNominationConfirmed']);
    expect(await confirmed.findById(EMPLOYEE_ID)).toMatchObject({ nominations: [{ status: 'CONFIRMED', decidedOn: '2025-06-02', decisionReason: 'OK' }], awards: ['X'] });
    const rejected = await project(budiRegistered, awardProposed, SAMPLE_EVENTS['personnel.AwardNominationRejected']);
    expect(await rejected.findById(EMPLOYEE_ID)).toMatchObject({ nominations: [{ status: 'REJECTED', decisionReason: 'No' }], awards: [] });
  });

  it('keeps the record of a retired employee with its new status', async () => {
    const pension = await project(budiRegistered, retired('PENSIUN_BUP'));
    expect(await pension.findById(EMPLOYEE_ID)).toMatchObject({ status: 'PENSIUN', retirement: { kind: 'PENSIUN_BUP', effectiveDate: '2044-10-01' } });
    const discharged = await project(budiRegistered, retired('PTDH'));
    expect((await discharged.findById(EMPLOYEE_ID))!.status).toBe('BERHENTI');
  });

  it('ignores events of a stream whose registration it never saw', async () => {
    const employees = await project(hukdisRecorded());
    expect(await employees.findById(EMPLOYEE_ID)).toBeNull();
  });
});

import { fold } from '@kernel/decider';
import { projectEvents, recorded } from '@infrastructure/projections/testing/projection-spec';
import { AnnulCareerAction, EmployeeEvent, employeeDecider } from '../domain';
import { EMPLOYEE_ID, SK, hukdisRecorded, registered, retired, SAMPLE_EVENTS } from '../domain/testing/employee.fixtures';
import { annul, budiAsPppk, CORRECTION_SAMPLES, correctNip, found } from '../domain/testing/correction.fixtures';
import { EMPLOYEES } from './employees/employee.schema';
import { employeesProjection } from './employees/employees.projection';
import { POSITION_HOLDERS } from './position-holders/position-holder.schema';
import { positionHoldersProjection } from './position-holders/position-holders.projection';

const ANALIS = 'kota-medan.rujukan.analis';
const KASI = 'kota-medan.rujukan.kasi';
const budi = registered({ unitId: 'kota-medan.rujukan', positionId: ANALIS });
const toKasi: EmployeeEvent = {
  type: 'personnel.EmployeeTransferred',
  data: { employeeId: EMPLOYEE_ID, from: { unitId: 'kota-medan.rujukan', positionId: ANALIS }, to: { unitId: 'kota-medan.rujukan', positionId: KASI }, effectiveDate: '2025-06-01', legalBasis: SK },
};
const plt: EmployeeEvent = {
  type: 'personnel.ActingAssignmentStarted',
  data: { employeeId: EMPLOYEE_ID, assignmentId: 'plt-9', kind: 'PLT', positionId: 'kota-medan.yankes.kabid', unitId: 'kota-medan.yankes', from: '2044-07-01', until: '2044-12-31', legalBasis: SK },
};

/** The events the decider writes for `command` after `history` (so the specs project what the app writes). */
function decided(history: EmployeeEvent[], command: Parameters<typeof employeeDecider.decide>[0]): EmployeeEvent[] {
  return [...employeeDecider.decide(command, fold(employeeDecider, history))];
}

const annulled = (history: EmployeeEvent[], target: AnnulCareerAction['target']) => [...history, ...decided(history, annul(target))];

async function project(events: EmployeeEvent[]) {
  const asRecorded = events.map((e, i) => recorded(e.type, e.data, { recordedAt: `2026-01-0${(i % 9) + 1}T03:00:00.000Z`, revision: i }));
  const [employees, holders] = await Promise.all([projectEvents(employeesProjection, asRecorded), projectEvents(positionHoldersProjection, asRecorded)]);
  return { employee: () => employees.collection(EMPLOYEES).findById(EMPLOYEE_ID), post: (id: string) => holders.collection(POSITION_HOLDERS).findById(id) };
}

describe('employees and position_holders projections: corrections', () => {
  it('show the corrected golongan with its label, and the corrected TMT', async () => {
    const { employee } = await project([budi, CORRECTION_SAMPLES['personnel.GolonganCorrected'], CORRECTION_SAMPLES['personnel.TmtCorrected']]);
    expect(await employee()).toMatchObject({ golongan: 'III_B', golonganTmt: '2021-10-01', golonganLabel: 'III/b', pangkat: 'Penata Muda Tingkat I', tmt: '2015-03-01' });
  });

  it('keep a corrected NIP as a tombstone next to the new one', async () => {
    const { employee } = await project([budi, ...decided([budi], correctNip('198609262015051002'))]);
    expect(await employee()).toMatchObject({ identifier: '198609262015051002', correctedIdentifiers: ['198609262015051001'], previousIdentifiers: [] });
  });

  it('switch employment type, identifier and golongan scale, keeping the old identifier', async () => {
    const { employee } = await project([budi, ...decided([budi], budiAsPppk())]);
    expect(await employee()).toMatchObject({ employmentType: 'PPPK', identifierType: 'NI_PPPK', identifier: '198609262015211001', golongan: 'IX', golonganLabel: 'IX', pangkat: null, correctedIdentifiers: ['198609262015051001'] });
  });
});

describe('employees and position_holders projections: annulments', () => {
  it('an annulled transfer: back in the old unit and post since the registration day, the new post vacated', async () => {
    const events = annulled([budi, toKasi], found('personnel.EmployeeTransferred', 1, 1));
    const { employee, post } = await project(events);
    expect(await employee()).toMatchObject({ unitId: 'kota-medan.rujukan', positionId: ANALIS, annulments: [{ kind: 'TRANSFER', annulledType: 'personnel.EmployeeTransferred', skNumber: '800/9/RALAT/2025' }] });
    expect(await post(KASI)).toMatchObject({ holders: [], employeeIds: [] });
    expect(await post(ANALIS)).toMatchObject({ holders: [{ employeeId: EMPLOYEE_ID, since: '2025-01-15' }] });
  });

  it('an annulled promotion: the golongan before it', async () => {
    const events = annulled([budi, SAMPLE_EVENTS['personnel.EmployeePromoted']], found('personnel.EmployeePromoted'));
    expect(await (await project(events)).employee()).toMatchObject({ golongan: 'III_A', golonganLabel: 'III/a', golonganTmt: '2021-04-01' });
  });

  it('an annulled hukdis: no longer in the record', async () => {
    const events = annulled([budi, hukdisRecorded(), hukdisRecorded({ hukdisId: 'hd-2' })], found('personnel.DisciplinaryActionRecorded', 2, 2));
    expect((await (await project(events)).employee())?.disciplinaryActions.map((h: { hukdisId: string }) => h.hukdisId)).toEqual(['hd-1']);
  });

  it('an annulled retirement: AKTIF again, back in the post, with the Plt term the retirement cut', async () => {
    const events = annulled([budi, plt, retired()], found('personnel.EmployeeRetired', 1, 2));
    const { employee, post } = await project(events);
    expect(await employee()).toMatchObject({ status: 'AKTIF', retirement: null });
    expect(await post(ANALIS)).toMatchObject({ holders: [{ employeeId: EMPLOYEE_ID, since: '2025-01-15' }] });
    expect(await post('kota-medan.yankes.kabid')).toMatchObject({ acting: [{ assignmentId: 'plt-9', from: '2044-07-01', until: '2044-12-31' }] });
  });
});

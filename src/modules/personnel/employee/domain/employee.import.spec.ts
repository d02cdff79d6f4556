import { deciderSpec } from '@kernel/testing/decider-spec';
import { CareerHistory, ImportEmployee, NO_HISTORY } from './career-history.commands';
import { employeeDecider } from './employee.decider';
import { EmployeeCommand } from './employee.commands';
import { budiRegistered, EMPLOYEE_ID, hukdisRecorded, registerBudi, SK } from './testing/employee.fixtures';

const spec = deciderSpec(employeeDecider);
const importBudi = (history: Partial<CareerHistory> = {}, registration: Partial<ImportEmployee['registration']> = {}): EmployeeCommand => ({
  type: 'ImportEmployee',
  registration: { ...registerBudi, positionTmt: '2019-01-02', ...registration },
  history: { ...NO_HISTORY, ...history },
});
const HUKDIS = { hukdisId: 'hd-1', hukdisType: 'POTONG_TUKIN_25_6BLN', decidedAt: '2025-01-10', effectiveFrom: '2025-01-15', legalBasis: SK, description: 'Pungutan di luar ketentuan' } as const;

describe('ImportEmployee (bulk import of an existing employee with riwayat)', () => {
  it('registers with the TMT jabatan and records each riwayat entry with its own TMT, oldest first', () => {
    spec
      .given([])
      .when(
        importBudi({
          golongan: [
            { golongan: 'II_D', tmt: '2017-04-01', legalBasis: SK },
            { golongan: 'II_C', tmt: '2015-05-01' },
          ],
          positions: [{ unitId: 'unit-bkpsdm', positionId: 'pos-pengadministrasi', tmt: '2015-05-01' }],
          education: [{ education: 'SLTA', graduatedOn: '2004-06-01', institution: ' SMA Negeri 1 Medan ' }],
          hukdis: [HUKDIS],
        }),
      )
      .then([
        { ...budiRegistered, data: { ...budiRegistered.data, positionTmt: '2019-01-02' } },
        { type: 'personnel.PastGolonganRecorded', data: { employeeId: EMPLOYEE_ID, golongan: 'II_C', tmt: '2015-05-01', legalBasis: null } },
        { type: 'personnel.PastGolonganRecorded', data: { employeeId: EMPLOYEE_ID, golongan: 'II_D', tmt: '2017-04-01', legalBasis: SK } },
        { type: 'personnel.PastPositionRecorded', data: { employeeId: EMPLOYEE_ID, unitId: 'unit-bkpsdm', positionId: 'pos-pengadministrasi', tmt: '2015-05-01', legalBasis: null } },
        { type: 'personnel.PastEducationRecorded', data: { employeeId: EMPLOYEE_ID, education: 'SLTA', graduatedOn: '2004-06-01', institution: 'SMA Negeri 1 Medan' } },
        hukdisRecorded(),
      ]);
  });

  it('is refused, writing nothing, for an employee already registered', () => {
    spec.given([budiRegistered]).when(importBudi()).thenViolates('PERSONNEL.EMPLOYEE_ALREADY_REGISTERED');
  });

  it('names the registration problems and the riwayat problems together', () => {
    spec
      .given([])
      .when(
        importBudi(
          {
            golongan: [
              { golongan: 'III_B', tmt: '2018-04-01' },
              { golongan: 'II_C', tmt: '2014-01-01' },
              { golongan: 'IX', tmt: '2023-04-01' },
            ],
            positions: [
              { unitId: 'unit-bkpsdm', positionId: 'pos-a', tmt: '2016-01-01' },
              { unitId: 'unit-bkpsdm', positionId: 'pos-b', tmt: '2016-01-01' },
              { unitId: 'unit-bkpsdm', positionId: 'pos-c', tmt: '2030-01-01' },
            ],
            education: [{ education: 'S2', graduatedOn: '2010-02-30' }],
            hukdis: [{ ...HUKDIS, effectiveFrom: '2025-01-05' }, HUKDIS],
          },
          { sex: 'UNKNOWN' as never },
        ),
      )
      .thenViolates(
        'PERSONNEL.VALUE_INVALID',
        // II_C before the TMT CPNS; pos-c and the hukdis before its decision
        'PERSONNEL.HISTORY_BEFORE_EMPLOYMENT',
        'PERSONNEL.GOLONGAN_NOT_OF_EMPLOYMENT_TYPE',
        // IX (2023) and pos-c (2030) are not before the current golongan / jabatan
        'PERSONNEL.HISTORY_NOT_BEFORE_CURRENT',
        'PERSONNEL.HISTORY_NOT_BEFORE_CURRENT',
        'PERSONNEL.HISTORY_GOLONGAN_ORDER',
        'PERSONNEL.HISTORY_DUPLICATE_TMT',
        'PERSONNEL.TMT_AFTER_RECORD_DATE',
        'PERSONNEL.DATE_INVALID',
        'PERSONNEL.HISTORY_EDUCATION_ABOVE_CURRENT',
        'PERSONNEL.HUKDIS_EFFECTIVE_BEFORE_DECISION',
        'PERSONNEL.HUKDIS_ID_TAKEN',
      );
  });

  it('refuses a TMT jabatan before the TMT CPNS or after the record day (also for registerEmployee)', () => {
    spec.given([]).when(importBudi({}, { positionTmt: '2014-12-31' })).thenViolates('PERSONNEL.POSITION_TMT_BEFORE_EMPLOYMENT');
    spec.given([]).when({ ...registerBudi, positionTmt: '2025-01-16' }).thenViolates('PERSONNEL.TMT_AFTER_RECORD_DATE');
    spec.given([]).when({ ...registerBudi, positionTmt: '2025-01-15' }).then([{ ...budiRegistered, data: { ...budiRegistered.data, positionTmt: '2025-01-15' } }]);
  });
});

import { EmployeeEvent, EmployeePromoted, EmployeeRetired, EmployeeTransferred } from '../domain';
import { EMPLOYEE_ID, registered, SK } from '../domain/testing/employee.fixtures';
import { employeeOnDate } from './employee-on-date';

const BKPSDM = { unitId: 'kota-medan.bkpsdm', positionId: 'kota-medan.bkpsdm.analis' };
const DINKES = { unitId: 'kota-medan.dinkes', positionId: 'kota-medan.dinkes.analis' };

const promoted: EmployeePromoted = {
  type: 'personnel.EmployeePromoted',
  data: {
    employeeId: EMPLOYEE_ID,
    kind: 'REGULER',
    from: 'III_A',
    to: 'III_B',
    tmt: '2025-04-01',
    predikat: [],
    superiorGolongan: null,
    jf: { isJf: false, angkaKreditMet: false },
    education: 'S1',
    referenceData: { educationCeilings: 'v1', kpPeriods: 'v1' },
    legalBasis: SK,
  },
};
const transferred: EmployeeTransferred = {
  type: 'personnel.EmployeeTransferred',
  data: { employeeId: EMPLOYEE_ID, from: BKPSDM, to: DINKES, effectiveDate: '2025-06-01', legalBasis: SK },
};
const retired: EmployeeRetired = {
  type: 'personnel.EmployeeRetired',
  data: { employeeId: EMPLOYEE_ID, kind: 'PENSIUN_BUP', effectiveDate: '2044-10-01', legalBasis: SK },
};
const history: EmployeeEvent[] = [registered({ ...BKPSDM, tmt: '2015-05-01', golongan: 'III_A' }), promoted, transferred, retired];

describe('employee on a date (the published employee directory)', () => {
  it('knows nobody before the TMT of the registration', () => {
    expect(employeeOnDate(history, '2015-04-30')).toBeNull();
  });

  it('places the employee by the TMT of each SK, not by when it was recorded', () => {
    expect(employeeOnDate(history, '2025-03-31')).toMatchObject({ instansiId: 'kota-medan', ...BKPSDM, golongan: 'III_A', status: 'AKTIF' });
    expect(employeeOnDate(history, '2025-04-01')).toMatchObject({ ...BKPSDM, golongan: 'III_B' });
    expect(employeeOnDate(history, '2025-06-01')).toMatchObject({ ...DINKES, golongan: 'III_B', status: 'AKTIF' });
  });

  it('shows the retirement only from its effective date', () => {
    expect(employeeOnDate(history, '2044-09-30')?.status).toBe('AKTIF');
    expect(employeeOnDate(history, '2044-10-01')?.status).not.toBe('AKTIF');
  });
});

import { EmployeeEvent, EmployeePromoted, EmployeeTransferred } from '../domain';
import { pltStarted, registered, retired, SAMPLE_EVENTS } from '../domain/testing/employee.fixtures';
import { employeeOnDate } from './employee-on-date';

const BKPSDM = { unitId: 'kota-medan.bkpsdm', positionId: 'kota-medan.bkpsdm.analis' };
const DINKES = { unitId: 'kota-medan.dinkes', positionId: 'kota-medan.dinkes.analis' };

// The fixtures' samples: III_A → III_B from 2025-04-01; moved from 2025-06-01 here; retired (BUP) from 2044-10-01.
const promoted = SAMPLE_EVENTS['personnel.EmployeePromoted'] as EmployeePromoted;
const sampleTransfer = SAMPLE_EVENTS['personnel.EmployeeTransferred'] as EmployeeTransferred;
const transferred: EmployeeTransferred = { ...sampleTransfer, data: { ...sampleTransfer.data, from: BKPSDM, to: DINKES, effectiveDate: '2025-06-01' } };
const history: EmployeeEvent[] = [registered({ ...BKPSDM, tmt: '2015-05-01', golongan: 'III_A' }), promoted, transferred, retired()];

describe('employee on a date (the published employee directory)', () => {
  it('knows nobody before the TMT of the registration', () => {
    expect(employeeOnDate(history, '2015-04-30')).toBeNull();
  });

  it('places the employee by the TMT of each SK, not by when it was recorded', () => {
    expect(employeeOnDate(history, '2025-03-31')).toMatchObject({ instansiId: 'kota-medan', ...BKPSDM, golongan: 'III_A', status: 'AKTIF' });
    expect(employeeOnDate(history, '2025-04-01')).toMatchObject({ ...BKPSDM, golongan: 'III_B' });
    expect(employeeOnDate(history, '2025-06-01')).toMatchObject({ ...DINKES, golongan: 'III_B', status: 'AKTIF' });
  });

  it('lists the Plt/Plh assignments running on the date only', () => {
    const acting = [registered({ ...BKPSDM, tmt: '2015-05-01' }), pltStarted]; // Plt from 2025-04-01 until 2025-06-30
    expect(employeeOnDate(acting, '2025-03-31')?.acting).toEqual([]);
    expect(employeeOnDate(acting, '2025-06-30')?.acting).toEqual([{ kind: 'PLT', positionId: 'pos-kabid', unitId: 'unit-bkpsdm' }]);
    expect(employeeOnDate(acting, '2025-07-01')?.acting).toEqual([]);
  });

  it('shows the retirement only from its effective date', () => {
    expect(employeeOnDate(history, '2044-09-30')?.status).toBe('AKTIF');
    expect(employeeOnDate(history, '2044-10-01')?.status).not.toBe('AKTIF');
  });

  it('answers from the riwayat an import recorded, by TMT, before the registration values (valid time, not record time)', () => {
    const imported: EmployeeEvent[] = [
      registered({ ...DINKES, tmt: '2015-05-01', golongan: 'III_B', golonganTmt: '2023-04-01', positionTmt: '2021-01-04', registeredAt: '2026-12-03T10:00:00.000Z' }),
      { type: 'personnel.PastGolonganRecorded', data: { employeeId: 'emp-budi', golongan: 'III_A', tmt: '2019-04-01', legalBasis: null } },
      { type: 'personnel.PastGolonganRecorded', data: { employeeId: 'emp-budi', golongan: 'II_C', tmt: '2015-05-01', legalBasis: null } },
      { type: 'personnel.PastPositionRecorded', data: { employeeId: 'emp-budi', ...BKPSDM, tmt: '2015-05-01', legalBasis: null } },
    ];
    expect(employeeOnDate(imported, '2016-01-01')).toMatchObject({ ...BKPSDM, golongan: 'II_C' });
    expect(employeeOnDate(imported, '2020-12-31')).toMatchObject({ ...BKPSDM, golongan: 'III_A' });
    expect(employeeOnDate(imported, '2021-01-04')).toMatchObject({ ...DINKES, golongan: 'III_A' });
    expect(employeeOnDate(imported, '2025-12-31')).toMatchObject({ ...DINKES, golongan: 'III_B' });
  });

  it('keeps a transfer recorded after the registration, with an earlier effective date, in force afterwards', () => {
    const late = [registered({ ...BKPSDM, tmt: '2015-05-01', registeredAt: '2025-07-01T01:00:00.000Z' }), transferred];
    expect(employeeOnDate(late, '2025-05-31')).toMatchObject(BKPSDM);
    expect(employeeOnDate(late, '2025-12-31')).toMatchObject(DINKES);
  });
  it('honours an SK ralat of the golongan on every date, the past included', () => {
    const registration = registered({ ...BKPSDM, tmt: '2015-05-01', golongan: 'III_B', golonganTmt: '2019-04-01' });
    const ralat: EmployeeEvent = {
      type: 'personnel.GolonganCorrected',
      data: { employeeId: 'emp-budi', from: { golongan: 'III_B', golonganTmt: '2019-04-01' }, to: { golongan: 'III_A', golonganTmt: '2019-04-01' }, reason: 'Salah ketik saat migrasi', legalBasis: { skNumber: '800/1/RALAT/2026', skDate: '2026-10-01' } },
    };
    expect(employeeOnDate([registration], '2020-01-01')?.golongan).toBe('III_B');
    for (const day of ['2019-04-01', '2020-01-01', '2026-12-01']) expect(employeeOnDate([registration, ralat], day)?.golongan).toBe('III_A');
  });
});

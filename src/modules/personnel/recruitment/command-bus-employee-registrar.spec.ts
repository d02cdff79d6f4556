import { toRegisterEmployeeFields } from './command-bus-employee-registrar';

describe('mapping an appointment to the employee module’s RegisterEmployeeInput', () => {
  it('maps NIP to identifier, TMT CPNS to tmt and golonganTmt, and keeps the employee id', () => {
    expect(
      toRegisterEmployeeFields({
        employeeId: 'e-1',
        employmentType: 'PNS',
        nip: '199805172025031001',
        name: 'Rina Siregar',
        birthDate: '1998-05-17',
        sex: 'FEMALE',
        tmtCpns: '2025-03-01',
        golongan: 'III_A',
        educationLevel: 'S1',
        unitId: 'kota-medan.diskominfo',
        positionId: 'kota-medan.diskominfo.prakom',
        maxAgeAtAppointment: 36,
      }),
    ).toEqual({
      employmentType: 'PNS',
      identifier: '199805172025031001',
      name: 'Rina Siregar',
      birthDate: '1998-05-17',
      sex: 'FEMALE',
      tmt: '2025-03-01',
      golongan: 'III_A',
      golonganTmt: '2025-03-01',
      education: 'S1',
      unitId: 'kota-medan.diskominfo',
      positionId: 'kota-medan.diskominfo.prakom',
      employeeId: 'e-1',
      maxAgeAtAppointment: 36,
    });
  });
});

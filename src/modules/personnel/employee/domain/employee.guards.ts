import { EmployeeState, EmployeeRecord, isRegistered } from './employee.state';
import { refuse } from '@kernel/rules';

export const EmployeeRule = {
  ALREADY_REGISTERED: 'PERSONNEL.EMPLOYEE_ALREADY_REGISTERED',
  NOT_FOUND: 'PERSONNEL.EMPLOYEE_NOT_FOUND',
  NOT_ACTIVE: 'PERSONNEL.EMPLOYEE_NOT_ACTIVE',
} as const;

/** The command addresses an employee that must exist. */
export function requireRegistered(state: EmployeeState): EmployeeRecord {
  if (!isRegistered(state)) return refuse(EmployeeRule.NOT_FOUND, 'Pegawai ini belum terdaftar');
  return state;
}

/** The command changes a serving employee: after retirement or discharge it is refused. */
export function requireActive(state: EmployeeState): EmployeeRecord {
  const employee = requireRegistered(state);
  if (employee.status !== 'AKTIF') {
    return refuse(EmployeeRule.NOT_ACTIVE, `Pegawai berstatus ${employee.status}, tidak lagi aktif`, { status: employee.status });
  }
  return employee;
}

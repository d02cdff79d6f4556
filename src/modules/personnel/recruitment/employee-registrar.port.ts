import { CommandContext } from '@kernel/command-handling';
import { EducationLevel } from './recruitment.vocabulary';

/** What recruitment asks of the employee record when it appoints a CPNS. */
export interface EmployeeRegistration {
  readonly employeeId: string;
  readonly employmentType: 'PNS';
  readonly nip: string;
  readonly name: string;
  readonly birthDate: string;
  readonly sex: 'MALE' | 'FEMALE';
  /** TMT CPNS: start of service, also the TMT of the first golongan. */
  readonly tmtCpns: string;
  readonly golongan: string;
  readonly educationLevel: EducationLevel;
  readonly unitId: string;
  readonly positionId: string;
  /** The formasi's age limit plus the year between application and TMT CPNS: the NIP plausibility bound. */
  readonly maxAgeAtAppointment: number;
}

export interface EmployeeRegistered {
  readonly employeeId: string;
  /** True when this command had already registered the employee (a replay). */
  readonly duplicate: boolean;
}

/**
 * Port to the employee module: one method, so the process manager is tested with a fake and wired to
 * the real command with one provider. Throws the employee module's AppError when it refuses.
 */
export interface EmployeeRegistrar {
  register(registration: EmployeeRegistration, context: CommandContext): Promise<EmployeeRegistered>;
  /** Throws what `register` would refuse with (the employee module's rules), writing nothing. */
  check(registration: EmployeeRegistration, at: string): Promise<void>;
}

export const EMPLOYEE_REGISTRAR = Symbol('EMPLOYEE_REGISTRAR');

import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandContext } from '../../../kernel/command-handling';
import { DomainRuleViolation } from '../../../kernel/errors';
import { EmployeeRegistered, EmployeeRegistrar, EmployeeRegistration } from './employee-registrar.port';

/**
 * Fields of the employee module's RegisterEmployeeInput (the agreed contract): recruitment maps to it
 * here and nowhere else. Education codes and MALE/FEMALE are the employee record's own vocabulary.
 */
export interface RegisterEmployeeFields {
  employmentType: 'PNS' | 'PPPK';
  /** NIP for PNS. */
  identifier: string;
  name: string;
  birthDate: string;
  sex: 'MALE' | 'FEMALE';
  /** Employment start: for a PNS, the TMT CPNS. */
  tmt: string;
  golongan: string;
  golonganTmt: string;
  education: string;
  unitId: string;
  positionId: string;
  employeeId?: string;
}

export function toRegisterEmployeeFields(r: EmployeeRegistration): RegisterEmployeeFields {
  return {
    employmentType: r.employmentType,
    identifier: r.nip,
    name: r.name,
    birthDate: r.birthDate,
    sex: r.sex,
    tmt: r.tmtCpns,
    golongan: r.golongan,
    // The first golongan of a CPNS starts with the appointment.
    golonganTmt: r.tmtCpns,
    education: r.educationLevel,
    unitId: r.unitId,
    positionId: r.positionId,
    employeeId: r.employeeId,
  };
}

export const EMPLOYEE_REGISTRATION_UNAVAILABLE = 'PERSONNEL.EMPLOYEE_REGISTRATION_UNAVAILABLE';

/**
 * The real EmployeeRegistrar: dispatches the employee module's RegisterEmployeeCommand on the CommandBus.
 *
 * The employee module's `register-employee/register-employee.command.ts` does not exist yet, so until
 * it does this refuses with PERSONNEL.EMPLOYEE_REGISTRATION_UNAVAILABLE: the appointment stays
 * recorded, its outcome shows FAILED, and once wired a rebuild of the `recruitment-appointments`
 * projection re-sends every appointment with its original command id (registered ones are no-ops).
 * Wiring, when the command exists:
 *   const input = Object.assign(new RegisterEmployeeInput(), toRegisterEmployeeFields(registration));
 *   const result = await this.commands.execute(new RegisterEmployeeCommand(input, context));
 *   return { employeeId: registration.employeeId, duplicate: result.duplicate };
 */
@Injectable()
export class CommandBusEmployeeRegistrar implements EmployeeRegistrar {
  constructor(private readonly commands: CommandBus) {}

  async register(registration: EmployeeRegistration, _context: CommandContext): Promise<EmployeeRegistered> {
    void this.commands;
    throw new DomainRuleViolation(EMPLOYEE_REGISTRATION_UNAVAILABLE, `The employee record cannot register ${registration.nip} yet: RegisterEmployeeCommand is not wired`);
  }
}

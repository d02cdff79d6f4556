import { Injectable } from '@nestjs/common';
import { CommandBus, CommandHandlerNotFoundException } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { ServiceUnavailableError } from '@kernel/errors';
import { RegisterEmployeeCommand, RegisterEmployeeFields, RegistrationCheck } from '../employee';
import { EmployeeRegistered, EmployeeRegistrar, EmployeeRegistration } from './employee-registrar.port';

/**
 * Maps an appointment to the employee module's plain RegisterEmployeeFields (the agreed contract):
 * here and nowhere else. Education codes and MALE/FEMALE are the employee record's own vocabulary.
 */
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
    maxAgeAtAppointment: r.maxAgeAtAppointment,
  };
}

/**
 * The real EmployeeRegistrar: dispatches the employee module's RegisterEmployeeCommand on the CommandBus
 * (no Nest module import: the bus finds the handler wherever it is registered). The command id comes
 * from the appointment event, so if the `recruitment-appointments` reaction repeats an event after a
 * crash, the employee stream answers the same command as a duplicate.
 */
@Injectable()
export class CommandBusEmployeeRegistrar implements EmployeeRegistrar {
  constructor(
    private readonly commands: CommandBus,
    private readonly registrations: RegistrationCheck,
  ) {}

  check(registration: EmployeeRegistration, at: string): Promise<void> {
    return this.registrations.check({ ...toRegisterEmployeeFields(registration), employeeId: registration.employeeId }, at);
  }

  async register(registration: EmployeeRegistration, context: CommandContext): Promise<EmployeeRegistered> {
    try {
      const result = await this.commands.execute(new RegisterEmployeeCommand(toRegisterEmployeeFields(registration), context));
      return { employeeId: result.employeeId, duplicate: result.duplicate };
    } catch (error) {
      // At boot the runner may replay an appointment before the bus has its handlers: retry, don't record a refusal.
      if (error instanceof CommandHandlerNotFoundException) throw new ServiceUnavailableError('Modul data pegawai belum siap mendaftarkan pegawai; coba lagi');
      throw error;
    }
  }
}

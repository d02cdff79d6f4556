import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { EmployeeResult } from '../shared/employee-commands';
import { RegisterEmployee } from '../domain';

/** The result names the employee id, which is derived from the command when the input gives none. */
export type RegisterEmployeeResult = EmployeeResult & { employeeId: string };

/**
 * What a registration carries on the bus: plain data (the agreed contract with recruitment's
 * appointments and the seed, which send it without any GraphQL input class). `golongan` is checked by
 * the domain like any client value; the employee id is derived from the command when absent.
 */
export interface RegisterEmployeeFields {
  readonly employeeId?: string;
  readonly employmentType: RegisterEmployee['employmentType'];
  readonly identifier: string;
  readonly name: string;
  readonly birthDate: string;
  readonly sex: RegisterEmployee['sex'];
  readonly tmt: string;
  readonly golongan: string;
  readonly golonganTmt: string;
  readonly education: RegisterEmployee['education'];
  readonly unitId: string;
  readonly positionId: string;
  /** TMT jabatan (YYYY-MM-DD): since when the post is held; absent = from the registration day. */
  readonly positionTmt?: string | null;
  readonly contacts?: { readonly email?: string | null; readonly phone?: string | null } | null;
  readonly maxAgeAtAppointment?: number | null;
}

/** Dispatched by the registerEmployee mutation and by recruitment's appointment process manager. */
export class RegisterEmployeeCommand extends Command<RegisterEmployeeResult> {
  constructor(
    readonly input: RegisterEmployeeFields,
    readonly context: CommandContext,
  ) {
    super();
  }
}

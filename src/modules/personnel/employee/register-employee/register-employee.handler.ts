import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@kernel/command-handling';
import { deriveId } from '@kernel/ids';
import { instansiIdOf } from '@modules/organisation';
import { assertManagesEmployeesOf } from '../access/employee-access';
import { employeeDecider, employeeStreamId, identifierClaim, identifierTypeOf, RegisterEmployee } from '../domain';
import { PlacementCheck } from '../shared/placement-check';
import { RegisterEmployeeCommand, RegisterEmployeeFields, RegisterEmployeeResult } from './register-employee.command';

/**
 * Registration writes the employee's stream and claims the NIP / NI PPPK (a kernel claim owned by
 * this registration's write). The actor and the placement are checked first (skipped for a repeat); the command path decides before it
 * claims, so a refused registration never holds a NIP, and a crash between the claim and the write
 * leaves a claim the next registration of the NIP takes over. A repeat is answered as a duplicate.
 */
@CommandHandler(RegisterEmployeeCommand)
export class RegisterEmployeeHandler implements ICommandHandler<RegisterEmployeeCommand, RegisterEmployeeResult> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly placements: PlacementCheck,
  ) {}

  async execute({ input, context }: RegisterEmployeeCommand): Promise<RegisterEmployeeResult> {
    const employeeId = input.employeeId ?? deriveId('employee', context.commandId);
    const command = registerCommand(input, employeeId, context.occurredAt);
    const claims = [identifierClaim(input.identifier, identifierTypeOf(input.employmentType))];
    const result = await this.executor.execute(employeeDecider, employeeStreamId(employeeId), command, context, {
      claims,
      authorize: async (_state, actor) => {
        assertManagesEmployeesOf(actor, instansiIdOf(input.unitId));
        await this.placements.assert(input.unitId, input.positionId);
      },
    });
    return { ...result, employeeId };
  }
}

export function registerCommand(input: RegisterEmployeeFields, employeeId: string, registeredAt: string): RegisterEmployee {
  const { employmentType, identifier, name, birthDate, sex, tmt, golongan, golonganTmt, education, unitId, positionId, positionTmt, contacts, maxAgeAtAppointment } = input;
  return {
    type: 'RegisterEmployee',
    employeeId,
    employmentType,
    identifier,
    name,
    birthDate,
    sex,
    tmt,
    golongan: golongan as RegisterEmployee['golongan'],
    golonganTmt,
    education,
    unitId,
    positionId,
    ...(positionTmt ? { positionTmt } : {}),
    contacts: contacts ? { email: contacts.email, phone: contacts.phone } : undefined,
    maxAgeAtAppointment: maxAgeAtAppointment ?? undefined,
    registeredAt,
  };
}

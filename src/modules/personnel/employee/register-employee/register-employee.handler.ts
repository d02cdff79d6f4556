import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '../../../../kernel/command-handling';
import { deriveId } from '../../../../kernel/ids';
import { instansiIdOf } from '../../organisation';
import { assertManagesEmployeesOf } from '../access/employee-access';
import {
  ClaimIdentifier,
  employeeDecider,
  employeeStreamId,
  identifierStreamId,
  identifierTypeOf,
  nipRegistryDecider,
  RegisterEmployee,
} from '../domain';
import { claimContext } from '../shared/identifier-claim';
import { PlacementCheck } from '../shared/placement-check';
import { RegisterEmployeeCommand, RegisterEmployeeResult } from './register-employee.command';
import { RegisterEmployeeInput } from './register-employee.input';

/**
 * Registration touches two streams: the identifier's (uniqueness of the NIP / NI PPPK, claimed for
 * good) and the employee's. Everything that can refuse is checked before the claim — placement in
 * the tree, then a dry run of the decider on the stream as it is (identifier rules, a record already
 * there) — so a refused registration never holds a NIP hostage. A repeat of the command is answered
 * by both streams as a duplicate.
 */
@CommandHandler(RegisterEmployeeCommand)
export class RegisterEmployeeHandler implements ICommandHandler<RegisterEmployeeCommand, RegisterEmployeeResult> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly placements: PlacementCheck,
  ) {}

  async execute({ input, context }: RegisterEmployeeCommand): Promise<RegisterEmployeeResult> {
    const employeeId = input.employeeId ?? deriveId('employee', context.commandId);
    assertManagesEmployeesOf(context.actor, instansiIdOf(input.unitId));
    const command = registerCommand(input, employeeId, context.occurredAt);
    const stream = employeeStreamId(employeeId);
    const { state, events } = await this.executor.load(employeeDecider, stream);
    if (!events.some((e) => e.commandId === context.commandId)) {
      await this.placements.assert(input.unitId, input.positionId);
      employeeDecider.decide(command, state);
    }
    const claim: ClaimIdentifier = { type: 'ClaimIdentifier', identifierType: identifierTypeOf(input.employmentType), identifier: input.identifier, employeeId };
    await this.executor.execute(nipRegistryDecider, identifierStreamId(input.identifier), claim, claimContext(context));
    const result = await this.executor.execute(employeeDecider, stream, command, context);
    return { ...result, employeeId };
  }
}

function registerCommand(input: RegisterEmployeeInput, employeeId: string, registeredAt: string): RegisterEmployee {
  const { employmentType, identifier, name, birthDate, sex, tmt, golongan, golonganTmt, education, unitId, positionId, contacts, maxAgeAtAppointment } = input;
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
    contacts: contacts ? { email: contacts.email, phone: contacts.phone } : undefined,
    maxAgeAtAppointment: maxAgeAtAppointment ?? undefined,
    registeredAt,
  };
}

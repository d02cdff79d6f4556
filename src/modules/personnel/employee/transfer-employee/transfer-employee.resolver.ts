import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { Employee } from '../read-models/employees/employee.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { EMPLOYEE_NODE } from '../shared/employee-node';
import { TransferEmployeeCommand } from './transfer-employee.command';
import { TransferEmployeeInput } from './transfer-employee.input';

const TransferEmployeePayload = MutationPayload('TransferEmployeePayload', 'employee', Employee);

@Resolver()
export class TransferEmployeeResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => TransferEmployeePayload, { description: 'Moves the employee to another unit and/or position (mutasi); the target must be an active position of an active unit. ADMIN_BKD of both instansi.' })
  @Roles(Role.ADMIN_BKD)
  async transferEmployee(@Args('input') input: TransferEmployeeInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new TransferEmployeeCommand(input, context), EMPLOYEE_NODE, input.employeeId);
  }
}

import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ReadModels } from '../../../../infrastructure/projections/read-models';
import { CommandResult } from '../../../../kernel/command-handling';
import { Actor } from '../../../../kernel/events';
import { EmployeeQuery } from '../read-models/employees/employee.query';
import { EMPLOYEES, Employee } from '../read-models/employees/employee.schema';
import { POSITION_HOLDERS } from '../read-models/position-holders/position-holder.schema';

/**
 * Read-your-writes for the employee mutations: wait (bounded) until both read models have applied the
 * mutation's position, then answer `{ position, duplicate, employee }` with the record as the actor sees it.
 */
@Injectable()
export class EmployeePayloads {
  constructor(
    private readonly readModels: ReadModels,
    private readonly queries: QueryBus,
  ) {}

  async employee(result: CommandResult, employeeId: string, actor: Actor): Promise<{ position: number; duplicate: boolean; employee: Employee | null }> {
    await this.readModels.waitFor(result.position, EMPLOYEES, POSITION_HOLDERS);
    const employee = await this.queries.execute(new EmployeeQuery(employeeId, actor));
    return { position: result.position, duplicate: result.duplicate, employee };
  }
}

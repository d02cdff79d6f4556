import { nodeView } from '@infrastructure/graphql/mutations';
import { EmployeeQuery } from '../read-models/employees/employee.query';
import { Employee } from '../read-models/employees/employee.schema';
import { employeesProjection } from '../read-models/employees/employees.projection';
import { positionHoldersProjection } from '../read-models/position-holders/position-holders.projection';

/**
 * What the employee mutations answer with (read-your-writes, infrastructure/graphql/mutations.ts): the
 * record as the actor sees it, once both read models have applied the write.
 */
export const EMPLOYEE_NODE = nodeView<Employee>('employee', [employeesProjection.name, positionHoldersProjection.name], (employeeId, actor) => new EmployeeQuery(employeeId, actor));

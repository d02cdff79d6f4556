import { InputType } from '@nestjs/graphql';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { EmployeeIdField } from './employee.input-fields';

/** Every command on an existing record names it. */
@InputType({ isAbstract: true })
export abstract class EmployeeCommandInput extends CommandInput {
  @EmployeeIdField()
  employeeId: string;
}

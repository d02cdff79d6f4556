import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEntityId } from '@modules/shared/input-rules';
import { EmployeeCommandInput } from '../shared/employee-command-input';
import { LegalDateField } from '../shared/employee.input-fields';

@InputType({ description: 'Ends a Plt/Plh term; `reason` is required.' })
export class EndActingAssignmentInput extends EmployeeCommandInput {
  @Field(() => ID) @IsEntityId() assignmentId: string;
  @LegalDateField('Last day served, inclusive, within the term') endedOn: string;
}

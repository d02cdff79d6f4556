import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEntityId } from '@modules/shared/input-rules';
import { EmployeeCommandInput } from '../shared/employee-command-input';
import { LegalDateField } from '../shared/employee.input-fields';

@InputType({ description: 'Rejects the pending nomination (e.g. a CLTN in the service record); `reason` is required.' })
export class RejectAwardInput extends EmployeeCommandInput {
  @Field(() => ID) @IsEntityId() nominationId: string;
  @LegalDateField('Date of the decision') decidedOn: string;
}

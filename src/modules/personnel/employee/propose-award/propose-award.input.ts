import { Field, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsLegalDate } from '@infrastructure/graphql/date-rules';
import { EmployeeCommandInput } from '../shared/employee-command-input';
import { OptionalIdField } from '../shared/employee.input-fields';

@InputType({ description: 'Satyalancana Karya Satya: the system checks service years and the hukdis record, and proposes the class earned.' })
export class ProposeAwardInput extends EmployeeCommandInput {
  @OptionalIdField('Optional; derived from the command when absent.') nominationId?: string;

  @Field(() => String, { nullable: true, description: 'Date the service is counted to (YYYY-MM-DD); default today.' })
  @IsOptional()
  @IsLegalDate()
  asOf?: string;
}

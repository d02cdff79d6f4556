import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { IsEntityId } from '@modules/shared/input-rules';
import { EmployeeCommandInput } from '../shared/employee-command-input';
import { LegalDateField, LegalBasisInput } from '../shared/employee.input-fields';

@InputType({ description: 'Confirms the pending nomination; `reason` is required.' })
export class ConfirmAwardInput extends EmployeeCommandInput {
  @Field(() => ID) @IsEntityId() nominationId: string;
  @LegalDateField('Date of the decision') decidedOn: string;

  @Field(() => LegalBasisInput, { nullable: true, description: 'The Keppres/SK conferring the award, when known.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LegalBasisInput)
  legalBasis?: LegalBasisInput | null;
}

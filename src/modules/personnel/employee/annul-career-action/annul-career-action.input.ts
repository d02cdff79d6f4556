import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Length, Min } from 'class-validator';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { EmployeeCommandInput } from '../shared/employee-command-input';
import { LegalBasisField, LegalBasisInput } from '../shared/employee.input-fields';

@InputType({ description: 'Pembatalan of a career action on the SK that annuls it, named by eventId or by revision (one of them). `reason` is required.' })
export class AnnulCareerActionInput extends EmployeeCommandInput {
  @Field(() => ID, { nullable: true, description: 'The eventId (employeeHistory) of the transfer, promotion, hukuman disiplin or retirement to annul.' })
  @IsOptional()
  @IdentifierText()
  @IsString()
  @Length(1, 64)
  eventId?: string;

  @Field(() => Int, { nullable: true, description: 'Or its revision in the record (employeeHistory `revision`).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  revision?: number;

  @LegalBasisField() legalBasis: LegalBasisInput;
}

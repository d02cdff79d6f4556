import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { Education, Sex } from '../domain';
import { ContactsInput } from '../register-employee/register-employee.input';
import { EmployeeCommandInput } from '../shared/employee-command-input';
import { LegalBasisField, LegalBasisInput } from '../shared/employee.input-fields';
import { NameText } from '@infrastructure/graphql/text-rules';
import { IsBirthDate } from '@infrastructure/graphql/date-rules';
import '../shared/employee.enums';

@InputType({ description: 'Corrects personal data on a legal basis; `reason` is required. Only the fields given change; the NIP never does.' })
export class CorrectEmployeeDataInput extends EmployeeCommandInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @NameText()
  @IsString()
  @Length(1, 200)
  name?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) @IsOptional() @IsBirthDate() birthDate?: string;
  @Field(() => Sex, { nullable: true }) @IsOptional() @IsEnum(Sex) sex?: Sex;
  @Field(() => Education, { nullable: true }) @IsOptional() @IsEnum(Education) education?: Education;

  @Field(() => ContactsInput, { nullable: true, description: 'Replaces the contacts as a whole: a field left out is cleared.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactsInput)
  contacts?: ContactsInput;

  @LegalBasisField() legalBasis: LegalBasisInput;
}

import { Field, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { RetirementKind } from '../domain';
import { EmployeeCommandInput } from '../shared/employee-command-input';
import { LegalDateField, LegalBasisField, LegalBasisInput } from '../shared/employee.input-fields';
import '../shared/employee.enums';

@InputType({ description: 'Ends employment when it takes effect; the record stays, with status PENSIUN or BERHENTI.' })
export class RetireEmployeeInput extends EmployeeCommandInput {
  @Field(() => RetirementKind) @IsEnum(RetirementKind) kind: RetirementKind;
  @LegalDateField('Date the ending takes effect') effectiveDate: string;
  @LegalBasisField() legalBasis: LegalBasisInput;
}

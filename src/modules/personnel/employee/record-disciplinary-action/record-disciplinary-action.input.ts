import { Field, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { HukdisType } from '../domain';
import { EmployeeCommandInput } from '../shared/employee-command-input';
import { LegalBasisField, LegalBasisInput, LegalDateField, MultilineTextField, OptionalIdField } from '../shared/employee.input-fields';
import '../shared/employee.enums';

@InputType({ description: 'A hukuman disiplin (PP 94/2021). SEDANG and BERAT ones block KP while active and Satyalancana for good.' })
export class RecordDisciplinaryActionInput extends EmployeeCommandInput {
  @OptionalIdField('Optional; derived from the command when absent.') hukdisId?: string;
  @Field(() => HukdisType) @IsEnum(HukdisType) hukdisType: HukdisType;
  @LegalDateField('Date of the decision (SK)') decidedAt: string;
  @LegalDateField('First day it applies') effectiveFrom: string;
  @LegalBasisField() legalBasis: LegalBasisInput;
  @MultilineTextField('What the punishment is for (kept in the history, not in the record summary).', 2000) description: string;
}

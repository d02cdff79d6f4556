import { Field, ID, InputType } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { POSITION_ID_PATTERN, UNIT_ID_PATTERN } from '@modules/organisation';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { EmployeeCommandInput } from '../shared/employee-command-input';
import { LegalDateField, LegalBasisField, LegalBasisInput } from '../shared/employee.input-fields';

@InputType({ description: 'Mutasi: moves the employee to an active position of an active unit kerja.' })
export class TransferEmployeeInput extends EmployeeCommandInput {
  @Field(() => ID) @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: 'toUnitId harus id unit seperti kota-medan.dinkes' }) toUnitId: string;
  @Field(() => ID) @IdentifierText() @Matches(POSITION_ID_PATTERN, { message: 'toPositionId harus id jabatan seperti kota-medan.dinkes.analis' }) toPositionId: string;
  @LegalDateField('Effective date of the move') effectiveDate: string;
  @LegalBasisField() legalBasis: LegalBasisInput;
}

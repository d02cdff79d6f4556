import { Field, ID, InputType } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { POSITION_ID_PATTERN, UNIT_ID_PATTERN } from '../../organisation';
import { EmployeeCommandInput } from '../shared/employee-command-input';
import { CivilDateField, LegalBasisField, LegalBasisInput } from '../shared/employee.input-fields';

@InputType({ description: 'Mutasi: moves the employee to an active position of an active unit kerja.' })
export class TransferEmployeeInput extends EmployeeCommandInput {
  @Field(() => ID) @Matches(UNIT_ID_PATTERN, { message: 'toUnitId must be a unit id like kota-medan.dinkes' }) toUnitId: string;
  @Field(() => ID) @Matches(POSITION_ID_PATTERN, { message: 'toPositionId must be a position id like kota-medan.dinkes.analis' }) toPositionId: string;
  @CivilDateField('Effective date of the move') effectiveDate: string;
  @LegalBasisField() legalBasis: LegalBasisInput;
}

import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, Matches } from 'class-validator';
import { POSITION_ID_PATTERN, UNIT_ID_PATTERN } from '@modules/organisation';
import { ActingKind } from '../domain';
import { EmployeeCommandInput } from '../shared/employee-command-input';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { LegalBasisField, LegalBasisInput, LegalDateField, OptionalIdField, PlannedDateField } from '../shared/employee.input-fields';
import '../shared/employee.enums';

@InputType({ description: 'Makes the employee Plt (vacant post) or Plh (holder away) of a position, from … until (both days included).' })
export class StartActingAssignmentInput extends EmployeeCommandInput {
  @OptionalIdField('Optional; derived from the command when absent.') assignmentId?: string;
  @Field(() => ActingKind) @IsEnum(ActingKind) kind: ActingKind;
  @Field(() => ID) @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: 'unitId harus id unit seperti kota-medan.dinkes' }) unitId: string;
  @Field(() => ID) @IdentifierText() @Matches(POSITION_ID_PATTERN, { message: 'positionId harus id jabatan seperti kota-medan.dinkes.kadis' }) positionId: string;
  @LegalDateField('First day') from: string;
  @PlannedDateField('Last day, inclusive: the planned end of the term') until: string;
  @LegalBasisField() legalBasis: LegalBasisInput;
}

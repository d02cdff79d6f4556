import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, Matches } from 'class-validator';
import { POSITION_ID_PATTERN, UNIT_ID_PATTERN } from '../../organisation';
import { ActingKind } from '../domain';
import { EmployeeCommandInput } from '../shared/employee-command-input';
import { CivilDateField, LegalBasisField, LegalBasisInput, OptionalIdField } from '../shared/employee.input-fields';
import '../shared/employee.enums';

@InputType({ description: 'Makes the employee Plt (vacant post) or Plh (holder away) of a position, from … until (both days included).' })
export class StartActingAssignmentInput extends EmployeeCommandInput {
  @OptionalIdField('Optional; derived from the command when absent.') assignmentId?: string;
  @Field(() => ActingKind) @IsEnum(ActingKind) kind: ActingKind;
  @Field(() => ID) @Matches(UNIT_ID_PATTERN, { message: 'unitId must be a unit id like kota-medan.dinkes' }) unitId: string;
  @Field(() => ID) @Matches(POSITION_ID_PATTERN, { message: 'positionId must be a position id like kota-medan.dinkes.kadis' }) positionId: string;
  @CivilDateField('First day') from: string;
  @CivilDateField('Last day, inclusive') until: string;
  @LegalBasisField() legalBasis: LegalBasisInput;
}

import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { EmployeeCommandInput } from '../shared/employee-command-input';
import { LegalDateField, LegalBasisField, LegalBasisInput } from '../shared/employee.input-fields';

@InputType({
  description:
    'A PPPK contracted with a different instansi gets the new NI PPPK BKN issued; `reason` is required. Only the identifier changes: the placement in the new instansi is a separate transferEmployee.',
})
export class ReassignIdentifierInput extends EmployeeCommandInput {
  @Field({ description: 'The new NI PPPK: 18 digits without spaces. Its rules are checked by the domain, which names every problem.' })
  @IdentifierText()
  @IsString()
  @Length(1, 32)
  newIdentifier: string;

  @LegalDateField('Start of the new contract (perjanjian kerja)') contractStart: string;
  @LegalBasisField() legalBasis: LegalBasisInput;
}

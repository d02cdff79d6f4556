import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { EmployeeCommandInput } from '../shared/employee-command-input';
import { LegalBasisField, LegalBasisInput } from '../shared/employee.input-fields';

@InputType({ description: 'SK ralat of a PNS NIP. `reason` is required. The wrong NIP stays claimed by this employee for good.' })
export class CorrectNipInput extends EmployeeCommandInput {
  @Field({ description: 'The NIP BKN issued: 18 digits without spaces. Its rules are checked by the domain, which names every problem.' })
  @IdentifierText()
  @IsString()
  @Length(1, 32)
  nip: string;

  @LegalBasisField() legalBasis: LegalBasisInput;
}

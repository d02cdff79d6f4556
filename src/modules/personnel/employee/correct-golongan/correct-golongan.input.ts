import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';
import { IsLegalDate } from '@infrastructure/graphql/date-rules';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { GOLONGAN_ORDER, GOLONGAN_PPPK_ORDER } from '../domain';
import { EmployeeCommandInput } from '../shared/employee-command-input';
import { LegalBasisField, LegalBasisInput } from '../shared/employee.input-fields';

@InputType({ description: 'SK ralat of the golongan and/or its TMT; a field left out stays as recorded. `reason` is required.' })
export class CorrectGolonganInput extends EmployeeCommandInput {
  @Field({ nullable: true, description: 'The golongan the SK names: I_A … IV_E (PNS) or I … XVII (PPPK), of the employee’s own scale.' })
  @IsOptional()
  @IdentifierText()
  @IsIn([...GOLONGAN_ORDER, ...GOLONGAN_PPPK_ORDER], { message: 'golongan harus salah satu dari I_A … IV_E (PNS) atau I … XVII (PPPK)' })
  golongan?: string;

  @Field({ nullable: true, description: 'TMT of that golongan (YYYY-MM-DD).' }) @IsOptional() @IsLegalDate() golonganTmt?: string;
  @LegalBasisField() legalBasis: LegalBasisInput;
}

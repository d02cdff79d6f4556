import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { IsLegalDate } from '@infrastructure/graphql/date-rules';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { EmploymentType, GOLONGAN_ORDER, GOLONGAN_PPPK_ORDER } from '../domain';
import { EmployeeCommandInput } from '../shared/employee-command-input';
import { LegalBasisField, LegalBasisInput } from '../shared/employee.input-fields';
import '../shared/employee.enums';

@InputType({
  description:
    'SK ralat of the employment type. PNS and PPPK carry different identifiers and golongan scales, so the identifier and golongan of the new type come with it. `reason` is required.',
})
export class CorrectEmploymentTypeInput extends EmployeeCommandInput {
  @Field(() => EmploymentType) @IsEnum(EmploymentType) employmentType: EmploymentType;

  @Field({ description: 'NIP (to PNS) or NI PPPK (to PPPK): 18 digits without spaces, checked by the rules of the new type.' })
  @IdentifierText()
  @IsString()
  @Length(1, 32)
  identifier: string;

  @Field({ description: 'Golongan of the new type’s scale: I_A … IV_E (PNS) or I … XVII (PPPK).' })
  @IdentifierText()
  @IsIn([...GOLONGAN_ORDER, ...GOLONGAN_PPPK_ORDER], { message: 'golongan harus salah satu dari I_A … IV_E (PNS) atau I … XVII (PPPK)' })
  golongan: string;

  @Field({ nullable: true, description: 'TMT of that golongan (YYYY-MM-DD); default the recorded golongan TMT.' }) @IsOptional() @IsLegalDate() golonganTmt?: string;
  @LegalBasisField() legalBasis: LegalBasisInput;
}

import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEmail, IsEnum, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { POSITION_ID_PATTERN, UNIT_ID_PATTERN } from '@modules/organisation';
import { Education, EmploymentType, GOLONGAN_ORDER, GOLONGAN_PPPK_ORDER, Sex } from '../domain';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { IsLegalDate } from '@infrastructure/graphql/date-rules';
import { BirthDateField, LegalDateField, OptionalIdField, TextField } from '../shared/employee.input-fields';
import '../shared/employee.enums';

@InputType({ description: 'Contact details (personal data); a field left out is stored as none.' })
export class ContactsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IdentifierText() @IsEmail({}, { message: 'email harus alamat e-mail yang sah' }) email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IdentifierText()
  @Matches(/^\+?[0-9][0-9 -]{5,19}$/, { message: 'phone harus 6–20 angka, spasi atau tanda hubung, boleh diawali +' })
  phone?: string | null;
}

/**
 * The registerEmployee mutation's input: the bus command's plain RegisterEmployeeFields
 * (register-employee.command.ts) plus the fields every mutation carries.
 */
@InputType({ description: 'Registers a PNS (with NIP) or PPPK (with NI PPPK) in the personnel record. ADMIN_BKD of the instansi.' })
export class RegisterEmployeeInput extends CommandInput {
  @OptionalIdField('Optional; derived from the command when absent, so a repeated idempotencyKey targets the same record.')
  employeeId?: string;

  @Field(() => EmploymentType) @IsEnum(EmploymentType) employmentType: EmploymentType;

  @Field({ description: 'NIP (PNS) or NI PPPK (PPPK): 18 digits without spaces. Its rules are checked by the domain, which names every problem.' })
  @IdentifierText()
  @IsString()
  @Length(1, 32)
  identifier: string;

  @TextField('Full name as on the SK.', 200)
  name: string;

  @BirthDateField('Birth date') birthDate: string;
  @Field(() => Sex) @IsEnum(Sex) sex: Sex;
  @LegalDateField('Employment start: TMT CPNS for PNS, first appointment for PPPK') tmt: string;

  @Field({ description: 'PNS: I_A … IV_E; PPPK: I … XVII.' })
  @IdentifierText()
  @IsIn([...GOLONGAN_ORDER, ...GOLONGAN_PPPK_ORDER], { message: 'golongan harus salah satu dari I_A … IV_E (PNS) atau I … XVII (PPPK)' })
  golongan: string;

  @LegalDateField('TMT of the golongan') golonganTmt: string;
  @Field(() => Education) @IsEnum(Education) education: Education;

  @Field(() => ID, { description: 'Unit kerja, e.g. kota-medan.dinkes.' })
  @IdentifierText()
  @Matches(UNIT_ID_PATTERN, { message: 'unitId harus id unit seperti kota-medan.dinkes' })
  unitId: string;

  @Field(() => ID, { description: 'Jabatan in that unit, e.g. kota-medan.dinkes.analis.' })
  @IdentifierText()
  @Matches(POSITION_ID_PATTERN, { message: 'positionId harus id jabatan seperti kota-medan.dinkes.analis' })
  positionId: string;

  @Field(() => String, { nullable: true, description: 'TMT jabatan (YYYY-MM-DD): since when the employee holds the post, e.g. for staff taken over from an earlier system; absent = from the registration day. Not before tmt, not after today.' })
  @IsOptional()
  @IsLegalDate()
  positionTmt?: string | null;

  @Field(() => ContactsInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ContactsInput) contacts?: ContactsInput | null;

  @Field(() => Int, { nullable: true, description: '[M] Age limit for the TMT CPNS encoded in a NIP (default 35); legacy conversions used higher ones.' })
  @IsOptional()
  @IsInt()
  @Min(18)
  @Max(60)
  maxAgeAtAppointment?: number | null;
}

import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsIn, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Golongan, GOLONGAN_ORDER, NO_PNS_SUPERIOR, Predikat } from '../domain';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { EmployeeCommandInput } from '../shared/employee-command-input';
import { LegalBasisField, LegalBasisInput, LegalDateField } from '../shared/employee.input-fields';
import '../shared/employee.enums';

@InputType({ description: 'The predikat kinerja of one SKP year before the system, as recorded by a person, with the document that proves it. Years the performance module holds come from its closed annual evaluations.' })
export class YearPredikatInput {
  @Field(() => Int) @IsInt() @Min(1990) @Max(2100) year: number;
  @Field(() => Predikat) @IsEnum(Predikat) predikat: Predikat;
  @Field(() => LegalBasisInput, { nullable: true, description: 'The SKP document of that year (number and date); required.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LegalBasisInput)
  legalBasis?: LegalBasisInput | null;
}

@InputType({ description: 'Jabatan fungsional facts: a JF holder needs 2 years in the pangkat and the angka kredit.' })
export class JfInput {
  @Field() @IsBoolean() isJf: boolean;
  @Field() @IsBoolean() angkaKreditMet: boolean;
}

@InputType({ description: 'KP Reguler (kenaikan pangkat): one golongan up, on the 1st of a KP period month.' })
export class PromoteEmployeeInput extends EmployeeCommandInput {
  @Field(() => Golongan) @IsEnum(Golongan) toGolongan: Golongan;
  @LegalDateField('TMT of the promotion, the 1st of a month') tmt: string;

  @Field(() => [YearPredikatInput], {
    description: 'Recorded predikat for years before the system (before the first SKP year the performance module published for the instansi), each with its legal basis. The two years before the TMT year must both be BAIK or better; years the system holds are taken from closed annual evaluations.',
  })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => YearPredikatInput)
  predikat: YearPredikatInput[];

  @Field(() => String, {
    nullable: true,
    description: `Golongan (I_A … IV_E) of the direct superior, or ${NO_PNS_SUPERIOR}. Default: the resolved pejabat penilai's golongan today.`,
  })
  @IsOptional()
  @IdentifierText()
  @IsIn([...GOLONGAN_ORDER, NO_PNS_SUPERIOR], { message: `superiorGolongan harus salah satu dari I_A … IV_E atau ${NO_PNS_SUPERIOR}` })
  superiorGolongan?: string | null;

  @Field(() => JfInput, { nullable: true, description: 'Default: not a JF position.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => JfInput)
  jf?: JfInput | null;

  @LegalBasisField() legalBasis: LegalBasisInput;
}

import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { IdentifierText, MultilineText } from '@infrastructure/graphql/text-rules';
import { EMPLOYEE_ID_PATTERN } from '@kernel/grant-scope';
import { Aspek, BerAkhlak, Pendekatan, RhkKategori } from '../skp/skp.vocabulary';
import '../graphql/performance.enums';

const RHK_CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;
import { SKP_ID_PATTERN as SKP_ID } from '../skp/segments';

@InputType()
export class IndikatorInput {
  @Field(() => Aspek) @IsEnum(Aspek) aspek: Aspek;
  @Field({ description: 'Indikator Kinerja Individu.' }) @MultilineText() @IsString() @Length(1, 500) iki: string;
  @Field() @MultilineText() @IsString() @Length(1, 200) target: string;
}

@InputType()
export class IntervensiInput {
  @Field(() => ID, { description: "The pejabat penilai's SKP (`<employeeId>.<year>`)." }) @IdentifierText() @Matches(SKP_ID, { message: '$property must be an SKP id' }) skpId: string;
  @Field(() => ID) @IdentifierText() @Matches(RHK_CODE, { message: '$property must be an RHK code' }) rhkId: string;
}

@InputType()
export class RhkInput {
  @Field(() => ID, { description: 'Code of the RHK within the SKP (1–32 of A–Z, 0–9, _ . -).' }) @IdentifierText() @Matches(RHK_CODE, { message: '$property must be 1–32 letters, digits, _ . or -' }) rhkId: string;
  @Field(() => RhkKategori) @IsEnum(RhkKategori) kategori: RhkKategori;
  @Field() @MultilineText() @IsString() @Length(1, 1000) rencanaKinerja: string;
  @Field(() => Pendekatan) @IsEnum(Pendekatan) pendekatan: Pendekatan;
  @Field(() => [IndikatorInput]) @IsArray() @ArrayMaxSize(4) @ValidateNested({ each: true }) @Type(() => IndikatorInput) indikator: IndikatorInput[];
  @Field(() => [IntervensiInput], { description: "The pejabat penilai's RHK this one intervenes in; required for every UTAMA RHK except a JPT's." })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => IntervensiInput)
  intervensi: IntervensiInput[];
  @Field(() => [ID], { nullable: true, description: "A JPT's links to targets of the unit's plan for the year (setUnitTargets)." })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IdentifierText()
  @Matches(RHK_CODE, { each: true, message: '$property must hold target codes' })
  unitTargetIds?: string[] | null;
}

@InputType()
export class PerilakuInput {
  @Field(() => BerAkhlak) @IsEnum(BerAkhlak) nilai: BerAkhlak;
  @Field(() => String, { nullable: true }) @IsOptional() @MultilineText() @IsString() @Length(1, 1000) ekspektasiKhusus?: string | null;
}

@InputType()
export class LampiranInput {
  @Field(() => [String]) @IsArray() @ArrayMaxSize(20) @MultilineText() @IsString({ each: true }) @Length(1, 500, { each: true }) dukunganSumberDaya: string[];
  @Field(() => [String]) @IsArray() @ArrayMaxSize(20) @MultilineText() @IsString({ each: true }) @Length(1, 500, { each: true }) skemaPertanggungjawaban: string[];
  @Field(() => [String]) @IsArray() @ArrayMaxSize(20) @MultilineText() @IsString({ each: true }) @Length(1, 500, { each: true }) konsekuensi: string[];
}

@InputType()
export class DraftSkpInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(EMPLOYEE_ID_PATTERN, { message: '$property must be an employee id' }) employeeId: string;
  @Field(() => Int) @IsInt() @Min(2022) @Max(2100) year: number;
  @Field(() => [RhkInput]) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => RhkInput) rhk: RhkInput[];
  @Field(() => [PerilakuInput], { nullable: true, description: 'The seven BerAKHLAK values with optional ekspektasi khusus; omitted: all seven without.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(7)
  @ValidateNested({ each: true })
  @Type(() => PerilakuInput)
  perilaku?: PerilakuInput[] | null;
  @Field(() => LampiranInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => LampiranInput) lampiran?: LampiranInput | null;
}

@InputType()
export class SkpRefInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(SKP_ID, { message: '$property must be an SKP id' }) skpId: string;
}

@InputType()
export class ReturnSkpInput extends SkpRefInput {
  @Field({ description: 'What to revise.' }) @MultilineText() @IsString() @Length(1, 2000) notes: string;
}

@InputType({ description: '`reason` is required: why the tree\'s pejabat penilai does not apply.' })
export class OverrideSkpAppraiserInput extends SkpRefInput {
  @Field(() => ID, { description: 'The employee who appraises instead of the one the tree gives.' }) @IdentifierText() @Matches(EMPLOYEE_ID_PATTERN, { message: '$property must be an employee id' }) pejabatPenilaiEmployeeId: string;
}

import { LegalBasisField, LegalBasisInput } from '@modules/shared/legal-basis.input';
import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { CommandInput } from '@infrastructure/graphql/command-input';

import { IdentifierText, MultilineText, NameText } from '@infrastructure/graphql/text-rules';
import { EMPLOYEE_ID_PATTERN, INSTANSI_ID_PATTERN, UNIT_ID_PATTERN } from '@kernel/grant-scope';
import { CompetencyGroup, LatihanStruktural, TrainingForm, TrainingRoute } from '../catalogue/program.vocabulary';
import { GapKind } from '../budget/envelope.events';
import '../read-models/training.enums';

const CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{1,47}$/;

@InputType()
export class TargetCompetencyInput {
  @Field(() => CompetencyGroup) @IsEnum(CompetencyGroup) group: CompetencyGroup;
  @Field() @NameText() @IsString() @Length(2, 120) name: string;
  @Field(() => Int, { description: 'Level 1–5 (PermenPANRB 38/2017).' }) @IsInt() level: number;
}

@InputType()
export class PublishProgramInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(INSTANSI_ID_PATTERN, { message: '$property must be an instansi slug like kota-medan' }) instansiId: string;
  @Field({ description: 'Program code; the id is `<instansiId>.<code lower-case>`.' }) @IdentifierText() @Matches(CODE, { message: '$property must be 2–48 characters of A–Z, 0–9, _ or -' }) code: string;
  @Field() @NameText() @IsString() @Length(3, 200) title: string;
  @Field(() => TrainingRoute) @IsEnum(TrainingRoute) route: TrainingRoute;
  @Field(() => TrainingForm) @IsEnum(TrainingForm) form: TrainingForm;
  @Field(() => [TargetCompetencyInput]) @ValidateNested({ each: true }) @Type(() => TargetCompetencyInput) @ArrayMaxSize(20) competencies: TargetCompetencyInput[];
  @Field(() => Int) @IsInt() jp: number;
  @Field(() => Float, { description: 'Whole rupiah per participant.' }) @IsInt() costPerParticipant: number;
  @Field() @NameText() @IsString() @Length(2, 200) provider: string;
  @Field(() => LatihanStruktural, { nullable: true, description: 'Structural training (Latsar CPNS, PKP, PKA, PKN): SIASN keeps it as a diklat record; other programs are kursus records.' })
  @IsOptional()
  @IsEnum(LatihanStruktural)
  latihanStruktural?: LatihanStruktural | null;
}

@InputType()
export class SetBudgetEnvelopeInput extends CommandInput {
  @Field(() => ID, { description: 'The OPD (a top-level unit kerja).' }) @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: '$property must be a unit id like kota-binjai.bkpsdm' }) unitId: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => Float, { description: 'Whole rupiah from the budget document.' }) @IsInt() amount: number;
  @Field(() => Float, { nullable: true, description: 'Optional per-employee annual cap, whole rupiah.' }) @IsOptional() @IsInt() perEmployeeCap?: number | null;
  @LegalBasisField() legalBasis: LegalBasisInput;
}

@InputType()
export class TrainingGapInput {
  @Field(() => GapKind) @IsEnum(GapKind) kind: GapKind;
  @Field({ description: 'The competency name (COMPETENCY) or the performance gap id (PERFORMANCE).' }) @IdentifierText() @IsString() @Length(1, 200) reference: string;
  @Field() @MultilineText() @IsString() @Length(1, 1000) description: string;
}

@InputType()
export class PlanTrainingInput extends CommandInput {
  @Field(() => ID, { description: "The OPD whose envelope reserves the program's cost." }) @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: '$property must be a unit id' }) unitId: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => ID) @IdentifierText() @Matches(EMPLOYEE_ID_PATTERN, { message: '$property must be an employee id' }) employeeId: string;
  @Field(() => ID) @IdentifierText() @IsString() @Length(3, 120) programId: string;
  @Field(() => TrainingGapInput) @ValidateNested() @Type(() => TrainingGapInput) gap: TrainingGapInput;
}

@InputType()
export class CommitTrainingBudgetInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: '$property must be a unit id' }) unitId: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => ID) @IdentifierText() @Matches(EMPLOYEE_ID_PATTERN, { message: '$property must be an employee id' }) employeeId: string;
  @Field(() => ID, { nullable: true, description: 'The plan item whose reservation this converts; without one, `reason` is required.' }) @IsOptional() @IdentifierText() @IsString() planItemId?: string | null;
  @Field(() => Float, { description: 'Whole rupiah.' }) @IsInt() amount: number;
}

@InputType()
export class RealiseTrainingBudgetInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: '$property must be a unit id' }) unitId: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => ID) @IdentifierText() @IsString() @Length(1, 120) commitmentId: string;
  @Field(() => Float) @IsInt() amount: number;
}

@InputType()
export class ReallocateTrainingBudgetInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: '$property must be a unit id' }) fromUnitId: string;
  @Field(() => ID) @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: '$property must be a unit id' }) toUnitId: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => Float) @IsInt() amount: number;
  @LegalBasisField() legalBasis: LegalBasisInput;
}

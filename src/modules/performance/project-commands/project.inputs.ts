import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { IsLegalDate, IsPlannedDate } from '@infrastructure/graphql/date-rules';
import { IdentifierText, MultilineText, NameText } from '@infrastructure/graphql/text-rules';
import { EMPLOYEE_ID_PATTERN, UNIT_ID_PATTERN } from '@kernel/grant-scope';
import { Rating } from '../predikat/rating';
import { BuktiDukung } from '../graphql/bukti-dukung';
import '../graphql/performance.enums';

const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;
const EMPLOYEE_ID = EMPLOYEE_ID_PATTERN;
/** A project id: the client's code, or the UUID derived when it gave none. */
const PROJECT_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

@InputType()
export class FormProjectInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'A code for the project (letters, digits, _ . -); default: derived from the request.' })
  @IsOptional()
  @IdentifierText()
  @Matches(PROJECT_ID, { message: '$property must be 1–64 letters, digits, _ . or -' })
  projectId?: string | null;
  @Field(() => ID, { description: 'The unit that owns the project.' }) @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: '$property must be a unit id' }) unitId: string;
  @Field() @NameText() @IsString() @Length(1, 200) name: string;
  @Field() @MultilineText() @IsString() @Length(1, 2000) description: string;
  @Field(() => Int, { description: 'The SKP year the project work is appraised in.' }) @IsInt() @Min(2022) @Max(2100) year: number;
  @Field(() => ID, { description: 'Ketua tim: an active employee of the instansi.' }) @IdentifierText() @Matches(EMPLOYEE_ID, { message: '$property must be an employee id' }) leadEmployeeId: string;
}

@InputType()
export class AddProjectMemberInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(PROJECT_ID, { message: '$property must be a project id' }) projectId: string;
  @Field(() => ID, { description: 'An active employee of the instansi, of any unit.' }) @IdentifierText() @Matches(EMPLOYEE_ID, { message: '$property must be an employee id' }) employeeId: string;
  @Field(() => ID, { description: 'The RHK of the member’s own approved SKP of the project year that the project work serves.' }) @IdentifierText() @Matches(CODE, { message: '$property must be an RHK code' }) rhkId: string;
  @Field({ description: 'The member’s part in the project.' }) @NameText() @IsString() @Length(1, 200) peran: string;
}

@InputType()
export class ProjectMilestoneInput {
  @Field(() => ID) @IdentifierText() @Matches(CODE, { message: '$property must be 1–32 letters, digits, _ . or -' }) milestoneId: string;
  @Field() @NameText() @IsString() @Length(1, 300) title: string;
  @Field({ description: 'Planned date (YYYY-MM-DD), within the project year.' }) @IsPlannedDate() dueDate: string;
}

@InputType()
export class DefineProjectOutputInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(PROJECT_ID, { message: '$property must be a project id' }) projectId: string;
  @Field(() => ID) @IdentifierText() @Matches(CODE, { message: '$property must be 1–32 letters, digits, _ . or -' }) outputId: string;
  @Field() @NameText() @IsString() @Length(1, 300) title: string;
  @Field() @MultilineText() @IsString() @Length(1, 500) target: string;
  @Field(() => [ProjectMilestoneInput]) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => ProjectMilestoneInput) milestones: ProjectMilestoneInput[];
}

@InputType()
export class ReportProjectMilestoneInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(PROJECT_ID, { message: '$property must be a project id' }) projectId: string;
  @Field(() => ID) @IdentifierText() @Matches(CODE, { message: '$property must be an output code' }) outputId: string;
  @Field(() => ID) @IdentifierText() @Matches(CODE, { message: '$property must be a milestone code' }) milestoneId: string;
  @Field({ description: 'The day it was reached, within the project year and not in the future.' }) @IsLegalDate() reachedOn: string;
  @Field() @MultilineText() @IsString() @Length(1, 2000) note: string;
  @BuktiDukung(20)
  evidence?: string[] | null;
}

@InputType()
export class RateProjectMemberInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(PROJECT_ID, { message: '$property must be a project id' }) projectId: string;
  @Field(() => ID) @IdentifierText() @Matches(EMPLOYEE_ID, { message: '$property must be an employee id' }) employeeId: string;
  @Field({ description: '`2026` (tahunan), `2026-Q1`…`Q4`, `2026-S1`/`S2` or `2026-01`…`12`, of the project year.' }) @IdentifierText() @IsString() @Length(4, 7) period: string;
  @Field(() => Rating, { description: 'The lead’s rating of the member’s project work against expectation.' }) @IsEnum(Rating) rating: Rating;
  @Field({ description: 'The lead’s feedback (required with the rating).' }) @MultilineText() @IsString() @Length(1, 2000) feedback: string;
}

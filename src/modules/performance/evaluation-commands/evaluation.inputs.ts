import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { IdentifierText, MultilineText } from '@infrastructure/graphql/text-rules';
import { UNIT_ID_PATTERN } from '@kernel/grant-scope';
import { OrganisationPredikat, Rating } from '../predikat/rating';
import '../graphql/performance.enums';

import { SKP_ID_PATTERN as SKP_ID } from '../skp/segments';
const RHK_CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;
const PERIOD = /^\d{4}(-(Q[1-4]|S[12]|0[1-9]|1[0-2]))?$/;

@InputType()
export class RhkRatingInput {
  @Field(() => ID) @IdentifierText() @Matches(RHK_CODE, { message: '$property must be an RHK code' }) rhkId: string;
  @Field(() => Rating) @IsEnum(Rating) rating: Rating;
  @Field(() => String, { nullable: true }) @IsOptional() @MultilineText() @IsString() @Length(1, 1000) note?: string | null;
}

@InputType({ description: 'A rating hasil kerja other than the aggregate, with the reason (recorded).' })
export class HasilKerjaOverrideInput {
  @Field(() => Rating) @IsEnum(Rating) rating: Rating;
  @Field() @MultilineText() @IsString() @Length(1, 1000) reason: string;
}

@InputType({ isAbstract: true })
abstract class AssessmentInputFields extends CommandInput {
  @Field(() => [RhkRatingInput], { description: 'Every RHK of the SKP, exactly once.' }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => RhkRatingInput) ratings: RhkRatingInput[];
  @Field(() => HasilKerjaOverrideInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => HasilKerjaOverrideInput) hasilKerjaOverride?: HasilKerjaOverrideInput | null;
  @Field(() => Rating) @IsEnum(Rating) ratingPerilaku: Rating;
  @Field(() => String, { nullable: true }) @IsOptional() @MultilineText() @IsString() @Length(1, 2000) perilakuNote?: string | null;
}

@InputType()
export class EvaluatePeriodInput extends AssessmentInputFields {
  @Field(() => ID) @IdentifierText() @Matches(SKP_ID, { message: '$property must be an SKP id' }) skpId: string;
  @Field({ description: '`2026` (tahunan), `2026-Q1`…`Q4` (default periodic), `2026-S1`/`S2` or `2026-01`…`12`.' }) @IdentifierText() @Matches(PERIOD, { message: '$property must be YYYY, YYYY-Qn, YYYY-Sn or YYYY-MM' }) period: string;
}

@InputType({ description: '`reason` is required.' })
export class CorrectEvaluationInput extends AssessmentInputFields {
  @Field(() => ID) @IdentifierText() @IsString() @Length(1, 140) evaluationId: string;
}

@InputType()
export class SetOrganisationPredikatInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: '$property must be a unit id' }) unitId: string;
  @Field() @IdentifierText() @Matches(PERIOD, { message: '$property must be YYYY, YYYY-Qn, YYYY-Sn or YYYY-MM' }) period: string;
  @Field(() => OrganisationPredikat) @IsEnum(OrganisationPredikat) organisationPredikat: OrganisationPredikat;
  @Field(() => Rating, { description: "The unit's result: the rating hasil kerja of its head." }) @IsEnum(Rating) unitResult: Rating;
}

@InputType()
export class SignOffPredikatInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: '$property must be a unit id' }) unitId: string;
  @Field() @IdentifierText() @Matches(PERIOD, { message: '$property must be YYYY, YYYY-Qn, YYYY-Sn or YYYY-MM' }) period: string;
  @Field(() => String, { nullable: true, description: 'Required when the predicates are outside the kurva: the documented justification (audited).' })
  @IsOptional()
  @MultilineText()
  @IsString()
  @Length(1, 2000)
  justification?: string | null;
}

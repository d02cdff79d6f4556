import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { APPLICANT_AGE_LIMITS, ApplicantAgeLimit, EDUCATION_LEVELS, EducationLevel } from '../recruitment.vocabulary';
import { ApplicantAgeLimitEnum, ApplicantEducationLevelEnum } from '../read-models/recruitment.enums';
import { NameText } from '@infrastructure/graphql/text-rules';
import { IsEntityId } from '@modules/shared/input-rules';
import { RoundCommandInput } from '../shared/round-command-input';

@InputType({ description: 'Offers a formasi (vacancy: unit, position, quota, education requirement) in a round.' })
export class AddFormasiInput extends RoundCommandInput {
  @Field(() => ID, { nullable: true, description: 'Optional; derived from the command when absent.' })
  @IsOptional()
  @IsEntityId()
  formasiId?: string;

  @Field(() => ID)
  @IsEntityId()
  unitId: string;

  @Field(() => ID)
  @IsEntityId()
  positionId: string;

  @Field({ description: 'Jabatan (position title) as announced.' })
  @NameText()
  @IsString()
  @Length(2, 200)
  jabatanName: string;

  @Field(() => Int, { description: 'Vacancies to fill (≥ 1).' })
  @IsInt()
  @Min(1)
  @Max(10000)
  quota: number;

  @Field(() => ApplicantEducationLevelEnum)
  @IsIn(EDUCATION_LEVELS)
  educationLevel: EducationLevel;

  @Field(() => [String], { nullable: true, description: 'Accepted programmes of study; omit for any in the level.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @NameText()
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  educationMajors?: string[];

  @Field(() => ApplicantAgeLimitEnum, { nullable: true, description: 'Batas usia pelamar; default UMUM (18–35).' })
  @IsOptional()
  @IsIn(APPLICANT_AGE_LIMITS)
  ageLimit?: ApplicantAgeLimit;
}

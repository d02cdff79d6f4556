import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { EDUCATION_LEVELS, EducationLevel } from '../recruitment.vocabulary';
import { ApplicantEducationLevelEnum } from '../read-models/recruitment.enums';
import { IsBirthDate } from '@infrastructure/graphql/date-rules';
import { IdentifierText, NameText } from '@infrastructure/graphql/text-rules';
import { IsEntityId } from '@modules/shared/input-rules';
import { RoundCommandInput } from '../shared/round-command-input';

@InputType({ description: 'Registers an applicant for a formasi. The NIK is never stored in clear.' })
export class RegisterApplicantInput extends RoundCommandInput {
  @Field(() => ID, { nullable: true, description: 'Optional; derived from the command when absent.' })
  @IsOptional()
  @IsEntityId()
  applicantId?: string;

  @Field(() => ID)
  @IsEntityId()
  formasiId: string;

  @Field({ description: 'NIK (Nomor Induk Kependudukan): 16 digits. Kept only as a keyed digest and a masked form.' })
  @IdentifierText()
  @Matches(/^\d{16}$/, { message: 'nik harus tepat 16 angka, tanpa spasi' })
  nik: string;

  @Field()
  @NameText()
  @IsString()
  @Length(1, 200)
  name: string;

  @Field({ description: 'YYYY-MM-DD.' })
  @IsBirthDate()
  birthDate: string;

  @Field(() => ApplicantEducationLevelEnum)
  @IsIn(EDUCATION_LEVELS)
  educationLevel: EducationLevel;

  @Field(() => String, { nullable: true, description: 'Programme of study, e.g. Teknik Informatika.' })
  @IsOptional()
  @NameText()
  @IsString()
  @Length(1, 200)
  educationMajor?: string;
}

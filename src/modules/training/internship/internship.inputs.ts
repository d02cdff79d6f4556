import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsEmail, IsInt, IsNumber, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { IsLegalDate, IsPlannedDate } from '@infrastructure/graphql/date-rules';
import { IdentifierText, MultilineText, NameText } from '@infrastructure/graphql/text-rules';
import { EMPLOYEE_ID_PATTERN, INSTANSI_ID_PATTERN, UNIT_ID_PATTERN } from '@kernel/grant-scope';

const CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{1,47}$/;
const INTERNSHIP_ID = /^[a-z0-9][a-z0-9._-]{2,99}$/;
const PARTICIPANT = /^[A-Za-z0-9][A-Za-z0-9_-]{0,47}$/;

@InputType()
export class OpenInternshipInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(INSTANSI_ID_PATTERN, { message: '$property must be an instansi slug' }) instansiId: string;
  @Field({ description: 'Cohort code; the id is `<instansiId>.<code lower-case>`.' }) @IdentifierText() @Matches(CODE, { message: '$property must be 2–48 characters of A–Z, 0–9, _ or -' }) code: string;
  @Field() @NameText() @IsString() @Length(3, 200) title: string;
  @Field(() => ID, { description: "The PKS / MoU with the university it runs under (in force over the whole period)." }) @IdentifierText() @IsString() @Length(3, 200) agreementId: string;
  @Field() @IsPlannedDate() from: string;
  @Field() @IsPlannedDate() until: string;
}

@InputType()
export class AdmitInternInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(INTERNSHIP_ID, { message: '$property must be an internship id' }) internshipId: string;
  @Field(() => ID, { description: 'A code for the intern within the cohort (not a student number).' }) @IdentifierText() @Matches(PARTICIPANT, { message: '$property must be 1–48 characters of A–Z, 0–9, _ or -' }) participantId: string;
  @Field({ description: 'Personal data: stored only encrypted.' }) @NameText() @IsString() @Length(2, 120) name: string;
  @Field(() => String, { nullable: true, description: 'Personal data, for the certificate: stored only encrypted.' }) @IsOptional() @IsEmail() @Length(3, 200) email?: string | null;
  @Field({ description: 'Program studi.' }) @NameText() @IsString() @Length(2, 120) studyProgram: string;
  @Field({ description: 'The day the intern consented to the processing (UU 27/2022).' }) @IsLegalDate() consentGivenOn: string;
  @Field({ description: 'The version of the privacy notice the intern consented to.' }) @IdentifierText() @IsString() @Length(1, 40) consentNoticeVersion: string;
}

@InputType()
export class PlaceInternInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(INTERNSHIP_ID, { message: '$property must be an internship id' }) internshipId: string;
  @Field(() => ID) @IdentifierText() @Matches(PARTICIPANT, { message: '$property must be a participant code' }) participantId: string;
  @Field(() => ID) @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: '$property must be a unit id' }) unitId: string;
  @Field(() => ID, { description: 'The ASN mentor.' }) @IdentifierText() @Matches(EMPLOYEE_ID_PATTERN, { message: '$property must be an employee id' }) mentorEmployeeId: string;
  @Field() @IsPlannedDate() from: string;
  @Field() @IsPlannedDate() until: string;
}

@InputType()
export class RecordInternLogbookInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(INTERNSHIP_ID, { message: '$property must be an internship id' }) internshipId: string;
  @Field(() => ID) @IdentifierText() @Matches(PARTICIPANT, { message: '$property must be a participant code' }) participantId: string;
  @Field() @IsLegalDate() date: string;
  @Field(() => Float) @IsNumber() @Min(0) @Max(24) hours: number;
  @Field() @MultilineText() @IsString() @Length(1, 2000) activity: string;
}

@InputType()
export class AssessInternInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(INTERNSHIP_ID, { message: '$property must be an internship id' }) internshipId: string;
  @Field(() => ID) @IdentifierText() @Matches(PARTICIPANT, { message: '$property must be a participant code' }) participantId: string;
  @Field(() => Int, { description: '0–100.' }) @IsInt() @Min(0) @Max(100) score: number;
  @Field() @MultilineText() @IsString() @Length(1, 2000) notes: string;
  @Field(() => Float, { description: "The mentor's documented mentoring hours (they may count as MENTORING JP)." }) @IsNumber() @Min(0) @Max(500) mentoringHours: number;
}

@InputType()
export class IssueInternCertificateInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(INTERNSHIP_ID, { message: '$property must be an internship id' }) internshipId: string;
  @Field(() => ID) @IdentifierText() @Matches(PARTICIPANT, { message: '$property must be a participant code' }) participantId: string;
  @Field() @IdentifierText() @IsString() @Length(1, 100) certificateNumber: string;
  @Field() @IsLegalDate() issuedOn: string;
}

@InputType()
export class EraseInternPersonalDataInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(INTERNSHIP_ID, { message: '$property must be an internship id' }) internshipId: string;
  @Field(() => ID) @IdentifierText() @Matches(PARTICIPANT, { message: '$property must be a participant code' }) participantId: string;
}

import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsEnum, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { IdentifierText, MultilineText, NameText } from '@infrastructure/graphql/text-rules';
import { EMPLOYEE_ID_PATTERN, UNIT_ID_PATTERN } from '@kernel/grant-scope';
import { ReportKind, ReportPrivacy, VerificationAction } from './report.vocabulary';

@InputType()
export class ReporterInput {
  @Field() @NameText() @IsString() @Length(2, 120) name: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IdentifierText() @IsEmail({}, { message: 'email tidak sah' }) @Length(3, 200) email?: string;
  @Field(() => String, { nullable: true, description: 'Indonesian phone number, e.g. 081234567890.' }) @IsOptional() @IdentifierText() @Matches(/^(\+62|0)8\d{7,12}$/, { message: 'phone harus nomor HP Indonesia, mis. 081234567890' }) phone?: string;
}

@InputType()
export class AttachmentRefInput {
  @Field({ description: 'The `hash` POST /attachments answered (64 lower-case hex digits).' }) @IdentifierText() @Matches(/^[0-9a-f]{64}$/, { message: 'hash harus SHA-256: 64 karakter heksadesimal huruf kecil' }) hash: string;
  @Field() @IdentifierText() @IsString() @Length(3, 100) mediaType: string;
  @Field() @IsInt() @Min(1) @Max(100 * 1024 * 1024) size: number;
  @Field(() => String, { nullable: true }) @IsOptional() @NameText() @IsString() @Length(1, 200) fileName?: string;
}

@InputType()
export class SubmitFeedbackInput extends CommandInput {
  @Field(() => ReportKind) @IsEnum(ReportKind) kind: ReportKind;
  @Field(() => ReportPrivacy, { description: 'WBS must be RAHASIA.' }) @IsEnum(ReportPrivacy) privacy: ReportPrivacy;
  @Field(() => ID, { description: 'The service unit concerned.' }) @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: 'unitId harus id unit kerja' }) unitId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @NameText() @IsString() @Length(2, 200) serviceName?: string;
  @Field(() => ID, { nullable: true, description: 'The ASN concerned (employee id); never shown publicly.' }) @IsOptional() @IdentifierText() @Matches(EMPLOYEE_ID_PATTERN, { message: 'asnId harus id pegawai' }) asnId?: string;
  @Field() @NameText() @IsString() @Length(5, 200) title: string;
  @Field() @MultilineText() @IsString() @Length(20, 100_000) body: string;
  @Field(() => [AttachmentRefInput], { nullable: true, description: 'At most 5 photos or documents, uploaded first (POST /attachments needs a token: officers recording a report attach the evidence).' })
  @IsOptional() @IsArray() @ArrayMaxSize(5) @ValidateNested({ each: true }) @Type(() => AttachmentRefInput)
  attachments?: AttachmentRefInput[];
  @Field(() => ReporterInput, { nullable: true, description: 'Who reports and how to reach them: sealed under a per-reporter key, erasable.' })
  @IsOptional() @ValidateNested() @Type(() => ReporterInput)
  reporter?: ReporterInput;
  @Field(() => String, { nullable: true, description: 'ALTCHA solution (base64) of a `feedbackChallenge`: required from anonymous callers.' })
  @IsOptional() @IsString() @Length(10, 4000)
  proofOfWork?: string;
}

@InputType()
export class ReportIdInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @IsString() @Length(3, 120) reportId: string;
}

@InputType()
export class RaiseReportPrivacyInput extends ReportIdInput {
  @Field(() => ReportPrivacy) @IsEnum(ReportPrivacy) privacy: ReportPrivacy;
}

@InputType()
export class VerifyReportInput extends ReportIdInput {
  @Field(() => VerificationAction) @IsEnum(VerificationAction) action: VerificationAction;
  @Field(() => String, { nullable: true, description: 'Required for A2–A4, from the fixed list of the action.' }) @IsOptional() @IdentifierText() @IsString() @Length(2, 64) reasonCode?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MultilineText() @IsString() @Length(1, 2000) note?: string;
}

@InputType()
export class DisposeReportInput extends ReportIdInput {
  @Field(() => ID, { description: 'The OPD (a top-level unit kerja) of the same instansi.' }) @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: 'toUnitId harus id unit kerja' }) toUnitId: string;
}

@InputType()
export class FollowUpReportInput extends ReportIdInput {
  @Field() @MultilineText() @IsString() @Length(10, 10_000) response: string;
}

@InputType()
export class TrackingIdInput extends CommandInput {
  @Field({ description: 'The tracking id, as typed (case, spaces and dashes do not matter).' }) @IdentifierText() @IsString() @Length(3, 40) trackingId: string;
  @Field(() => String, { nullable: true, description: 'ALTCHA solution: required from anonymous callers.' }) @IsOptional() @IsString() @Length(10, 4000) proofOfWork?: string;
}

@InputType()
export class ReplyToReportInput extends TrackingIdInput {
  @Field() @MultilineText() @IsString() @Length(2, 4000) message: string;
  @Field({ description: 'True: the follow-up did not resolve it; the OPD must follow up again.' }) @IsBoolean() reopen: boolean;
  @Field(() => ReportPrivacy, { nullable: true, description: "The reporter's own choice of privacy (the only way it is lowered)." }) @IsOptional() @IsEnum(ReportPrivacy) privacy?: ReportPrivacy;
}

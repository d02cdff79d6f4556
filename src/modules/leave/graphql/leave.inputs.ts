import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, Length, Matches, Max, Min, registerDecorator, ValidateNested } from 'class-validator';
import { isContentHash } from '@infrastructure/attachments';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { IsCivilDate, IsLegalDate, IsPlannedDate } from '@infrastructure/graphql/date-rules';
import { IdentifierText, MultilineText } from '@infrastructure/graphql/text-rules';
import { EMPLOYEE_ID_PATTERN } from '@kernel/grant-scope';
import { EvidenceKind, LeaveKind, LeaveSubKind, LeaveVerdict } from '../policy/leave.vocabulary';
import '../read-models/leave.enums';

/** The platform's content-hash rule (attachments' `isContentHash`): 64 lowercase hex digits. */
function IsContentHash(): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'isContentHash',
      target: target.constructor,
      propertyName: String(property),
      validator: { validate: (value) => typeof value === 'string' && isContentHash(value), defaultMessage: (args) => `${args!.property} harus hash lampiran (SHA-256, 64 digit heksadesimal kecil)` },
    });
}

const REQUEST_ID = /^[A-Za-z0-9][\w.:-]{0,99}$/;
const employeeIdRule = () => Matches(EMPLOYEE_ID_PATTERN, { message: '$property harus id pegawai' });

@InputType()
export class LeaveEvidenceInput {
  @Field({ description: 'Content hash of the uploaded file, as POST /attachments answers it (lowercase hex SHA-256).' }) @IdentifierText() @IsContentHash() hash: string;
  @Field(() => EvidenceKind) @IsEnum(EvidenceKind) kind: EvidenceKind;
}

@InputType()
export class RequestLeaveInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @employeeIdRule() employeeId: string;
  @Field(() => LeaveKind) @IsEnum(LeaveKind) kind: LeaveKind;
  @Field(() => LeaveSubKind, { nullable: true }) @IsOptional() @IsEnum(LeaveSubKind) subKind?: LeaveSubKind | null;
  @Field({ description: 'First day of leave (YYYY-MM-DD).' }) @IsPlannedDate() startDate: string;
  @Field({ description: 'Last day of leave, included.' }) @IsPlannedDate() endDate: string;
  @Field({ nullable: true, defaultValue: false, description: 'Leave spent abroad (a Plh/Plt may not grant it).' }) @IsOptional() @IsBoolean() abroad?: boolean;
  @Field(() => String, { nullable: true, description: 'Alamat selama menjalankan cuti.' }) @IsOptional() @MultilineText() @IsString() @Length(1, 300) address?: string | null;
  @Field(() => [LeaveEvidenceInput], { nullable: true, description: "Supporting documents (e.g. a doctor's letter), uploaded first." }) @IsOptional() @ValidateNested({ each: true }) @Type(() => LeaveEvidenceInput) @ArrayMaxSize(10) evidence?: LeaveEvidenceInput[];
  @Field(() => Int, { nullable: true, description: 'Cuti melahirkan: which child (1–3).' }) @IsOptional() @IsInt() @Min(1) @Max(20) childOrder?: number | null;
  @Field(() => Int, { nullable: true, description: 'Cuti tahunan to a place hard to reach: the last calendar days up to `endDate` that are travel, not charged (PNS ≤ 12, PPPK ≤ 6).' }) @IsOptional() @IsInt() @Min(0) @Max(31) travelDays?: number | null;
}

@InputType()
export class ConsiderLeaveInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @employeeIdRule() employeeId: string;
  @Field(() => ID) @IdentifierText() @Matches(REQUEST_ID, { message: '$property harus id permintaan cuti' }) requestId: string;
  @Field(() => LeaveVerdict) @IsEnum(LeaveVerdict) verdict: LeaveVerdict;
  @Field(() => String, { nullable: true, description: 'PERUBAHAN: the first day the atasan proposes.' }) @IsOptional() @IsPlannedDate() proposedStart?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsPlannedDate() proposedEnd?: string | null;
}

@InputType()
export class DecideLeaveInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @employeeIdRule() employeeId: string;
  @Field(() => ID) @IdentifierText() @Matches(REQUEST_ID, { message: '$property harus id permintaan cuti' }) requestId: string;
  @Field(() => LeaveVerdict) @IsEnum(LeaveVerdict) verdict: LeaveVerdict;
  @Field(() => String, { nullable: true, description: 'PERUBAHAN: the first day granted.' }) @IsOptional() @IsPlannedDate() changedStart?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsPlannedDate() changedEnd?: string | null;
  @Field(() => String, { nullable: true, description: 'A PPK decision recorded by ADMIN_BKD: the SK number.' }) @IsOptional() @IdentifierText() @IsString() @Length(1, 100) skNumber?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsLegalDate() skDate?: string | null;
}

@InputType()
export class CancelLeaveInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @employeeIdRule() employeeId: string;
  @Field(() => ID) @IdentifierText() @Matches(REQUEST_ID, { message: '$property harus id permintaan cuti' }) requestId: string;
}

@InputType()
export class ReturnFromLeaveInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @employeeIdRule() employeeId: string;
  @Field(() => ID) @IdentifierText() @Matches(REQUEST_ID, { message: '$property harus id permintaan cuti' }) requestId: string;
  @Field({ description: 'The first day back at work.' }) @IsLegalDate() returnDate: string;
}

@InputType()
export class RecordCutiBersamaWorkInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @employeeIdRule() employeeId: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => [String], { description: 'The cuti bersama dates worked by order of the post.' }) @IdentifierText() @Matches(/^\d{4}-\d{2}-\d{2}$/, { each: true, message: 'setiap tanggal harus YYYY-MM-DD' }) @ArrayMinSize(1) @ArrayMaxSize(20) dates: string[];
}

@InputType()
export class PriorLeaveYearInput {
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => Int, { description: 'Cuti tahunan taken that year (working days).' }) @IsInt() @Min(0) @Max(24) taken: number;
  @Field(() => Int, { description: 'Sisa cuti tahunan at the end of that year.' }) @IsInt() @Min(0) @Max(24) remaining: number;
}

@InputType()
export class OpenLeaveRecordInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @employeeIdRule() employeeId: string;
  @Field(() => Int, { description: 'The first year kept here.' }) @IsInt() @Min(2000) @Max(2100) firstYear: number;
  @Field(() => [PriorLeaveYearInput], { description: 'The catatan cuti of the two years before (N-1, N-2) from the paper record.' }) @ValidateNested({ each: true }) @Type(() => PriorLeaveYearInput) @ArrayMaxSize(2) priorYears: PriorLeaveYearInput[];
}

@ArgsType()
export class LeaveBalanceArgs {
  @Field(() => ID) @IdentifierText() @employeeIdRule() employeeId: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
}

@ArgsType()
export class LeaveCalendarArgs {
  @Field(() => ID) @IdentifierText() @IsString() @Length(3, 120) unitId: string;
  @Field() @IsCivilDate() from: string;
  @Field() @IsCivilDate() to: string;
  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1) @Max(100) first: number;
  @Field({ nullable: true }) @IsOptional() @IsString() after?: string;
}

@ArgsType()
export class LeaveStatusChangedArgs {
  @Field(() => Float, { defaultValue: 0, description: 'Deliver changes after this log position (resume from the last one seen).' }) @IsInt() @Min(0) after: number = 0;
  @Field(() => ID, { nullable: true, description: 'Only this employee’s requests.' }) @IsOptional() @IdentifierText() @employeeIdRule() employeeId?: string;
}

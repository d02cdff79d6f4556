import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { IsLegalDate } from '@infrastructure/graphql/date-rules';
import { IdentifierText, MultilineText } from '@infrastructure/graphql/text-rules';
import { BerAkhlak } from '../skp/skp.vocabulary';
import { BuktiDukung } from '../graphql/bukti-dukung';
import '../graphql/performance.enums';

import { SKP_ID_PATTERN as SKP_ID } from '../skp/segments';
const RHK_CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;

@InputType()
export class LogActivityInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(SKP_ID, { message: '$property must be an SKP id' }) skpId: string;
  @Field({ description: 'The day worked (YYYY-MM-DD, WIB), within the SKP year and not in the future.' }) @IsLegalDate() date: string;
  @Field(() => Int, { description: 'Minutes spent (1–1440; at most 24 hours per day in total).' }) @IsInt() @Min(1) @Max(1440) durationMinutes: number;
  @Field(() => ID, { description: 'The RHK of the SKP this work serves.' }) @IdentifierText() @Matches(RHK_CODE, { message: '$property must be an RHK code' }) rhkId: string;
  @Field() @MultilineText() @IsString() @Length(1, 2000) description: string;
  @BuktiDukung(10)
  evidence?: string[] | null;
}

@InputType()
export class GiveFeedbackInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(SKP_ID, { message: '$property must be an SKP id' }) skpId: string;
  @Field(() => ID, { nullable: true, description: 'An RHK of the SKP.' }) @IsOptional() @IdentifierText() @Matches(RHK_CODE, { message: '$property must be an RHK code' }) rhkId?: string | null;
  @Field(() => ID, { nullable: true, description: 'A journal entry of the SKP.' }) @IsOptional() @IdentifierText() @IsString() @Length(1, 120) activityId?: string | null;
  @Field(() => BerAkhlak, { nullable: true, description: 'A perilaku kerja value.' }) @IsOptional() @IsEnum(BerAkhlak) perilaku?: BerAkhlak | null;
  @Field({ description: 'The feedback (name at least one of rhkId, activityId, perilaku).' }) @MultilineText() @IsString() @Length(1, 2000) text: string;
}

@InputType()
export class RecordRealisasiInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(SKP_ID, { message: '$property must be an SKP id' }) skpId: string;
  @Field(() => ID) @IdentifierText() @Matches(RHK_CODE, { message: '$property must be an RHK code' }) rhkId: string;
  @Field({ description: '`2026` (tahunan), `2026-Q1`…`Q4`, `2026-S1`/`S2` or `2026-01`…`12`.' }) @IdentifierText() @IsString() @Length(4, 7) period: string;
  @Field({ description: 'What was achieved against the target.' }) @MultilineText() @IsString() @Length(1, 2000) realisasi: string;
  @BuktiDukung(20, 'Bukti dukung: SHA-256 hashes.')
  evidence?: string[] | null;
}

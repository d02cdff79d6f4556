import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { RankingStatus } from '../../recruitment.vocabulary';
import { RankingBoardStatusEnum, RankingStatusEnum } from '../recruitment.enums';
import { SkdReferenceSchema, SkdReferenceView, SkdScoresSchema, SkdScoresView } from '../skd.types';

/** Logical collection of the public ranking boards (projection `selection-rankings`). */
export const SELECTION_RANKINGS = 'selection_rankings';

/**
 * One line of a public board. Identity is masked (UU 27/2022 PDP, DOMAIN §1.12): registration number
 * and initials only — no name, NIK, birth date or internal id.
 */
@ObjectType('PublicRankingEntry', { description: 'One applicant on a public board, identified only by registration number and initials.' })
@Schema({ _id: false, versionKey: false })
export class PublicRankingEntry {
  @Field(() => Int, { description: 'Place on the board (every applicant).' }) @Prop({ type: Number, required: true }) order: number;
  @Field(() => Int, { nullable: true, description: 'Rank among those who passed every threshold.' }) @Prop({ type: Number, default: null }) rank: number | null;
  @Field() @Prop({ type: String, required: true }) registrationNumber: string;
  @Field() @Prop({ type: String, required: true }) initials: string;
  @Field(() => RankingStatusEnum) @Prop({ type: String, required: true }) status: RankingStatus;
  @Field(() => SkdScoresView, { nullable: true }) @Prop({ type: SkdScoresSchema, default: null }) scores: SkdScoresView | null;
  @Field(() => Int, { nullable: true }) @Prop({ type: Number, default: null }) total: number | null;
  @Field({ description: 'Why this place: scores, thresholds, quota and any tie-break applied.' }) @Prop({ type: String, required: true }) explanation: string;
}
export const PublicRankingEntrySchema = SchemaFactory.createForClass(PublicRankingEntry);

@ObjectType('FormasiRanking', { description: 'The ordered board of one formasi.' })
@Schema({ _id: false, versionKey: false })
export class FormasiRankingView {
  @Field(() => ID) @Prop({ type: String, required: true }) formasiId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) unitId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) positionId: string;
  @Field() @Prop({ type: String, required: true }) jabatanName: string;
  @Field(() => Int) @Prop({ type: Number, required: true }) quota: number;
  @Field(() => [PublicRankingEntry]) @Prop({ type: [PublicRankingEntrySchema], default: [] }) entries: PublicRankingEntry[];
}
export const FormasiRankingSchema = SchemaFactory.createForClass(FormasiRankingView);

@ObjectType('SelectionRanking', { description: 'The public ranking of a selection round, per formasi, with the rules that produced it.' })
@Schema({ versionKey: false })
export class SelectionRanking {
  @Field(() => ID, { name: 'roundId' }) @Prop({ type: String }) _id: string;
  @Field(() => ID) @Prop({ type: String, required: true, index: true }) instansiId: string;
  @Field(() => Int) @Prop({ type: Number, required: true }) year: number;
  @Field() @Prop({ type: String, required: true }) name: string;
  @Field(() => RankingBoardStatusEnum) @Prop({ type: String, required: true }) status: 'PUBLISHED' | 'ANNOUNCED' | 'CANCELLED';
  @Field() @Prop({ type: String, required: true }) publishedAt: string;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) announcedAt: string | null;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) cancelledAt: string | null;
  @Field({ description: 'Ranking policy id, e.g. SKD-RANKING-V1.' }) @Prop({ type: String, required: true }) policyId: string;
  @Field(() => [String], { description: 'Ordering keys in the order applied.' }) @Prop({ type: [String], required: true }) tieBreaks: string[];
  @Field(() => SkdReferenceView) @Prop({ type: SkdReferenceSchema, required: true }) skdReference: SkdReferenceView;
  @Field(() => [FormasiRankingView]) @Prop({ type: [FormasiRankingSchema], default: [] }) formasi: FormasiRankingView[];
}
export const SelectionRankingSchema = SchemaFactory.createForClass(SelectionRanking);
SelectionRankingSchema.index({ instansiId: 1, publishedAt: 1, _id: 1 });

import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

export const PERFORMANCE_AWARD_NOMINATIONS = 'performance_award_nominations';
export const PERFORMANCE_AWARD_LOG = 'performance_award_log';

@ObjectType('PerformanceAwardNomination', { description: 'A performance award the system proposed from closed annual evaluations, and its decision. ADMIN_BKD and AUDITOR of the instansi.' })
@Schema({ versionKey: false })
export class PerformanceAwardNomination {
  @Field(() => ID, { name: 'id', description: '`<employeeId>.<year>`.' }) @Prop({ type: String }) _id: string;
  @Field(() => ID) @Prop({ type: String, required: true }) employeeId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) instansiId: string;
  @Field() @Prop({ type: String, required: true }) award: string;
  @Field(() => Int) @Prop({ type: Number, required: true }) year: number;
  @Field(() => [Int], { description: 'The consecutive SKP years the rule counted.' }) @Prop({ type: [Number], required: true }) years: number[];
  @Field({ description: 'PROPOSED, CONFIRMED or REJECTED.' }) @Prop({ type: String, required: true }) status: string;
  @Field() @Prop({ type: String, required: true }) policyVersion: string;
  @Field() @Prop({ type: String, required: true }) proposedAt: string;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) decidedOn: string | null;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) reason: string | null;
  @Field(() => ID, { nullable: true }) @Prop({ type: String, default: null }) decidedBy: string | null;
}
export const PerformanceAwardNominationSchema = SchemaFactory.createForClass(PerformanceAwardNomination);
PerformanceAwardNominationSchema.index({ instansiId: 1, status: 1, _id: 1 });

@ObjectType('PerformanceAwardLogEntry', { description: 'A conferred performance award as the public sees it: the award, the person and unit, the decision date. Never a rating or predikat.' })
@Schema({ versionKey: false })
export class PerformanceAwardLogEntry {
  @Field(() => ID, { name: 'id' }) @Prop({ type: String }) _id: string;
  @Field(() => ID) @Prop({ type: String, required: true }) instansiId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) unitId: string;
  @Field() @Prop({ type: String, required: true }) employeeName: string;
  @Field({ description: 'PENGHARGAAN_KINERJA.' }) @Prop({ type: String, required: true }) award: string;
  @Field({ description: 'The award’s name in Bahasa Indonesia.' }) @Prop({ type: String, required: true }) awardName: string;
  @Field(() => Int, { description: 'The year the award is for.' }) @Prop({ type: Number, required: true }) year: number;
  @Field() @Prop({ type: String, required: true }) decidedOn: string;
}
export const PerformanceAwardLogEntrySchema = SchemaFactory.createForClass(PerformanceAwardLogEntry);
PerformanceAwardLogEntrySchema.index({ instansiId: 1, year: 1, _id: 1 });

import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { RevisionField } from '@infrastructure/projections/revision-field';
import { Predikat } from '../../../shared';
import { Rating } from '../../predikat/rating';
import { RhkKategori } from '../../skp/skp.vocabulary';
import '../../graphql/performance.enums';

export const PERFORMANCE_EVALUATIONS = 'performance_evaluations';

@ObjectType('RhkEvaluation', { description: 'The rating of one RHK in an evaluation.' })
@Schema({ _id: false, versionKey: false })
export class RhkEvaluation {
  @Field(() => ID) @Prop({ type: String, required: true }) rhkId: string;
  @Field(() => RhkKategori) @Prop({ type: String, required: true }) kategori: RhkKategori;
  @Field() @Prop({ type: String, required: true }) rencanaKinerja: string;
  @Field(() => Rating) @Prop({ type: String, required: true }) rating: Rating;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) note: string | null;
}
const RhkEvaluationSchema = SchemaFactory.createForClass(RhkEvaluation);

@ObjectType('EvaluationCorrection', { description: 'A correction of a closed evaluation.' })
@Schema({ _id: false, versionKey: false })
export class EvaluationCorrection {
  @Field(() => Predikat) @Prop({ type: String, required: true }) previousPredikat: Predikat;
  @Field(() => Predikat) @Prop({ type: String, required: true }) predikat: Predikat;
  @Field() @Prop({ type: String, required: true }) reason: string;
  @Field(() => ID, { description: 'The atasan pejabat penilai who approved it.' }) @Prop({ type: String, required: true }) approvedBy: string;
  @Field() @Prop({ type: String, required: true }) correctedAt: string;
}
const EvaluationCorrectionSchema = SchemaFactory.createForClass(EvaluationCorrection);

@ObjectType('Evaluation', { description: 'The appraisal of an SKP for a period (PermenPANRB 6/2022). Visible to the employee, the appraiser chain recorded on it, ADMIN_BKD of the instansi and AUDITOR.' })
@Schema({ versionKey: false })
export class Evaluation {
  @Field(() => ID, { name: 'id', description: '`<skpId>.<period>`.' }) @Prop({ type: String }) _id: string;
  @RevisionField() revision: number;
  @Field(() => ID) @Prop({ type: String, required: true }) skpId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) employeeId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) instansiId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) unitId: string;
  @Field(() => Int) @Prop({ type: Number, required: true }) year: number;
  @Field({ description: '`2026` (tahunan) or `2026-Q1`…' }) @Prop({ type: String, required: true }) period: string;
  @Field(() => [RhkEvaluation]) @Prop({ type: [RhkEvaluationSchema] }) ratings: RhkEvaluation[];
  @Field(() => Rating, { description: 'What the aggregation rule gives.' }) @Prop({ type: String, required: true }) aggregateRating: Rating;
  @Field({ description: 'AGGREGATE, OVERRIDE (with reason) or UNIT_RESULT (the unit head takes the unit’s result).' }) @Prop({ type: String, required: true }) hasilKerjaSource: string;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) hasilKerjaOverrideReason: string | null;
  @Field(() => Rating) @Prop({ type: String, required: true }) ratingHasilKerja: Rating;
  @Field(() => Rating) @Prop({ type: String, required: true }) ratingPerilaku: Rating;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) perilakuNote: string | null;
  @Field(() => Predikat) @Prop({ type: String, required: true }) predikat: Predikat;
  @Field({ description: 'Why this predikat: the matrix cell in words.' }) @Prop({ type: String, required: true }) explanation: string;
  @Field() @Prop({ type: String, required: true }) aggregationPolicyVersion: string;
  @Field({ description: 'True once the unit signed off the period: immutable except by correction.' }) @Prop({ type: Boolean, default: false }) closed: boolean;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) closedAt: string | null;
  @Field({ description: "True for the closed annual evaluation whose predikat is the employee's predikat of the year (published for KP and awards): of a year split by a mid-year transfer, the segment covering the most months (a tie: the later)." })
  @Prop({ type: Boolean, default: false })
  yearPredikat: boolean;
  @Field(() => [EvaluationCorrection]) @Prop({ type: [EvaluationCorrectionSchema], default: [] }) corrections: EvaluationCorrection[];
  @Field(() => ID) @Prop({ type: String, required: true }) evaluatedBy: string;
  @Field() @Prop({ type: String, required: true }) evaluatedAt: string;
  @Field(() => Float, { nullable: true, description: 'Log position of the latest event of the evaluation (what a printed SKP reflects).' }) @Prop({ type: Number, default: null }) logPosition: number | null;
  @Field(() => String, { nullable: true, description: 'Hash of that event in the hash chain.' }) @Prop({ type: String, default: null }) logHash: string | null;
  @Prop({ type: String, default: null }) pejabatPenilaiEmployeeId: string | null;
  @Prop({ type: String, default: null }) atasanEmployeeId: string | null;
}
export const EvaluationSchema = SchemaFactory.createForClass(Evaluation);
EvaluationSchema.index({ unitId: 1, period: 1, _id: 1 });
EvaluationSchema.index({ employeeId: 1, _id: 1 });
EvaluationSchema.index({ skpId: 1 });
EvaluationSchema.index({ instansiId: 1, year: 1, closed: 1, _id: 1 });

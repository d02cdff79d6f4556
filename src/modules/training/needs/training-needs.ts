import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { defineReaction } from '@infrastructure/projections/reaction';
import { PerformanceGapIdentified } from '../../shared';

export const TRAINING_NEEDS = 'training_needs';

@ObjectType('TrainingNeed', { description: 'A performance gap the performance module published, awaiting a plan item (PP 11/2017 ps. 205–206).' })
@Schema({ versionKey: false })
export class TrainingNeed {
  @Field(() => ID, { name: 'id', description: 'The gap id (use it as the plan item gap reference).' }) @Prop({ type: String }) _id: string;
  @Field(() => ID) @Prop({ type: String, required: true }) employeeId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) instansiId: string;
  @Field(() => ID, { description: 'Unit kerja of the employee on the evaluation date.' }) @Prop({ type: String, required: true }) unitId: string;
  @Field(() => Int) @Prop({ type: Number, required: true }) year: number;
  @Field() @Prop({ type: String, required: true }) period: string;
  @Field({ description: 'PREDIKAT or RHK_DI_BAWAH.' }) @Prop({ type: String, required: true }) source: string;
  @Field() @Prop({ type: String, required: true }) description: string;
  @Field(() => ID) @Prop({ type: String, required: true }) evaluationId: string;
}
export const TrainingNeedSchema = SchemaFactory.createForClass(TrainingNeed);
TrainingNeedSchema.index({ instansiId: 1, year: 1, _id: 1 });
TrainingNeedSchema.index({ employeeId: 1, year: 1, _id: 1 });

/**
 * Needs analysis from performance (the shared contract performance.PerformanceGapIdentified): each
 * published gap becomes a training need of the employee and year; planTraining with a PERFORMANCE
 * gap must name one of them. The name is permanent (it keys the checkpoint).
 */
export const performanceGapsReaction = defineReaction<PerformanceGapIdentified>({
  name: 'training-performance-gaps',
  canHandle: ['performance.PerformanceGapIdentified'],
  collections: [{ name: TRAINING_NEEDS, schema: TrainingNeedSchema }],
  async react(event, { writer }) {
    const d = event.data;
    await writer.upsert(TRAINING_NEEDS, d.gapId, {
      $set: { employeeId: d.employeeId, instansiId: d.instansiId, unitId: d.unitId, year: d.year, period: d.period, source: d.source, description: d.description, evaluationId: d.evaluationId },
    });
  },
});

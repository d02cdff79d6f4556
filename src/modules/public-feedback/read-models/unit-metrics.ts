import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { defineProjection } from '@infrastructure/projections/projection';
import { UnitMetricPublished } from '../../shared';

export const UNIT_METRICS = 'feedback_unit_metrics';

/** The latest published value of every unit metric and period, from every module (IKM, SLA, JP compliance…). */
@Schema({ versionKey: false })
export class UnitMetricDoc {
  @Prop({ type: String }) _id: string;
  @Prop({ type: String, required: true }) metric: string;
  @Prop({ type: String, required: true }) instansiId: string;
  @Prop({ type: String, required: true }) unitId: string;
  @Prop({ type: String, required: true }) period: string;
  @Prop({ type: String, required: true }) value: string;
  @Prop({ type: Number, required: true }) basis: number;
  @Prop({ type: String, required: true }) source: string;
  @Prop({ type: String, required: true }) publishedAt: string;
}
export const UnitMetricSchema = SchemaFactory.createForClass(UnitMetricDoc);
UnitMetricSchema.index({ instansiId: 1, period: 1, _id: 1 });

export const unitMetricsProjection = defineProjection<UnitMetricPublished>({
  name: UNIT_METRICS,
  version: 1,
  collections: [{ name: UNIT_METRICS, schema: UnitMetricSchema }],
  canHandle: ['shared.UnitMetricPublished'],
  async apply(event, writer) {
    const d = event.data;
    await writer.upsert(UNIT_METRICS, `${d.unitId}|${d.period}|${d.metric}`, { $set: { ...d } });
  },
});

@ObjectType('PublicUnitMetric', { description: "A unit's published metric for a period; the value is withheld when it stands on fewer than k observations." })
export class PublicUnitMetric {
  @Field(() => ID) unitId: string;
  @Field() metric: string;
  @Field() period: string;
  @Field(() => String, { nullable: true }) value: string | null;
  @Field(() => Int, { description: 'How many observations (respondents, complaints, employees) stand behind it.' }) basis: number;
  @Field() suppressed: boolean;
  @Field() source: string;
  @Field() publishedAt: string;
}

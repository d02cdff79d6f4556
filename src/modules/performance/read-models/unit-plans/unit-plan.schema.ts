import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { RevisionField } from '@infrastructure/projections/revision-field';
import { UnitMetric } from '../../../shared';
import { OrganisationPredikat, Rating } from '../../predikat/rating';
import '../../graphql/performance.enums';

export const PERFORMANCE_UNIT_PLANS = 'performance_unit_plans';

@ObjectType('UnitTarget', { description: 'A sasaran of the unit with its IKU (indikator kinerja utama) and target.' })
@Schema({ _id: false, versionKey: false })
export class UnitTargetView {
  @Field(() => ID) @Prop({ type: String, required: true }) targetId: string;
  @Field() @Prop({ type: String, required: true }) sasaran: string;
  @Field() @Prop({ type: String, required: true }) indikator: string;
  @Field() @Prop({ type: String, required: true }) target: string;
  @Field(() => UnitMetric, { nullable: true, description: 'The published unit metric the realisasi comes from, if any.' }) @Prop({ type: String, default: null }) metric: UnitMetric | null;
}
const UnitTargetSchema = SchemaFactory.createForClass(UnitTargetView);

@ObjectType('UnitTargetRealisasi', { description: "A target's realisasi for a period, taken from the published unit metric it names." })
@Schema({ _id: false, versionKey: false })
export class UnitTargetRealisasiView {
  @Field(() => ID) @Prop({ type: String, required: true }) targetId: string;
  @Field(() => UnitMetric) @Prop({ type: String, required: true }) metric: UnitMetric;
  @Field() @Prop({ type: String, required: true }) period: string;
  @Field({ description: 'Exact decimal as published.' }) @Prop({ type: String, required: true }) value: string;
  @Field(() => Int, { description: 'Observations behind the value.' }) @Prop({ type: Number, required: true }) basis: number;
  @Field() @Prop({ type: String, required: true }) source: string;
  @Field() @Prop({ type: String, required: true }) recordedAt: string;
}
const UnitTargetRealisasiSchema = SchemaFactory.createForClass(UnitTargetRealisasiView);

@ObjectType('UnitPerformance', { description: "Organisational performance of a unit and year: its targets (the cascade root), and at year end its result and predikat kinerja organisasi." })
@Schema({ versionKey: false })
export class UnitPerformance {
  @Field(() => ID, { name: 'id', description: '`<unitId>.<year>`.' }) @Prop({ type: String }) _id: string;
  @RevisionField() revision: number;
  @Field(() => ID) @Prop({ type: String, required: true }) unitId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) instansiId: string;
  @Field(() => Int) @Prop({ type: Number, required: true }) year: number;
  @Field(() => [UnitTargetView]) @Prop({ type: [UnitTargetSchema] }) targets: UnitTargetView[];
  @Field(() => [UnitTargetRealisasiView], { description: 'Realisasi of the targets that name a published unit metric, the latest per target and period.' }) @Prop({ type: [UnitTargetRealisasiSchema], default: [] }) targetRealisasi: UnitTargetRealisasiView[];
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) perjanjianKinerja: string | null;
  @Field({ description: 'DRAFT or APPROVED.' }) @Prop({ type: String, required: true }) status: string;
  @Field(() => ID) @Prop({ type: String, required: true }) setBy: string;
  @Field(() => ID, { nullable: true }) @Prop({ type: String, default: null }) approvedBy: string | null;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) approvedAt: string | null;
  @Field(() => OrganisationPredikat, { nullable: true, description: 'Set at year end by the next-higher leader (setOrganisationPredikat).' }) organisationPredikat?: OrganisationPredikat | null;
  @Field(() => Rating, { nullable: true }) unitResult?: Rating | null;
}
export const UnitPerformanceSchema = SchemaFactory.createForClass(UnitPerformance);

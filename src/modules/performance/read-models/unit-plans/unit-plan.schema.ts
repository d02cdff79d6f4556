import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { RevisionField } from '@infrastructure/projections/revision-field';
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
}
const UnitTargetSchema = SchemaFactory.createForClass(UnitTargetView);

@ObjectType('UnitPerformance', { description: "Organisational performance of a unit and year: its targets (the cascade root), and at year end its result and predikat kinerja organisasi." })
@Schema({ versionKey: false })
export class UnitPerformance {
  @Field(() => ID, { name: 'id', description: '`<unitId>.<year>`.' }) @Prop({ type: String }) _id: string;
  @RevisionField() revision: number;
  @Field(() => ID) @Prop({ type: String, required: true }) unitId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) instansiId: string;
  @Field(() => Int) @Prop({ type: Number, required: true }) year: number;
  @Field(() => [UnitTargetView]) @Prop({ type: [UnitTargetSchema] }) targets: UnitTargetView[];
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) perjanjianKinerja: string | null;
  @Field({ description: 'DRAFT or APPROVED.' }) @Prop({ type: String, required: true }) status: string;
  @Field(() => ID) @Prop({ type: String, required: true }) setBy: string;
  @Field(() => ID, { nullable: true }) @Prop({ type: String, default: null }) approvedBy: string | null;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) approvedAt: string | null;
  @Field(() => OrganisationPredikat, { nullable: true, description: 'Set at year end by the next-higher leader (setOrganisationPredikat).' }) organisationPredikat?: OrganisationPredikat | null;
  @Field(() => Rating, { nullable: true }) unitResult?: Rating | null;
}
export const UnitPerformanceSchema = SchemaFactory.createForClass(UnitPerformance);

import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { OrganisationPredikat, Rating } from '../../predikat/rating';
import '../../graphql/performance.enums';

export const PERFORMANCE_UNIT_PERIODS = 'performance_unit_periods';

@ObjectType('PredikatCounts', { description: 'How many employees hold each predikat.' })
@Schema({ _id: false, versionKey: false })
export class PredikatCountsView {
  @Field(() => Int) @Prop({ type: Number, default: 0 }) sangatBaik: number;
  @Field(() => Int) @Prop({ type: Number, default: 0 }) baik: number;
  @Field(() => Int) @Prop({ type: Number, default: 0 }) butuhPerbaikan: number;
  @Field(() => Int, { description: 'Kurang/Misconduct.' }) @Prop({ type: Number, default: 0 }) kurang: number;
  @Field(() => Int) @Prop({ type: Number, default: 0 }) sangatKurang: number;
}
const PredikatCountsSchema = SchemaFactory.createForClass(PredikatCountsView);

@ObjectType('SignedViolation', { description: 'A kurva violation accepted at sign-off with the justification.' })
@Schema({ _id: false, versionKey: false })
export class SignedViolation {
  @Field() @Prop({ type: String, required: true }) rule: string;
  @Field() @Prop({ type: String, required: true }) actual: string;
  @Field() @Prop({ type: String, required: true }) required: string;
}
const SignedViolationSchema = SchemaFactory.createForClass(SignedViolation);

@ObjectType('PredikatSignOff', { description: 'The penetapan predikat of a unit and period.' })
@Schema({ _id: false, versionKey: false })
export class PredikatSignOff {
  @Field(() => ID) @Prop({ type: String, required: true }) signOffId: string;
  @Field(() => PredikatCountsView) @Prop({ type: PredikatCountsSchema }) counts: PredikatCountsView;
  @Field() @Prop({ type: Boolean, required: true }) allowed: boolean;
  @Field(() => [SignedViolation]) @Prop({ type: [SignedViolationSchema] }) violations: SignedViolation[];
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) justification: string | null;
  @Field() @Prop({ type: String, required: true }) kurvaPolicyVersion: string;
  @Field(() => ID) @Prop({ type: String, required: true }) signedBy: string;
  @Field() @Prop({ type: String, required: true }) signedAt: string;
}
const PredikatSignOffSchema = SchemaFactory.createForClass(PredikatSignOff);

/** The unit and period document: organisation predikat, unit result and the sign-off. */
@Schema({ versionKey: false })
export class UnitPeriodDoc {
  @Prop({ type: String }) _id: string;
  @Prop({ type: String, required: true }) unitId: string;
  @Prop({ type: String, required: true }) instansiId: string;
  @Prop({ type: String, required: true }) period: string;
  @Prop({ type: String, default: null }) organisationPredikat: OrganisationPredikat | null;
  @Prop({ type: String, default: null }) unitResult: Rating | null;
  @Prop({ type: PredikatSignOffSchema, default: null }) signOff: PredikatSignOff | null;
}
export const UnitPeriodSchema = SchemaFactory.createForClass(UnitPeriodDoc);

import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** Object types shared by the recruitment read models: SKD scores and the reference a round used. */

@ObjectType('SkdScores', { description: 'SKD scores: TWK (national insight), TIU (general intelligence), TKP (personal characteristics).' })
@Schema({ _id: false, versionKey: false })
export class SkdScoresView {
  @Field(() => Int, { name: 'twk' }) @Prop({ type: Number, required: true }) TWK: number;
  @Field(() => Int, { name: 'tiu' }) @Prop({ type: Number, required: true }) TIU: number;
  @Field(() => Int, { name: 'tkp' }) @Prop({ type: Number, required: true }) TKP: number;
}
export const SkdScoresSchema = SchemaFactory.createForClass(SkdScoresView);

@ObjectType('SkdMaxima', { description: 'Highest attainable score per test and in total.' })
@Schema({ _id: false, versionKey: false })
export class SkdMaximaView extends SkdScoresView {
  @Field(() => Int) @Prop({ type: Number, required: true }) total: number;
}
export const SkdMaximaSchema = SchemaFactory.createForClass(SkdMaximaView);

@ObjectType('SkdPassed', { description: 'Whether each test met its own threshold (ambang batas).' })
@Schema({ _id: false, versionKey: false })
export class SkdPassedView {
  @Field({ name: 'twk' }) @Prop({ type: Boolean, required: true }) TWK: boolean;
  @Field({ name: 'tiu' }) @Prop({ type: Boolean, required: true }) TIU: boolean;
  @Field({ name: 'tkp' }) @Prop({ type: Boolean, required: true }) TKP: boolean;
}
export const SkdPassedSchema = SchemaFactory.createForClass(SkdPassedView);

@ObjectType('SkdReference', { description: 'Versioned SKD rules of a formation year (maxima and pass thresholds), as recorded by a round.' })
@Schema({ _id: false, versionKey: false })
export class SkdReferenceView {
  @Field({ description: 'e.g. SKD-2024.' }) @Prop({ type: String, required: true }) id: string;
  @Field(() => Int) @Prop({ type: Number, required: true }) version: number;
  @Field(() => Int, { description: 'Formation year.' }) @Prop({ type: Number, required: true }) year: number;
  @Field({ description: 'e.g. KepmenPANRB 321/2024.' }) @Prop({ type: String, required: true }) legalBasis: string;
  @Field(() => SkdMaximaView) @Prop({ type: SkdMaximaSchema, required: true }) maxima: SkdMaximaView;
  @Field(() => SkdScoresView, { description: 'Ambang batas: minimum per test, each checked on its own.' })
  @Prop({ type: SkdScoresSchema, required: true })
  thresholds: SkdScoresView;
  @Field(() => SkdScoresView, { description: 'Attainable scores are multiples of this (TWK/TIU 5 per correct answer).' })
  @Prop({ type: SkdScoresSchema, required: true })
  scoreStep: SkdScoresView;
}
export const SkdReferenceSchema = SchemaFactory.createForClass(SkdReferenceView);

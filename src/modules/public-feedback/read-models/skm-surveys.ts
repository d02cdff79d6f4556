import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { defineProjection } from '@infrastructure/projections/projection';
import { SkmResponseRecorded, SkmResultPublished, SkmSurveyClosed, SkmSurveyOpened } from '../skm/skm.events';

export const SKM_SURVEYS = 'feedback_skm_surveys';

/** A survey's running totals: Σ nilai per unsur and the respondent count, from which the IKM is exact. */
@ObjectType('SkmSurvey', { description: 'An SKM survey of a service unit for a period.' })
@Schema({ versionKey: false })
export class SkmSurveyDoc {
  @Field(() => ID, { name: 'id', description: '`<unitId>-<period>`.' }) @Prop({ type: String }) _id: string;
  @Field(() => ID) @Prop({ type: String, required: true }) unitId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) instansiId: string;
  @Field() @Prop({ type: String, required: true }) period: string;
  @Field({ description: 'OPEN or CLOSED.' }) @Prop({ type: String, required: true }) status: string;
  @Field(() => Int, { description: 'Service users in the period (the sample-size population).' }) @Prop({ type: Number, required: true }) population: number;
  @Prop({ type: Number, default: 0 }) respondents: number;
  @Prop({ type: [Number], default: [] }) totals: number[];
  @Field() @Prop({ type: String, required: true }) openedAt: string;
  @Prop({ type: Object, default: null }) published: { ikm: string; grade: string; respondents: number; followUpPlan: string; publishedAt: string } | null;
}
export const SkmSurveySchema = SchemaFactory.createForClass(SkmSurveyDoc);
SkmSurveySchema.index({ instansiId: 1, period: 1, _id: 1 });
SkmSurveySchema.index({ unitId: 1, period: 1 });

export const skmSurveysProjection = defineProjection<SkmSurveyOpened | SkmResponseRecorded | SkmSurveyClosed | SkmResultPublished>({
  name: SKM_SURVEYS,
  version: 1,
  collections: [{ name: SKM_SURVEYS, schema: SkmSurveySchema }],
  canHandle: ['public-feedback.SkmSurveyOpened', 'public-feedback.SkmResponseRecorded', 'public-feedback.SkmSurveyClosed', 'public-feedback.SkmResultPublished'],
  async apply(event, writer) {
    switch (event.type) {
      case 'public-feedback.SkmSurveyOpened': {
        const { surveyId, ...rest } = event.data;
        return writer.upsert(SKM_SURVEYS, surveyId, { $set: { ...rest, status: 'OPEN', respondents: 0, totals: [0, 0, 0, 0, 0, 0, 0, 0, 0] } });
      }
      case 'public-feedback.SkmResponseRecorded': {
        const inc: Record<string, number> = { respondents: 1 };
        event.data.answers.forEach((value, i) => (inc[`totals.${i}`] = value));
        return writer.upsert(SKM_SURVEYS, event.data.surveyId, { $inc: inc });
      }
      case 'public-feedback.SkmSurveyClosed':
        return writer.upsert(SKM_SURVEYS, event.data.surveyId, { $set: { status: 'CLOSED' } });
      case 'public-feedback.SkmResultPublished': {
        const { ikm, grade, respondents, followUpPlan, publishedAt } = event.data;
        return writer.upsert(SKM_SURVEYS, event.data.surveyId, { $set: { published: { ikm, grade, respondents, followUpPlan, publishedAt } } });
      }
    }
  },
});

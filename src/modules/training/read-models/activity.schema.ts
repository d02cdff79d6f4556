import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { RevisionField } from '@infrastructure/projections/revision-field';
import { TrainingForm, TrainingRoute } from '../catalogue/program.vocabulary';
import './training.enums';

export const TRAINING_ACTIVITIES = 'training_activities';
export const TRAINING_JP_LEDGER = 'training_jp_ledger';

@ObjectType('TrainingSession')
@Schema({ _id: false, versionKey: false })
export class TrainingSessionNode {
  @Field(() => ID) @Prop({ type: String, required: true }) sessionId: string;
  @Field() @Prop({ type: String, required: true }) date: string;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) place: string | null;
  @Field() @Prop({ type: Boolean, required: true }) online: boolean;
}
const TrainingSessionSchema = SchemaFactory.createForClass(TrainingSessionNode);

@ObjectType('TrainingReactionSurvey', { description: "The participant's reaction survey after the activity (each rating 1–5)." })
@Schema({ _id: false, versionKey: false })
export class TrainingReactionSurveyNode {
  @Field(() => Int) @Prop({ type: Number, required: true }) materi: number;
  @Field(() => Int) @Prop({ type: Number, required: true }) pengajar: number;
  @Field(() => Int) @Prop({ type: Number, required: true }) penyelenggaraan: number;
  @Field(() => Int) @Prop({ type: Number, required: true }) manfaat: number;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) comment: string | null;
  @Field() @Prop({ type: String, required: true }) submittedAt: string;
}
const TrainingReactionSurveySchema = SchemaFactory.createForClass(TrainingReactionSurveyNode);

@ObjectType('TrainingTransferAssessment', { description: "The atasan's assessment of use at work, requested three months after completion." })
@Schema({ _id: false, versionKey: false })
export class TrainingTransferAssessmentNode {
  @Field({ description: 'SCHEDULED (awaiting the due day), REQUESTED or SUBMITTED.' }) @Prop({ type: String, required: true }) status: string;
  @Field() @Prop({ type: String, required: true }) dueOn: string;
  @Field(() => ID, { nullable: true, description: "The atasan (the participant's pejabat penilai on the due day); null when the position was vacant." }) @Prop({ type: String, default: null }) atasanEmployeeId: string | null;
  @Field(() => ID, { nullable: true }) @Prop({ type: String, default: null }) atasanPositionId: string | null;
  @Field(() => ID, { nullable: true, description: "The participant's unit kerja on the due day." }) @Prop({ type: String, default: null }) unitId?: string | null;
  @Field(() => ID, { nullable: true }) @Prop({ type: String, default: null }) assessorId: string | null;
  @Field(() => Int, { nullable: true, description: '1 (not used) – 5 (used fully).' }) @Prop({ type: Number, default: null }) score: number | null;
  @Field(() => Boolean, { nullable: true }) @Prop({ type: Boolean, default: null }) applied: boolean | null;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) description: string | null;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) submittedAt: string | null;
}
const TrainingTransferAssessmentSchema = SchemaFactory.createForClass(TrainingTransferAssessmentNode);

@ObjectType('TrainingParticipant')
@Schema({ _id: false, versionKey: false })
export class TrainingParticipantNode {
  @Field(() => ID) @Prop({ type: String, required: true }) employeeId: string;
  @Field(() => ID, { nullable: true }) @Prop({ type: String, default: null }) planItemId: string | null;
  @Field(() => String, { nullable: true, description: 'Why there is no plan item.' }) @Prop({ type: String, default: null }) reason: string | null;
  @Field({ description: 'ENROLLED, COMPLETED (awaiting verification) or VERIFIED.' }) @Prop({ type: String, required: true }) status: string;
  @Field(() => [ID], { description: 'Sessions attended.' }) @Prop({ type: [String] }) attendedSessions: string[];
  @Field(() => Float, { nullable: true }) @Prop({ type: Number, default: null }) jp: number | null;
  @Field(() => String, { nullable: true, description: 'Certificate attachment content hash.' }) @Prop({ type: String, default: null }) certificateHash: string | null;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) certificateNumber: string | null;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) completedOn: string | null;
  @Field(() => TrainingReactionSurveyNode, { nullable: true }) @Prop({ type: TrainingReactionSurveySchema, default: null }) survey?: TrainingReactionSurveyNode | null;
  @Field(() => TrainingTransferAssessmentNode, { nullable: true }) @Prop({ type: TrainingTransferAssessmentSchema, default: null }) transferAssessment?: TrainingTransferAssessmentNode | null;
}
const TrainingParticipantSchema = SchemaFactory.createForClass(TrainingParticipantNode);

@ObjectType('TrainingActivity', { description: 'A scheduled activity of a catalogue program, with its participants.' })
@Schema({ versionKey: false })
export class TrainingActivity {
  @Field(() => ID, { name: 'id' }) @Prop({ type: String }) _id: string;
  @RevisionField("Revision of the activity stream: send it as an activity mutation's `expectedRevision`.") revision: number;
  @Field(() => ID) @Prop({ type: String, required: true }) programId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) instansiId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) unitId: string;
  @Field(() => Int) @Prop({ type: Number, required: true }) year: number;
  @Field() @Prop({ type: String, required: true }) title: string;
  @Field(() => TrainingRoute) @Prop({ type: String, required: true }) route: TrainingRoute;
  @Field(() => TrainingForm) @Prop({ type: String, required: true }) form: TrainingForm;
  @Field(() => Int) @Prop({ type: Number, required: true }) jp: number;
  @Field(() => Float) @Prop({ type: Number, required: true }) costPerParticipant: number;
  @Field(() => [TrainingSessionNode]) @Prop({ type: [TrainingSessionSchema] }) sessions: TrainingSessionNode[];
  @Field(() => ID, { nullable: true, description: 'The cooperation agreement (MoU / PKS) it runs under.' }) @Prop({ type: String, default: null }) agreementId?: string | null;
  @Field(() => [TrainingParticipantNode]) @Prop({ type: [TrainingParticipantSchema] }) participants: TrainingParticipantNode[];
}
export const TrainingActivitySchema = SchemaFactory.createForClass(TrainingActivity);
TrainingActivitySchema.index({ instansiId: 1, year: 1, _id: 1 });
TrainingActivitySchema.index({ 'participants.transferAssessment.atasanEmployeeId': 1, _id: 1 });

@ObjectType('JpLedgerEntry')
@Schema({ _id: false, versionKey: false })
export class JpLedgerEntry {
  @Field(() => ID) @Prop({ type: String, required: true }) activityId: string;
  @Field(() => Float) @Prop({ type: Number, required: true }) jp: number;
  @Field() @Prop({ type: String, required: true }) verifiedAt: string;
}
const JpLedgerEntrySchema = SchemaFactory.createForClass(JpLedgerEntry);

/** Stored: verified JP per employee and calendar year. */
@Schema({ versionKey: false })
export class JpLedgerDoc {
  @Prop({ type: String }) _id: string;
  @Prop({ type: String, required: true }) employeeId: string;
  @Prop({ type: String, required: true }) instansiId: string;
  @Prop({ type: Number, required: true }) year: number;
  @Prop({ type: Number, default: 0 }) totalJp: number;
  @Prop({ type: [JpLedgerEntrySchema] }) entries: JpLedgerEntry[];
}
export const JpLedgerDocSchema = SchemaFactory.createForClass(JpLedgerDoc);
JpLedgerDocSchema.index({ instansiId: 1, year: 1, _id: 1 });

@ObjectType('JpLedger', { description: "An employee's verified learning hours (JP) in a calendar year (PP 11/2017 ps. 203(4): ≥ 20 JP)." })
export class JpLedger {
  @Field(() => ID) employeeId: string;
  @Field(() => Int) year: number;
  @Field(() => String, { nullable: true, description: 'PNS or PPPK.' }) employmentType: string | null;
  @Field(() => Float) totalJp: number;
  @Field({ description: 'TERPENUHI (≥ 20 JP) or BELUM.' }) status: string;
  @Field(() => Float, { description: 'JP still needed to reach 20.' }) shortfall: number;
  @Field({ description: 'PPPK above 24 JP in the contract year (PP 49/2018 ps. 39).' }) capWarning: boolean;
  @Field(() => [JpLedgerEntry], { description: 'Verified completions only.' }) entries: JpLedgerEntry[];
}

import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { EducationLevel, RankingStatus } from '../../recruitment.vocabulary';
import { ApplicantEducationLevelEnum, RankingStatusEnum } from '../recruitment.enums';
import { SkdPassedSchema, SkdPassedView, SkdScoresSchema, SkdScoresView } from '../skd.types';

/** Logical collection of the admin view of applicants (projection `selection-applicants`). */
export const SELECTION_APPLICANTS = 'selection_applicants';

@ObjectType('SkdResult', { description: 'An SKD result imported from BKN CAT, evaluated against the round’s reference.' })
@Schema({ _id: false, versionKey: false })
export class SkdResultView {
  @Field(() => SkdScoresView) @Prop({ type: SkdScoresSchema, required: true }) scores: SkdScoresView;
  @Field(() => Int) @Prop({ type: Number, required: true }) total: number;
  @Field(() => SkdPassedView) @Prop({ type: SkdPassedSchema, required: true }) passed: SkdPassedView;
  @Field({ description: 'Every threshold met.' }) @Prop({ type: Boolean, required: true }) passedAll: boolean;
  @Field() @Prop({ type: String, required: true }) skdReferenceId: string;
  @Field(() => Int) @Prop({ type: Number, required: true }) skdReferenceVersion: number;
  @Field({ description: 'The BKN CAT import batch the result came from.' }) @Prop({ type: String, required: true }) importBatchId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) recordedByMemberId: string;
  @Field() @Prop({ type: String, required: true }) recordedAt: string;
}
export const SkdResultSchema = SchemaFactory.createForClass(SkdResultView);

@ObjectType('ApplicantAppointment')
@Schema({ _id: false, versionKey: false })
export class ApplicantAppointmentView {
  @Field(() => ID) @Prop({ type: String, required: true }) employeeId: string;
  @Field() @Prop({ type: String, required: true }) nip: string;
  @Field() @Prop({ type: String, required: true }) tmtCpns: string;
  @Field() @Prop({ type: String, required: true }) golongan: string;
  @Field() @Prop({ type: String, required: true }) appointedAt: string;
}
export const ApplicantAppointmentSchema = SchemaFactory.createForClass(ApplicantAppointmentView);

/**
 * An applicant as the BKD and auditors see them. Personal data (UU 27/2022 PDP): the NIK only masked,
 * the name and birth date for these roles only — never in the public ranking.
 */
@ObjectType('SelectionApplicant', { description: 'An applicant of a round (admin view; personal data, never public).' })
@Schema({ versionKey: false })
export class SelectionApplicant {
  @Field(() => ID, { name: 'id' }) @Prop({ type: String }) _id: string;
  @Field(() => ID) @Prop({ type: String, required: true }) roundId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) formasiId: string;
  @Field({ description: 'Nomor pendaftaran: registration order in the round.' }) @Prop({ type: String, required: true }) registrationNumber: string;
  @Field(() => Int) @Prop({ type: Number, required: true }) registrationOrder: number;
  @Field() @Prop({ type: String, required: true }) name: string;
  @Field({ description: 'NIK masked: region code and last two digits.' }) @Prop({ type: String, required: true }) nikMasked: string;
  @Field() @Prop({ type: String, required: true }) birthDate: string;
  @Field(() => ApplicantEducationLevelEnum) @Prop({ type: String, required: true }) educationLevel: EducationLevel;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) educationMajor: string | null;
  @Field() @Prop({ type: String, required: true }) registeredAt: string;
  @Field(() => SkdResultView, { nullable: true }) @Prop({ type: SkdResultSchema, default: null }) skdResult: SkdResultView | null;
  @Field(() => [ID], { description: 'Panel members recused from this applicant.' }) @Prop({ type: [String], default: [] }) recusedMemberIds: string[];
  @Field(() => [ID], { description: 'Panel members with an undeclared relation to this applicant.' }) @Prop({ type: [String], default: [] }) flaggedMemberIds: string[];
  @Field(() => RankingStatusEnum, { nullable: true, description: 'Set when the ranking is published.' }) @Prop({ type: String, default: null }) rankingStatus: RankingStatus | null;
  @Field(() => Int, { nullable: true }) @Prop({ type: Number, default: null }) rank: number | null;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) rankingExplanation: string | null;
  @Field(() => ApplicantAppointmentView, { nullable: true }) @Prop({ type: ApplicantAppointmentSchema, default: null }) appointment: ApplicantAppointmentView | null;
}
export const SelectionApplicantSchema = SchemaFactory.createForClass(SelectionApplicant);
// `selectionApplicants` pages a round (optionally one formasi) in (registrationOrder, _id) order.
SelectionApplicantSchema.index({ roundId: 1, registrationOrder: 1, _id: 1 });
SelectionApplicantSchema.index({ roundId: 1, formasiId: 1, registrationOrder: 1, _id: 1 });

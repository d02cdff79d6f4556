import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { RevisionField } from '@infrastructure/projections/revision-field';
import { ConflictRelation, EducationLevel, PanelRole, RelationSource, RoundStatus } from '../../recruitment.vocabulary';
import {
  AppointmentRegistrationStatusEnum,
  ApplicantEducationLevelEnum,
  ConflictRelationEnum,
  PanelRoleEnum,
  RecusalBasisEnum,
  RelationSourceEnum,
  SelectionRoundStatusEnum,
} from '../recruitment.enums';
import { SkdReferenceSchema, SkdReferenceView } from '../skd.types';

/** Logical collection of the admin view of selection rounds (projection `selection-rounds`). */
export const SELECTION_ROUNDS = 'selection_rounds';

@ObjectType('FormasiView', { description: 'A formasi (vacancy) of a round with its quota and live counts.' })
@Schema({ _id: false, versionKey: false })
export class FormasiView {
  @Field(() => ID) @Prop({ type: String, required: true }) formasiId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) unitId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) positionId: string;
  @Field({ description: 'Jabatan (position title) as announced.' }) @Prop({ type: String, required: true }) jabatanName: string;
  @Field(() => Int) @Prop({ type: Number, required: true }) quota: number;
  @Field(() => ApplicantEducationLevelEnum) @Prop({ type: String, required: true }) educationLevel: EducationLevel;
  @Field(() => [String], { description: 'Accepted programmes of study; empty: any in the level.' }) @Prop({ type: [String] }) educationMajors: string[];
  @Field(() => Int) @Prop({ type: Number, default: 0 }) applicantCount: number;
  @Field(() => Int, { description: 'Applicants with an imported SKD result.' }) @Prop({ type: Number, default: 0 }) resultCount: number;
  @Field(() => Int, { description: 'Results meeting every threshold.' }) @Prop({ type: Number, default: 0 }) passedCount: number;
  @Field(() => Int) @Prop({ type: Number, default: 0 }) appointedCount: number;
}
export const FormasiViewSchema = SchemaFactory.createForClass(FormasiView);

@ObjectType('ConflictDeclaration')
@Schema({ _id: false, versionKey: false })
export class ConflictDeclarationView {
  @Field(() => ID) @Prop({ type: String, required: true }) applicantId: string;
  @Field() @Prop({ type: String, required: true }) registrationNumber: string;
  @Field(() => ConflictRelationEnum) @Prop({ type: String, required: true }) relation: ConflictRelation;
  @Field() @Prop({ type: String, required: true }) declaredAt: string;
  @Field({ description: "Declared after the member had recorded this applicant's result." }) @Prop({ type: Boolean, required: true }) lateDeclaration: boolean;
}
export const ConflictDeclarationSchema = SchemaFactory.createForClass(ConflictDeclarationView);

@ObjectType('PanelRecusal', { description: 'An applicant the member may not act on.' })
@Schema({ _id: false, versionKey: false })
export class RecusalView {
  @Field(() => ID) @Prop({ type: String, required: true }) applicantId: string;
  @Field() @Prop({ type: String, required: true }) registrationNumber: string;
  @Field(() => ConflictRelationEnum) @Prop({ type: String, required: true }) relation: ConflictRelation;
  @Field(() => RecusalBasisEnum) @Prop({ type: String, required: true }) basis: 'DECLARED' | 'KNOWN_RELATION';
}
export const RecusalSchema = SchemaFactory.createForClass(RecusalView);

@ObjectType('UndeclaredConflictFlag', { description: 'A relation found by others that the member had not declared.' })
@Schema({ _id: false, versionKey: false })
export class ConflictFlagView {
  @Field(() => ID) @Prop({ type: String, required: true }) applicantId: string;
  @Field() @Prop({ type: String, required: true }) registrationNumber: string;
  @Field(() => ConflictRelationEnum) @Prop({ type: String, required: true }) relation: ConflictRelation;
  @Field(() => RelationSourceEnum) @Prop({ type: String, required: true }) source: RelationSource;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) note: string | null;
  @Field() @Prop({ type: String, required: true }) flaggedAt: string;
  @Field({ description: "The member had recorded this applicant's SKD result: review it." }) @Prop({ type: Boolean, required: true }) actedOnApplicant: boolean;
}
export const ConflictFlagSchema = SchemaFactory.createForClass(ConflictFlagView);

@ObjectType('PanelMember', { description: 'A selection-panel member with declarations, recusals and flags.' })
@Schema({ _id: false, versionKey: false })
export class PanelMemberView {
  @Field(() => ID) @Prop({ type: String, required: true }) memberId: string;
  @Field(() => ID, { nullable: true }) @Prop({ type: String, default: null }) employeeId: string | null;
  @Field() @Prop({ type: String, required: true }) name: string;
  @Field(() => PanelRoleEnum) @Prop({ type: String, required: true }) role: PanelRole;
  @Field() @Prop({ type: String, required: true }) appointedAt: string;
  @Field(() => [ConflictDeclarationView]) @Prop({ type: [ConflictDeclarationSchema], default: [] }) declarations: ConflictDeclarationView[];
  @Field(() => [RecusalView]) @Prop({ type: [RecusalSchema], default: [] }) recusals: RecusalView[];
  @Field(() => [ConflictFlagView]) @Prop({ type: [ConflictFlagSchema], default: [] }) flags: ConflictFlagView[];
}
export const PanelMemberSchema = SchemaFactory.createForClass(PanelMemberView);

@ObjectType('EmployeeRegistrationOutcome', { description: 'What became of the employee record an appointment asked for.' })
export class EmployeeRegistrationOutcome {
  @Field(() => AppointmentRegistrationStatusEnum, { description: 'PENDING while the employee record is being created; FAILED can be retried (retryAppointmentRegistration) once corrected.' })
  status: 'PENDING' | 'REGISTERED' | 'FAILED';
  @Field(() => String, { nullable: true, description: 'Rule code of a refusal.' }) rule: string | null;
  @Field(() => String, { nullable: true }) message: string | null;
}

@ObjectType('Appointment', { description: 'A passed applicant appointed CPNS.' })
@Schema({ _id: false, versionKey: false })
export class AppointmentView {
  @Field(() => ID) @Prop({ type: String, required: true }) applicantId: string;
  @Field() @Prop({ type: String, required: true }) registrationNumber: string;
  @Field(() => ID) @Prop({ type: String, required: true }) formasiId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) employeeId: string;
  @Field({ description: 'NIP assigned by BKN.' }) @Prop({ type: String, required: true }) nip: string;
  @Field() @Prop({ type: String, required: true }) tmtCpns: string;
  @Field() @Prop({ type: String, required: true }) golongan: string;
  @Field() @Prop({ type: String, required: true }) appointedAt: string;
  @Field(() => EmployeeRegistrationOutcome, { description: 'What became of the employee registration: PENDING, REGISTERED or FAILED (with the rule).' })
  employeeRegistration?: EmployeeRegistrationOutcome;
}
export const AppointmentSchema = SchemaFactory.createForClass(AppointmentView);

@ObjectType('SelectionRound', { description: 'A CPNS selection round (admin view): formasi, counts, phase, panel, appointments.' })
@Schema({ versionKey: false })
export class SelectionRound {
  @Field(() => ID, { name: 'id' }) @Prop({ type: String }) _id: string;
  @Field(() => ID) @Prop({ type: String, required: true }) instansiId: string;
  @Field(() => Int) @Prop({ type: Number, required: true }) year: number;
  @Field() @Prop({ type: String, required: true }) name: string;
  @Field(() => SelectionRoundStatusEnum) @Prop({ type: String, required: true }) status: RoundStatus;
  @RevisionField() revision: number;
  @Field(() => SkdReferenceView) @Prop({ type: SkdReferenceSchema, required: true }) skdReference: SkdReferenceView;
  @Field() @Prop({ type: String, required: true }) openedAt: string;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) registrationClosedAt: string | null;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) rankingPublishedAt: string | null;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) announcedAt: string | null;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) cancelledAt: string | null;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) cancelReason: string | null;
  @Field(() => Int) @Prop({ type: Number, default: 0 }) applicantCount: number;
  @Field(() => Int) @Prop({ type: Number, default: 0 }) resultCount: number;
  @Field(() => Int, { description: 'Undeclared conflicts flagged across the panel.' }) @Prop({ type: Number, default: 0 }) flagCount: number;
  @Field(() => [FormasiView]) @Prop({ type: [FormasiViewSchema], default: [] }) formasi: FormasiView[];
  @Field(() => [PanelMemberView]) @Prop({ type: [PanelMemberSchema], default: [] }) panel: PanelMemberView[];
  @Field(() => [AppointmentView]) @Prop({ type: [AppointmentSchema], default: [] }) appointments: AppointmentView[];
}
export const SelectionRoundSchema = SchemaFactory.createForClass(SelectionRound);
// `selectionRounds` pages in (openedAt, _id) order, for every instansi or those of the caller.
SelectionRoundSchema.index({ openedAt: 1, _id: 1 });
SelectionRoundSchema.index({ instansiId: 1, openedAt: 1, _id: 1 });

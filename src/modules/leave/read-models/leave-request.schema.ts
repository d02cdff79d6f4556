import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { RevisionField } from '@infrastructure/projections/revision-field';
import { CountingUnit, EvidenceKind, LeaveKind, LeaveStatus, LeaveSubKind, LeaveVerdict } from '../policy/leave.vocabulary';
import './leave.enums';

export const LEAVE_REQUESTS = 'leave_requests';

@ObjectType('LeaveApprover', { description: 'Who gives a step: a unit head (definitive, Plt or Plh) or the PPK (kepala daerah, recorded by ADMIN_BKD).' })
@Schema({ _id: false, versionKey: false })
export class LeaveApproverNode {
  @Field(() => ID, { nullable: true }) @Prop({ type: String, default: null }) employeeId: string | null;
  @Field(() => ID, { nullable: true }) @Prop({ type: String, default: null }) positionId: string | null;
  @Field(() => String, { nullable: true, description: 'PLH or PLT when acting for the post.' }) @Prop({ type: String, default: null }) acting: 'PLH' | 'PLT' | null;
  @Field() @Prop({ type: Boolean, required: true }) kepalaDaerah: boolean;
  @Field(() => ID, { nullable: true, description: 'The official passed over because they are on leave themselves.' }) @Prop({ type: String, default: null }) delegatedFrom: string | null;
}
const LeaveApproverSchema = SchemaFactory.createForClass(LeaveApproverNode);

@ObjectType('LeaveEvidence')
@Schema({ _id: false, versionKey: false })
export class LeaveEvidenceNode {
  @Field({ description: 'Attachment content hash (download from /attachments/<hash>).' }) @Prop({ type: String, required: true }) hash: string;
  @Field(() => EvidenceKind) @Prop({ type: String, required: true }) kind: EvidenceKind;
}
const LeaveEvidenceSchema = SchemaFactory.createForClass(LeaveEvidenceNode);

@ObjectType('LeaveStepRecord', { description: 'A consideration or decision as given.' })
@Schema({ _id: false, versionKey: false })
export class LeaveStepNode {
  @Field(() => LeaveVerdict) @Prop({ type: String, required: true }) verdict: LeaveVerdict;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) reason: string | null;
  @Field(() => LeaveApproverNode) @Prop({ type: LeaveApproverSchema, required: true }) by: LeaveApproverNode;
  @Field() @Prop({ type: String, required: true }) at: string;
  @Field(() => String, { nullable: true, description: 'Consideration PERUBAHAN: the proposed first day.' }) @Prop({ type: String, default: null }) proposedStart: string | null;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) proposedEnd: string | null;
  @Field(() => String, { nullable: true, description: 'PPK decisions: the SK number.' }) @Prop({ type: String, default: null }) skNumber: string | null;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) skDate: string | null;
}
const LeaveStepSchema = SchemaFactory.createForClass(LeaveStepNode);

@ObjectType('ActingDuringLeave')
@Schema({ _id: false, versionKey: false })
export class ActingDuringLeaveNode {
  @Field() @Prop({ type: String, required: true }) kind: 'PLH' | 'PLT';
  @Field(() => ID) @Prop({ type: String, required: true }) positionId: string;
}
const ActingDuringLeaveSchema = SchemaFactory.createForClass(ActingDuringLeaveNode);

@ObjectType('LeaveRequest', { description: 'A leave request (permintaan cuti) with its consideration and decision.' })
@Schema({ versionKey: false })
export class LeaveRequest {
  @Field(() => ID, { name: 'id' }) @Prop({ type: String }) _id: string;
  @RevisionField("Revision of the employee's leave record stream: send it as a leave mutation's `expectedRevision`.") revision: number;
  @Field(() => ID) @Prop({ type: String, required: true, index: true }) employeeId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) instansiId: string;
  @Field(() => ID, { description: 'Unit kerja of the employee on the request day.' }) @Prop({ type: String, required: true }) unitId: string;
  @Field() @Prop({ type: String, required: true }) employmentType: string;
  @Field(() => LeaveKind) @Prop({ type: String, required: true }) kind: LeaveKind;
  @Field(() => LeaveSubKind, { nullable: true }) @Prop({ type: String, default: null }) subKind: LeaveSubKind | null;
  @Field() @Prop({ type: String, required: true }) startDate: string;
  @Field() @Prop({ type: String, required: true }) endDate: string;
  @Field(() => Int, { description: 'The length in `counting` units (working days for cuti tahunan).' }) @Prop({ type: Number, required: true }) days: number;
  @Field(() => CountingUnit) @Prop({ type: String, required: true }) counting: CountingUnit;
  @Field(() => LeaveStatus) @Prop({ type: String, required: true }) status: LeaveStatus;
  @Field() @Prop({ type: Boolean, required: true }) abroad: boolean;
  @Field(() => String, { nullable: true, description: 'Address during leave: the employee, their approvers, ADMIN_BKD and AUDITOR only (null for other heads of the unit).' }) @Prop({ type: String, default: null }) address: string | null;
  @Field({ description: 'The reason given: the employee, their approvers, ADMIN_BKD and AUDITOR only ("(disembunyikan)" for other heads of the unit).' }) @Prop({ type: String, required: true }) reason: string;
  @Field(() => [LeaveEvidenceNode], { description: 'Supporting documents: empty for viewers who do not see the reason.' }) @Prop({ type: [LeaveEvidenceSchema], default: [] }) evidence: LeaveEvidenceNode[];
  @Field(() => Int, { nullable: true }) @Prop({ type: Number, default: null }) childOrder: number | null;
  @Field(() => Int, { description: 'Uncharged travel days at the end of a cuti tahunan to a place hard to reach.' }) @Prop({ type: Number, default: 0 }) travelDays: number;
  @Field(() => [ActingDuringLeaveNode], { description: 'Plt/Plh terms the employee holds during the leave (flagged for the deciding official).' }) @Prop({ type: [ActingDuringLeaveSchema], default: [] }) actingDuringLeave: ActingDuringLeaveNode[];
  @Field(() => LeaveApproverNode, { description: 'The atasan langsung.' }) @Prop({ type: LeaveApproverSchema, required: true }) atasan: LeaveApproverNode;
  @Field(() => LeaveApproverNode, { description: 'The pejabat yang berwenang memberikan cuti.' }) @Prop({ type: LeaveApproverSchema, required: true }) pejabat: LeaveApproverNode;
  @Field(() => LeaveApproverNode, { nullable: true, description: 'Who the waiting step was escalated to.' }) @Prop({ type: LeaveApproverSchema, default: null }) escalatedTo: LeaveApproverNode | null;
  @Field(() => ID, { nullable: true, description: 'Who must act next (employee id); null when the PPK must (ADMIN_BKD records it) or nobody.' }) @Prop({ type: String, default: null, index: true }) waitingFor: string | null;
  /** Employee ids who may give the waiting step (the routed approver and, after an escalation, the next one up). */
  @Prop({ type: [String], default: [], index: true }) approverIds: string[];
  @Field({ description: 'True while the PPK must give the waiting step (ADMIN_BKD of the instansi records it).' }) @Prop({ type: Boolean, default: false, index: true }) waitingForPpk: boolean;
  @Field(() => LeaveStepNode, { nullable: true }) @Prop({ type: LeaveStepSchema, default: null }) consideration: LeaveStepNode | null;
  @Field(() => LeaveStepNode, { nullable: true }) @Prop({ type: LeaveStepSchema, default: null }) decision: LeaveStepNode | null;
  @Field() @Prop({ type: String, required: true }) requestedAt: string;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) lastRemindedAt: string | null;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) returnedOn: string | null;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) cancelledAt: string | null;
  @Field() @Prop({ type: String, required: true }) policyVersion: string;
  @Field() @Prop({ type: String, required: true }) calendarVersion: string;
  @Field(() => Float, { nullable: true, description: 'Log position of the decision event (what a surat izin cuti reflects).' }) @Prop({ type: Number, default: null }) decisionPosition: number | null;
  @Field(() => String, { nullable: true, description: 'Hash of the decision event in the hash chain.' }) @Prop({ type: String, default: null }) decisionHash: string | null;
}
export const LeaveRequestSchema = SchemaFactory.createForClass(LeaveRequest);
LeaveRequestSchema.index({ unitId: 1, startDate: 1, _id: 1 });
LeaveRequestSchema.index({ instansiId: 1, startDate: 1, _id: 1 });
LeaveRequestSchema.index({ employeeId: 1, startDate: 1, _id: 1 });
LeaveRequestSchema.index({ approverIds: 1, requestedAt: 1, _id: 1 });
LeaveRequestSchema.index({ instansiId: 1, waitingForPpk: 1, requestedAt: 1, _id: 1 });
LeaveRequestSchema.index({ 'evidence.hash': 1 });

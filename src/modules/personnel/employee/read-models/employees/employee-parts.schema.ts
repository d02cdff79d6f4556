import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { ActingKind, CareerActionKind, HukdisLevel, HukdisType, RetirementKind, SatyalancanaClass } from '../../domain';
import { NominationStatus } from '../../shared/employee.enums';

/** The embedded parts of an Employee document (each both a GraphQL type and a sub-schema). */

@ObjectType('EmployeeContacts', { description: 'Personal data (UU 27/2022 PDP): shown to AUDITOR, the ADMIN_BKD of the instansi and the employee only.' })
@Schema({ _id: false, versionKey: false })
export class EmployeeContacts {
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) email: string | null;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) phone: string | null;
}
export const EmployeeContactsSchema = SchemaFactory.createForClass(EmployeeContacts);

@ObjectType('EmployeeActingAssignment', { description: 'A Plt/Plh term of the employee in another position.' })
@Schema({ _id: false, versionKey: false })
export class EmployeeActingAssignment {
  @Field(() => ID) @Prop({ type: String, required: true }) assignmentId: string;
  @Field(() => ActingKind) @Prop({ type: String, required: true }) kind: ActingKind;
  @Field(() => ID) @Prop({ type: String, required: true }) positionId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) unitId: string;
  @Field({ description: 'First day (YYYY-MM-DD).' }) @Prop({ type: String, required: true }) from: string;
  @Field({ description: 'Planned last day, inclusive.' }) @Prop({ type: String, required: true }) until: string;
  @Field(() => String, { nullable: true, description: 'Last day actually served, when ended.' }) @Prop({ type: String, default: null }) endedOn: string | null;
}
export const EmployeeActingAssignmentSchema = SchemaFactory.createForClass(EmployeeActingAssignment);

@ObjectType('EmployeeDisciplinaryAction', { description: 'Hukuman disiplin (PP 94/2021) in summary; the SK and description are in the history.' })
@Schema({ _id: false, versionKey: false })
export class EmployeeDisciplinaryAction {
  @Field(() => ID) @Prop({ type: String, required: true }) hukdisId: string;
  @Field(() => HukdisType) @Prop({ type: String, required: true }) hukdisType: HukdisType;
  @Field(() => HukdisLevel) @Prop({ type: String, required: true }) level: HukdisLevel;
  @Field() @Prop({ type: String, required: true }) decidedAt: string;
  @Field() @Prop({ type: String, required: true }) effectiveFrom: string;
  @Field(() => String, { nullable: true, description: 'First day it no longer applies; null = open-ended (PDH_TAPS).' })
  @Prop({ type: String, default: null })
  activeUntil: string | null;
}
export const EmployeeDisciplinaryActionSchema = SchemaFactory.createForClass(EmployeeDisciplinaryAction);

@ObjectType('AwardNomination', { description: 'A Satyalancana Karya Satya nomination the system proposed, and the human decision on it.' })
@Schema({ _id: false, versionKey: false })
export class AwardNomination {
  @Field(() => ID) @Prop({ type: String, required: true }) nominationId: string;
  @Field() @Prop({ type: String, required: true }) award: string;
  @Field(() => SatyalancanaClass) @Prop({ type: String, required: true }) awardClass: SatyalancanaClass;
  @Field(() => Int, { description: 'Completed years of service from TMT CPNS at `asOf`.' }) @Prop({ type: Number, required: true }) serviceYears: number;
  @Field() @Prop({ type: String, required: true }) asOf: string;
  @Field(() => NominationStatus) @Prop({ type: String, required: true }) status: NominationStatus;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) decidedOn: string | null;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) decisionReason: string | null;
}
export const AwardNominationSchema = SchemaFactory.createForClass(AwardNomination);

@ObjectType('NipWarning', { description: 'The NIP/NI PPPK encodes a value that differs from the record (a warning, not a refusal).' })
@Schema({ _id: false, versionKey: false })
export class NipWarning {
  @Field({ description: 'birthDate, sex or tmt.' }) @Prop({ type: String, required: true }) field: string;
  @Field() @Prop({ type: String, required: true }) fromIdentifier: string;
  @Field() @Prop({ type: String, required: true }) recorded: string;
}
export const NipWarningSchema = SchemaFactory.createForClass(NipWarning);

@ObjectType('EmployeeRetirement')
@Schema({ _id: false, versionKey: false })
export class EmployeeRetirement {
  @Field(() => RetirementKind) @Prop({ type: String, required: true }) kind: RetirementKind;
  @Field() @Prop({ type: String, required: true }) effectiveDate: string;
}
export const EmployeeRetirementSchema = SchemaFactory.createForClass(EmployeeRetirement);

@ObjectType('EmployeeAnnulment', { description: 'A career action annulled (pembatalan) by an SK; the annulled event stays in the history, marked.' })
@Schema({ _id: false, versionKey: false })
export class EmployeeAnnulment {
  @Field(() => ID, { description: 'The annulled event (employeeHistory eventId).' }) @Prop({ type: String, required: true }) annulledEventId: string;
  @Field({ description: 'Its type, e.g. personnel.EmployeeTransferred.' }) @Prop({ type: String, required: true }) annulledType: string;
  @Field(() => CareerActionKind) @Prop({ type: String, required: true }) kind: CareerActionKind;
  @Field({ description: 'Number of the SK of the annulment.' }) @Prop({ type: String, required: true }) skNumber: string;
  @Field({ description: 'Date of that SK.' }) @Prop({ type: String, required: true }) skDate: string;
}
export const EmployeeAnnulmentSchema = SchemaFactory.createForClass(EmployeeAnnulment);

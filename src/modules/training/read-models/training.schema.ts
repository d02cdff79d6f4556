import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { RevisionField } from '@infrastructure/projections/revision-field';
import { CompetencyGroup, LatihanStruktural, TrainingForm, TrainingRoute } from '../catalogue/program.vocabulary';
import { GapKind } from '../budget/envelope.events';
import './training.enums';

export const TRAINING_PROGRAMS = 'training_programs';
export const TRAINING_BUDGETS = 'training_budgets';
export const TRAINING_PLAN_ITEMS = 'training_plan_items';

@ObjectType('TargetCompetency', { description: 'A competency a program develops, with the level (1–5) it aims at.' })
@Schema({ _id: false, versionKey: false })
export class TargetCompetencyNode {
  @Field(() => CompetencyGroup) @Prop({ type: String, required: true }) group: CompetencyGroup;
  @Field() @Prop({ type: String, required: true }) name: string;
  @Field(() => Int) @Prop({ type: Number, required: true }) level: number;
}
const TargetCompetencySchema = SchemaFactory.createForClass(TargetCompetencyNode);

@ObjectType('TrainingProgram', { description: 'A program in an instansi training catalogue.' })
@Schema({ versionKey: false })
export class TrainingProgram {
  @Field(() => ID, { name: 'id', description: '`<instansiId>.<code lower-case>`.' }) @Prop({ type: String }) _id: string;
  @Field(() => ID) @Prop({ type: String, required: true }) instansiId: string;
  @Field() @Prop({ type: String, required: true }) title: string;
  @Field(() => TrainingRoute) @Prop({ type: String, required: true }) route: TrainingRoute;
  @Field(() => TrainingForm) @Prop({ type: String, required: true }) form: TrainingForm;
  @Field(() => [TargetCompetencyNode]) @Prop({ type: [TargetCompetencySchema] }) competencies: TargetCompetencyNode[];
  @Field(() => Int, { description: 'Jam pelajaran credited on completion (1 JP = 45 minutes).' }) @Prop({ type: Number, required: true }) jp: number;
  @Field(() => Float, { description: 'Cost per participant, whole rupiah.' }) @Prop({ type: Number, required: true }) costPerParticipant: number;
  @Field() @Prop({ type: String, required: true }) provider: string;
  @Field(() => LatihanStruktural, { nullable: true, description: 'Set for a structural training (a SIASN diklat record).' }) @Prop({ type: String, default: null }) latihanStruktural?: LatihanStruktural | null;
  @Field() @Prop({ type: String, required: true }) publishedAt: string;
}
export const TrainingProgramSchema = SchemaFactory.createForClass(TrainingProgram);
TrainingProgramSchema.index({ instansiId: 1, _id: 1 });
TrainingProgramSchema.index({ instansiId: 1, route: 1, _id: 1 });

@ObjectType('TrainingBudget', { description: "An OPD's training envelope for one year: the budget board." })
@Schema({ versionKey: false })
export class TrainingBudget {
  @Field(() => ID, { name: 'id', description: '`<unitId>:<year>`.' }) @Prop({ type: String }) _id: string;
  @Field(() => ID) @Prop({ type: String, required: true }) unitId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) instansiId: string;
  @Field(() => Int) @Prop({ type: Number, required: true }) year: number;
  @RevisionField("Revision of the envelope stream: send it as a budget mutation's `expectedRevision`.") revision: number;
  @Field(() => Float, { description: 'From the budget document, before reallocations.' }) @Prop({ type: Number, default: 0 }) baseAmount: number;
  @Field(() => Float) @Prop({ type: Number, default: 0 }) reallocatedIn: number;
  @Field(() => Float) @Prop({ type: Number, default: 0 }) reallocatedOut: number;
  @Field(() => Float, { description: 'base + in − out.' }) @Prop({ type: Number, default: 0 }) envelope: number;
  @Field(() => Float, { description: 'Outstanding plan-item reservations.' }) @Prop({ type: Number, default: 0 }) reserved: number;
  @Field(() => Float, { description: 'Committed to activities (realised or not); never above the envelope.' }) @Prop({ type: Number, default: 0 }) committed: number;
  @Field(() => Float) @Prop({ type: Number, default: 0 }) realised: number;
  @Field(() => Float, { description: 'envelope − reserved − committed.' }) @Prop({ type: Number, default: 0 }) remaining: number;
  @Field(() => Float, { nullable: true }) @Prop({ type: Number, default: null }) perEmployeeCap: number | null;
  @Field({ description: 'Budget document (DPA) number.' }) @Prop({ type: String, required: true }) skNumber: string;
  @Field() @Prop({ type: String, required: true }) skDate: string;
}
export const TrainingBudgetSchema = SchemaFactory.createForClass(TrainingBudget);
TrainingBudgetSchema.index({ instansiId: 1, year: 1, _id: 1 });

@ObjectType('TrainingPlanItem', { description: 'A plan item: one employee, one year, one program, naming the gap it addresses.' })
@Schema({ versionKey: false })
export class TrainingPlanItem {
  @Field(() => ID, { name: 'id' }) @Prop({ type: String }) _id: string;
  @Field(() => ID) @Prop({ type: String, required: true }) unitId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) instansiId: string;
  @Field(() => Int) @Prop({ type: Number, required: true }) year: number;
  @Field(() => ID) @Prop({ type: String, required: true }) employeeId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) programId: string;
  @Field(() => GapKind) @Prop({ type: String, required: true }) gapKind: GapKind;
  @Field({ description: 'Competency name, or the performance gap id.' }) @Prop({ type: String, required: true }) gapReference: string;
  @Field() @Prop({ type: String, required: true }) gapDescription: string;
  @Field(() => Float) @Prop({ type: Number, required: true }) reservedAmount: number;
  @Field({ description: 'RESERVED or COMMITTED.' }) @Prop({ type: String, required: true }) status: string;
  @Field(() => Float, { nullable: true }) @Prop({ type: Number, default: null }) committedAmount: number | null;
  @Field() @Prop({ type: String, required: true }) plannedAt: string;
}
export const TrainingPlanItemSchema = SchemaFactory.createForClass(TrainingPlanItem);
TrainingPlanItemSchema.index({ unitId: 1, year: 1, _id: 1 });
TrainingPlanItemSchema.index({ employeeId: 1, year: 1, _id: 1 });

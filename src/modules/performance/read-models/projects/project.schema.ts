import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { RevisionField } from '@infrastructure/projections/revision-field';

export const PERFORMANCE_PROJECTS = 'performance_projects';

@ObjectType('ProjectMember', { description: 'A member of a project: their unit and part. The RHK their work serves and the lead’s ratings are on their own SKP, not here.' })
@Schema({ _id: false, versionKey: false })
export class ProjectMemberView {
  @Field(() => ID) @Prop({ type: String, required: true }) employeeId: string;
  @Field(() => ID, { description: 'Unit kerja of the member when added.' }) @Prop({ type: String, required: true }) unitId: string;
  @Field() @Prop({ type: String, required: true }) peran: string;
  @Field() @Prop({ type: String, required: true }) addedAt: string;
}
const ProjectMemberSchema = SchemaFactory.createForClass(ProjectMemberView);

@ObjectType('ProjectMilestone', { description: 'A planned milestone of a project output, and its capaian once reported (with bukti dukung hashes).' })
@Schema({ _id: false, versionKey: false })
export class ProjectMilestoneView {
  @Field(() => ID) @Prop({ type: String, required: true }) milestoneId: string;
  @Field() @Prop({ type: String, required: true }) title: string;
  @Field() @Prop({ type: String, required: true }) dueDate: string;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) reachedOn: string | null;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) note: string | null;
  @Field(() => [String], { description: 'SHA-256 hashes (download through /attachments).' }) @Prop({ type: [String], default: [] }) evidence: string[];
  @Field(() => ID, { nullable: true }) @Prop({ type: String, default: null }) reportedBy: string | null;
}
const ProjectMilestoneSchema = SchemaFactory.createForClass(ProjectMilestoneView);

@ObjectType('ProjectOutput', { description: 'An output (keluaran) of a project with its milestones.' })
@Schema({ _id: false, versionKey: false })
export class ProjectOutputView {
  @Field(() => ID) @Prop({ type: String, required: true }) outputId: string;
  @Field() @Prop({ type: String, required: true }) title: string;
  @Field() @Prop({ type: String, required: true }) target: string;
  @Field(() => [ProjectMilestoneView]) @Prop({ type: [ProjectMilestoneSchema] }) milestones: ProjectMilestoneView[];
}
const ProjectOutputSchema = SchemaFactory.createForClass(ProjectOutputView);

@ObjectType('Project', { description: 'A project (tim kerja) of one instansi and SKP year: lead, members from several units, outputs and milestones. No ratings: those are on each member’s SKP. Visible to the lead, the members, ADMIN_BKD and AUDITOR of the instansi.' })
@Schema({ versionKey: false })
export class Project {
  @Field(() => ID, { name: 'id' }) @Prop({ type: String }) _id: string;
  @RevisionField() revision: number;
  @Field(() => ID) @Prop({ type: String, required: true }) instansiId: string;
  @Field(() => ID, { description: 'The owning unit.' }) @Prop({ type: String, required: true }) unitId: string;
  @Field() @Prop({ type: String, required: true }) name: string;
  @Field() @Prop({ type: String, required: true }) description: string;
  @Field(() => Int) @Prop({ type: Number, required: true }) year: number;
  @Field(() => ID, { description: 'Ketua tim.' }) @Prop({ type: String, required: true }) leadEmployeeId: string;
  @Field(() => [ProjectMemberView]) @Prop({ type: [ProjectMemberSchema], default: [] }) members: ProjectMemberView[];
  @Field(() => [ProjectOutputView]) @Prop({ type: [ProjectOutputSchema], default: [] }) outputs: ProjectOutputView[];
  @Field() @Prop({ type: String, required: true }) formedAt: string;
  @Field() @Prop({ type: String, required: true }) updatedAt: string;
  /** The lead and the members (who may read it). */
  @Prop({ type: [String], default: [] }) participantIds: string[];
  /** Every bukti dukung hash of the project (the attachment lookup). */
  @Prop({ type: [String], default: [] }) evidence: string[];
}
export const ProjectSchema = SchemaFactory.createForClass(Project);
ProjectSchema.index({ instansiId: 1, year: 1, _id: 1 });
ProjectSchema.index({ participantIds: 1, year: 1, _id: 1 });
ProjectSchema.index({ evidence: 1 });

import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { UmpanBalik, UmpanBalikSchema } from '../skps/skp.schema';

export const PERFORMANCE_ACTIVITIES = 'performance_activities';

@ObjectType('ActivityEntry', { description: 'One entry of the daily journal (catatan harian), with the appraiser’s feedback on it. Visible like its SKP.' })
@Schema({ versionKey: false })
export class ActivityEntry {
  @Field(() => ID, { name: 'id' }) @Prop({ type: String }) _id: string;
  @Field(() => ID) @Prop({ type: String, required: true }) skpId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) employeeId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) instansiId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) unitId: string;
  @Field({ description: 'YYYY-MM-DD (WIB).' }) @Prop({ type: String, required: true }) date: string;
  @Field(() => Int) @Prop({ type: Number, required: true }) durationMinutes: number;
  @Field(() => ID) @Prop({ type: String, required: true }) rhkId: string;
  @Field() @Prop({ type: String, required: true }) description: string;
  @Field(() => [String], { description: 'Bukti dukung: SHA-256 hashes of the attachments.' }) @Prop({ type: [String] }) evidence: string[];
  @Field() @Prop({ type: String, required: true }) loggedAt: string;
  @Field(() => [UmpanBalik]) @Prop({ type: [UmpanBalikSchema], default: [] }) umpanBalik: UmpanBalik[];
  /** Access check and the appraiser's board. */
  @Prop({ type: String, default: null }) pejabatPenilaiEmployeeId: string | null;
  @Prop({ type: String, default: null }) atasanEmployeeId: string | null;
}
export const ActivityEntrySchema = SchemaFactory.createForClass(ActivityEntry);
ActivityEntrySchema.index({ skpId: 1, date: 1, _id: 1 });
ActivityEntrySchema.index({ evidence: 1 });

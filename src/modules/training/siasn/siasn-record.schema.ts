import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

export const TRAINING_SIASN_RECORDS = 'training_siasn_records';

/**
 * Stored: one verified completion, as the SIASN riwayat needs it (only verified completions count,
 * checklist 14). Program and employee details are joined when the record is read.
 */
@Schema({ versionKey: false })
export class SiasnRecordDoc {
  /** `<activityId>:<employeeId>`. */
  @Prop({ type: String }) _id: string;
  @Prop({ type: String, required: true }) instansiId: string;
  @Prop({ type: String, required: true }) unitId: string;
  /** Calendar year of completion (SIASN `tahun` / `tahunKursus`). */
  @Prop({ type: Number, required: true }) year: number;
  @Prop({ type: String, required: true }) activityId: string;
  @Prop({ type: String, required: true }) programId: string;
  @Prop({ type: String, required: true }) employeeId: string;
  @Prop({ type: String, required: true }) title: string;
  @Prop({ type: String, required: true }) form: string;
  @Prop({ type: String, required: true }) startedOn: string;
  @Prop({ type: String, required: true }) completedOn: string;
  @Prop({ type: Number, required: true }) jp: number;
  @Prop({ type: String, required: true }) certificateNumber: string;
  @Prop({ type: String, required: true }) certificateHash: string;
  @Prop({ type: String, required: true }) verifiedAt: string;
}
export const SiasnRecordDocSchema = SchemaFactory.createForClass(SiasnRecordDoc);
SiasnRecordDocSchema.index({ instansiId: 1, year: 1, _id: 1 });
SiasnRecordDocSchema.index({ instansiId: 1, year: 1, unitId: 1, _id: 1 });

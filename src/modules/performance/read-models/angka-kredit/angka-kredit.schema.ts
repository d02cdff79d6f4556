import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Connection } from '@infrastructure/graphql/connection';
import '../../graphql/performance.enums';
import { Predikat } from '../../../shared';

export const PERFORMANCE_ANGKA_KREDIT = 'performance_angka_kredit';
/** The jabatan and months each SKP covers, as the ledger needs them (internal). */
export const PERFORMANCE_AK_SKPS = 'performance_angka_kredit_skps';

@ObjectType('AngkaKreditEntry', { description: 'A line of a JF employee’s angka kredit ledger: what a closed annual evaluation of an SKP segment earns (AK = pct[predikat] × koefisien × months/12); a correction adds a line whose delta adjusts the earlier one.' })
@Schema({ versionKey: false })
export class AngkaKreditEntry {
  @Field(() => ID, { name: 'id', description: '`<evaluationId>@<revision>`.' }) @Prop({ type: String }) _id: string;
  @Field(() => ID) @Prop({ type: String, required: true }) employeeId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) instansiId: string;
  @Field(() => Int) @Prop({ type: Number, required: true }) year: number;
  @Field(() => ID) @Prop({ type: String, required: true }) evaluationId: string;
  @Field(() => ID, { description: 'The SKP segment the line is for (a year split by a transfer earns per segment).' }) @Prop({ type: String, required: true }) skpId: string;
  @Field({ description: 'CLOSE (the sign-off) or CORRECTION.' }) @Prop({ type: String, required: true }) source: string;
  @Field(() => Predikat) @Prop({ type: String, required: true }) predikat: Predikat;
  @Field({ description: 'The JF jenjang of the SKP.' }) @Prop({ type: String, required: true }) jenisJabatan: string;
  @Field({ description: 'Koefisien per year of the jenjang (decimal).' }) @Prop({ type: String, required: true }) koefisien: string;
  @Field(() => Int, { description: 'Percent for the predikat (SB 150, B 100, BP 75, K 50, SK 25).' }) @Prop({ type: Number, required: true }) persen: number;
  @Field(() => Int) @Prop({ type: Number, required: true }) months: number;
  @Field({ description: 'AK earned by this finalisation (2 dp).' }) @Prop({ type: String, required: true }) angkaKredit: string;
  @Field({ description: 'Change to the balance (2 dp; negative when a correction lowers it).' }) @Prop({ type: String, required: true }) delta: string;
  @Field() @Prop({ type: String, required: true }) policyVersion: string;
  @Field() @Prop({ type: String, required: true }) recordedAt: string;
  /** Revision of the evaluation stream (orders a correction after its close). */
  @Prop({ type: Number, required: true }) revision: number;
}
export const AngkaKreditEntrySchema = SchemaFactory.createForClass(AngkaKreditEntry);
AngkaKreditEntrySchema.index({ employeeId: 1, _id: 1 });
AngkaKreditEntrySchema.index({ evaluationId: 1, revision: 1 });

@Schema({ versionKey: false })
export class AngkaKreditSkp {
  @Prop({ type: String }) _id: string;
  @Prop({ type: String, required: true }) employeeId: string;
  @Prop({ type: String, required: true }) instansiId: string;
  @Prop({ type: Number, required: true }) year: number;
  @Prop({ type: String, required: true }) jenisJabatan: string;
  @Prop({ type: Number, required: true }) months: number;
}
export const AngkaKreditSkpSchema = SchemaFactory.createForClass(AngkaKreditSkp);

const AngkaKreditEntryConnection = Connection(AngkaKreditEntry);

@ObjectType('AngkaKreditLedger', { description: 'The angka kredit ledger of a JF employee, from closed annual evaluations: the balance and the lines.' })
export class AngkaKreditLedger {
  @Field(() => ID) employeeId: string;
  @Field({ description: 'Sum of every line’s delta the caller may see (2 dp).' }) total: string;
  @Field(() => AngkaKreditEntryConnection) entries: InstanceType<typeof AngkaKreditEntryConnection>;
}

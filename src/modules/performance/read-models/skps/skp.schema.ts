import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { RevisionField } from '@infrastructure/projections/revision-field';
import { Rating } from '../../predikat/rating';
import { AppraiserSource, Aspek, BerAkhlak, Pendekatan, RhkKategori, SkpStatus } from '../../skp/skp.vocabulary';
import '../../graphql/performance.enums';

export const PERFORMANCE_SKPS = 'performance_skps';

@ObjectType('SkpAppraiser', { description: 'A pejabat penilai or atasan pejabat penilai as the SKP records them (derived from the tree, or set by ADMIN_BKD).' })
@Schema({ _id: false, versionKey: false })
export class SkpAppraiser {
  @Field({ description: 'UNIT_HEAD, KEPALA_DAERAH or UNRESOLVED.' }) @Prop({ type: String, required: true }) kind: string;
  @Field(() => ID, { nullable: true, description: 'The employee filling the post on the SKP date; null when vacant.' }) @Prop({ type: String, default: null }) employeeId: string | null;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) name: string | null;
  @Field(() => ID, { nullable: true }) @Prop({ type: String, default: null }) positionId: string | null;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) jenisJabatan: string | null;
  @Field(() => String, { nullable: true, description: 'PLT or PLH.' }) @Prop({ type: String, default: null }) acting: string | null;
  @Field(() => String, { nullable: true, description: 'Kepala daerah title.' }) @Prop({ type: String, default: null }) title: string | null;
  @Field() @Prop({ type: Boolean, default: false }) substitute: boolean;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) unresolved: string | null;
  @Field(() => AppraiserSource) @Prop({ type: String, required: true }) source: AppraiserSource;
}
const SkpAppraiserSchema = SchemaFactory.createForClass(SkpAppraiser);

@ObjectType('SkpIndikator', { description: 'An IKI (indikator kinerja individu) of an RHK with its aspek and target.' })
@Schema({ _id: false, versionKey: false })
export class SkpIndikator {
  @Field(() => Aspek) @Prop({ type: String, required: true }) aspek: Aspek;
  @Field() @Prop({ type: String, required: true }) iki: string;
  @Field() @Prop({ type: String, required: true }) target: string;
}
const SkpIndikatorSchema = SchemaFactory.createForClass(SkpIndikator);

@ObjectType('SkpIntervensi', { description: "The superior's RHK this RHK intervenes in (the cascade)." })
@Schema({ _id: false, versionKey: false })
export class SkpIntervensi {
  @Field(() => ID) @Prop({ type: String, required: true }) skpId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) rhkId: string;
}
const SkpIntervensiSchema = SchemaFactory.createForClass(SkpIntervensi);

@ObjectType('SkpRhk', { description: 'A rencana hasil kerja.' })
@Schema({ _id: false, versionKey: false })
export class SkpRhk {
  @Field(() => ID, { description: 'Code within the SKP (the employee chooses it).' }) @Prop({ type: String, required: true }) rhkId: string;
  @Field(() => RhkKategori) @Prop({ type: String, required: true }) kategori: RhkKategori;
  @Field() @Prop({ type: String, required: true }) rencanaKinerja: string;
  @Field(() => Pendekatan) @Prop({ type: String, required: true }) pendekatan: Pendekatan;
  @Field(() => [SkpIndikator]) @Prop({ type: [SkpIndikatorSchema] }) indikator: SkpIndikator[];
  @Field(() => [SkpIntervensi]) @Prop({ type: [SkpIntervensiSchema] }) intervensi: SkpIntervensi[];
  @Field(() => [ID], { description: "A JPT's links to the unit's targets." }) @Prop({ type: [String], default: [] }) unitTargetIds: string[];
}
const SkpRhkSchema = SchemaFactory.createForClass(SkpRhk);

@ObjectType('SkpPerilaku', { description: 'A BerAKHLAK value with the pejabat penilai’s ekspektasi khusus.' })
@Schema({ _id: false, versionKey: false })
export class SkpPerilaku {
  @Field(() => BerAkhlak) @Prop({ type: String, required: true }) nilai: BerAkhlak;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) ekspektasiKhusus: string | null;
}
const SkpPerilakuSchema = SchemaFactory.createForClass(SkpPerilaku);

@ObjectType('SkpLampiran', { description: 'Lampiran SKP: resources, accountability scheme and consequences.' })
@Schema({ _id: false, versionKey: false })
export class SkpLampiran {
  @Field(() => [String]) @Prop({ type: [String] }) dukunganSumberDaya: string[];
  @Field(() => [String]) @Prop({ type: [String] }) skemaPertanggungjawaban: string[];
  @Field(() => [String]) @Prop({ type: [String] }) konsekuensi: string[];
}
const SkpLampiranSchema = SchemaFactory.createForClass(SkpLampiran);

@ObjectType('SkpRealisasi', { description: 'The latest realisasi of an RHK for a period, with bukti dukung hashes.' })
@Schema({ _id: false, versionKey: false })
export class SkpRealisasi {
  @Field(() => ID) @Prop({ type: String, required: true }) rhkId: string;
  @Field() @Prop({ type: String, required: true }) period: string;
  @Field() @Prop({ type: String, required: true }) realisasi: string;
  @Field(() => [String], { description: 'SHA-256 hashes of the attachments (download through /attachments).' }) @Prop({ type: [String] }) evidence: string[];
  @Field() @Prop({ type: String, required: true }) recordedAt: string;
}
const SkpRealisasiSchema = SchemaFactory.createForClass(SkpRealisasi);

@ObjectType('UmpanBalik', { description: "The appraiser's continuous feedback on an RHK, a journal entry or a BerAKHLAK value." })
@Schema({ _id: false, versionKey: false })
export class UmpanBalik {
  @Field(() => ID) @Prop({ type: String, required: true }) feedbackId: string;
  @Field(() => ID, { nullable: true }) @Prop({ type: String, default: null }) rhkId: string | null;
  @Field(() => ID, { nullable: true }) @Prop({ type: String, default: null }) activityId: string | null;
  @Field(() => BerAkhlak, { nullable: true }) @Prop({ type: String, default: null }) perilaku: BerAkhlak | null;
  @Field() @Prop({ type: String, required: true }) text: string;
  @Field(() => ID) @Prop({ type: String, required: true }) givenBy: string;
  @Field() @Prop({ type: String, required: true }) givenAt: string;
}
export const UmpanBalikSchema = SchemaFactory.createForClass(UmpanBalik);

@ObjectType('SkpProjectContribution', { description: "A project lead's rating and feedback of the employee's project work for a period, on the RHK the project is linked to (realisasi evidence for the appraiser)." })
@Schema({ _id: false, versionKey: false })
export class SkpProjectContribution {
  @Field(() => ID) @Prop({ type: String, required: true }) projectId: string;
  @Field() @Prop({ type: String, required: true }) projectName: string;
  @Field(() => ID) @Prop({ type: String, required: true }) rhkId: string;
  @Field() @Prop({ type: String, required: true }) period: string;
  @Field(() => Rating) @Prop({ type: String, required: true }) rating: Rating;
  @Field() @Prop({ type: String, required: true }) feedback: string;
  @Field(() => ID, { description: 'The project lead (ketua tim).' }) @Prop({ type: String, required: true }) ratedBy: string;
  @Field() @Prop({ type: String, required: true }) recordedAt: string;
}
const SkpProjectContributionSchema = SchemaFactory.createForClass(SkpProjectContribution);

@ObjectType('SkpSegmentTransfer', { description: 'The transfer (mutasi) that opened or closed an SKP segment: its TMT and SK.' })
@Schema({ _id: false, versionKey: false })
export class SkpSegmentTransfer {
  @Field({ description: 'TMT of the transfer.' }) @Prop({ type: String, required: true }) effectiveDate: string;
  @Field() @Prop({ type: String, required: true }) skNumber: string;
  @Field() @Prop({ type: String, required: true }) skDate: string;
}
const SkpSegmentTransferSchema = SchemaFactory.createForClass(SkpSegmentTransfer);

@ObjectType('SkpSegment', { description: "One segment of an employee's SKP year (a mid-year transfer closes the old post's and opens the new post's): its period, months, post and status." })
export class SkpSegment {
  @Field(() => ID) skpId: string;
  @Field(() => Int) segment: number;
  @Field() periodStart: string;
  @Field() periodEnd: string;
  @Field(() => Int) months: number;
  @Field(() => ID) unitId: string;
  @Field(() => ID) positionId: string;
  @Field(() => SkpStatus) status: SkpStatus;
}

@ObjectType('Skp', { description: 'Sasaran Kinerja Pegawai of one employee and year (PermenPANRB 6/2022). Visible to the employee, the appraiser chain, ADMIN_BKD of the instansi and AUDITOR.' })
@Schema({ versionKey: false })
export class Skp {
  @Field(() => ID, { name: 'id', description: '`<employeeId>.<year>`, or `<employeeId>.<year>.<n>` for the n-th segment after a mid-year transfer.' }) @Prop({ type: String }) _id: string;
  @RevisionField() revision: number;
  @Field(() => ID) @Prop({ type: String, required: true }) employeeId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) instansiId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) unitId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) positionId: string;
  @Field() @Prop({ type: String, required: true }) jenisJabatan: string;
  @Field(() => Int) @Prop({ type: Number, required: true }) year: number;
  @Field({ description: 'The day the appraisers were resolved for (inside the period).' }) @Prop({ type: String, required: true }) skpDate: string;
  @Field({ description: 'First day this SKP (segment) covers: 1 January, the appointment TMT, or a transfer TMT.' }) @Prop({ type: String, required: true }) periodStart: string;
  @Field({ description: 'Last day it covers: 31 December, or the day before a transfer TMT.' }) @Prop({ type: String, required: true }) periodEnd: string;
  @Field(() => Int, { description: 'Months it counts (a month counts for the segment holding its 15th day): the AK ledger’s months/12 and the year’s predikat.' }) @Prop({ type: Number, required: true }) months: number;
  @Field(() => Int, { description: '1 for `<employeeId>.<year>`, n for `<employeeId>.<year>.<n>`.' }) @Prop({ type: Number, default: 1 }) segment: number;
  @Field(() => ID, { nullable: true, description: 'The segment before this one (the post left).' }) @Prop({ type: String, default: null }) previousSkpId: string | null;
  @Field(() => ID, { nullable: true, description: 'The segment a transfer opened after this one.' }) @Prop({ type: String, default: null }) nextSkpId: string | null;
  @Field(() => SkpSegmentTransfer, { nullable: true, description: 'The transfer that opened this segment.' }) @Prop({ type: SkpSegmentTransferSchema, default: null }) openedBy: SkpSegmentTransfer | null;
  @Field(() => SkpSegmentTransfer, { nullable: true, description: 'The transfer that closed this segment.' }) @Prop({ type: SkpSegmentTransferSchema, default: null }) closedBy: SkpSegmentTransfer | null;
  @Field(() => SkpStatus) @Prop({ type: String, required: true }) status: SkpStatus;
  @Field(() => [SkpRhk]) @Prop({ type: [SkpRhkSchema] }) rhk: SkpRhk[];
  @Field(() => [SkpPerilaku]) @Prop({ type: [SkpPerilakuSchema] }) perilaku: SkpPerilaku[];
  @Field(() => SkpLampiran) @Prop({ type: SkpLampiranSchema }) lampiran: SkpLampiran;
  @Field(() => SkpAppraiser) @Prop({ type: SkpAppraiserSchema }) pejabatPenilai: SkpAppraiser;
  @Field(() => SkpAppraiser) @Prop({ type: SkpAppraiserSchema }) atasanPejabatPenilai: SkpAppraiser;
  @Field(() => String, { nullable: true, description: "ADMIN_BKD's reason when the pejabat penilai was set by hand." }) @Prop({ type: String, default: null }) appraiserOverrideReason: string | null;
  @Field(() => String, { nullable: true, description: 'Notes of the last return.' }) @Prop({ type: String, default: null }) returnNotes: string | null;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) submittedAt: string | null;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) approvedAt: string | null;
  @Field(() => [SkpRealisasi]) @Prop({ type: [SkpRealisasiSchema], default: [] }) realisasi: SkpRealisasi[];
  @Field(() => [UmpanBalik]) @Prop({ type: [UmpanBalikSchema], default: [] }) umpanBalik: UmpanBalik[];
  @Field(() => [SkpProjectContribution], { description: 'Project leads’ ratings of project work linked to RHK of this SKP (the latest per project, RHK and period).' })
  @Prop({ type: [SkpProjectContributionSchema], default: [] })
  projectContributions: SkpProjectContribution[];
  @Field() @Prop({ type: String, required: true }) updatedAt: string;
  /** Flattened for the inbox and the access check. */
  @Prop({ type: String, default: null }) pejabatPenilaiEmployeeId: string | null;
  @Prop({ type: String, default: null }) atasanEmployeeId: string | null;
}
export const SkpSchema = SchemaFactory.createForClass(Skp);
SkpSchema.index({ employeeId: 1, year: 1 });
SkpSchema.index({ pejabatPenilaiEmployeeId: 1, status: 1, _id: 1 });
SkpSchema.index({ unitId: 1, year: 1, _id: 1 });
SkpSchema.index({ instansiId: 1, year: 1, _id: 1 });

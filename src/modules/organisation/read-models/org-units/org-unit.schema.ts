import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { JenisJabatan, PositionStatus, UnitKind, UnitStatus } from '../../domain/organisation.vocabulary';
import { RevisionField } from '@infrastructure/projections/revision-field';
import '../organisation.enums';

/** Logical collection and projection name of the unit kerja read model. */
export const ORG_UNITS = 'org_units';

@ObjectType('OrgPosition', { description: 'A jabatan (position) in a unit kerja.' })
@Schema({ _id: false, versionKey: false })
export class OrgPosition {
  @Field(() => ID, { description: '`<unitId>.<code lower-case>`, e.g. kota-medan.dinkes.kadis.' })
  @Prop({ type: String, required: true })
  positionId: string;

  @Field() @Prop({ type: String, required: true }) code: string;
  @Field() @Prop({ type: String, required: true }) name: string;
  @Field(() => JenisJabatan) @Prop({ type: String, required: true }) jenisJabatan: JenisJabatan;

  @Field({ description: 'The structural head of its unit (at most one active per unit).' })
  @Prop({ type: Boolean, required: true })
  isUnitHead: boolean;

  @Field(() => Int, { nullable: true, description: 'Kelas jabatan (job grade 1–17).' })
  @Prop({ type: Number, default: null })
  kelasJabatan: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'How many definitive holders the post takes: 1 for a structural post or unit head, the recorded formation otherwise; null when no formation is recorded.',
  })
  @Prop({ type: Number, default: null })
  capacity: number | null;

  @Field(() => PositionStatus) @Prop({ type: String, required: true }) status: PositionStatus;
}

export const OrgPositionSchema = SchemaFactory.createForClass(OrgPosition);

@ObjectType('OrgUnit', { description: 'A unit kerja (OPD, bidang, seksi, kecamatan…) in the tree of an instansi.' })
@Schema({ versionKey: false })
export class OrgUnit {
  @Field(() => ID, { name: 'id', description: '`<instansiId>.<code lower-case>`, e.g. kota-medan.dinkes.' })
  @Prop({ type: String })
  _id: string;

  @Field(() => ID) @Prop({ type: String, required: true }) instansiId: string;

  @RevisionField('Revision of the instansi\'s organisation stream (the whole tree is one stream): send it as an organisation mutation\'s `expectedRevision`.')
  revision: number;

  @Field(() => ID, { nullable: true, description: 'null for a top-level unit (OPD, kecamatan).' })
  @Prop({ type: String, default: null })
  parentUnitId: string | null;

  @Field(() => [ID], { description: 'Ids of the ancestor units, from the top level down to the parent.' })
  @Prop({ type: [String], index: true })
  ancestors: string[];

  @Field(() => [String], { description: 'Names from the top-level unit down to this one (a breadcrumb).' })
  @Prop({ type: [String] })
  path: string[];

  @Field() @Prop({ type: String, required: true }) code: string;
  @Field() @Prop({ type: String, required: true }) name: string;
  @Field(() => UnitKind) @Prop({ type: String, required: true }) kind: UnitKind;
  @Field(() => UnitStatus) @Prop({ type: String, required: true }) status: UnitStatus;

  @Field(() => [OrgPosition], { description: 'Positions of this unit, abolished ones included.' })
  @Prop({ type: [OrgPositionSchema] })
  positions: OrgPosition[];

  @Field(() => Int, { description: 'Active sub-units directly below.' })
  @Prop({ type: Number, required: true })
  childCount: number;

  @Field() @Prop({ type: String, required: true }) createdAt: string;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) dissolvedAt: string | null;
}

export const OrgUnitSchema = SchemaFactory.createForClass(OrgUnit);
// `orgUnits` pages in _id order, filtered by instansi and/or parent; the directory lists an instansi by id.
OrgUnitSchema.index({ instansiId: 1, parentUnitId: 1, _id: 1 });
OrgUnitSchema.index({ instansiId: 1, _id: 1 });
OrgUnitSchema.index({ parentUnitId: 1, _id: 1 });

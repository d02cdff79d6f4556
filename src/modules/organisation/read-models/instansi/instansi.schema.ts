import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { InstansiKind } from '../../domain/organisation.vocabulary';
import { RevisionField } from '@infrastructure/projections/revision-field';
import '../organisation.enums';

/** Logical collection and projection name of the instansi read model. */
export const INSTANSI = 'instansi';

@ObjectType('Instansi', { description: 'An instansi daerah (e.g. Pemerintah Kota Medan): the root of an organisation tree.' })
@Schema({ versionKey: false })
export class Instansi {
  @Field(() => ID, { name: 'id', description: 'Slug chosen at registration, e.g. kota-medan.' })
  @Prop({ type: String })
  _id: string;

  @Field() @Prop({ type: String, required: true }) name: string;
  @Field(() => InstansiKind) @Prop({ type: String, required: true }) kind: InstansiKind;

  @Field({ description: 'How the kepala daerah is addressed: Wali Kota, Bupati, Gubernur.' })
  @Prop({ type: String, required: true })
  kepalaDaerahTitle: string;

  @Field(() => Int, { description: 'Active (not dissolved) units in the tree.' })
  @Prop({ type: Number, required: true })
  unitCount: number;

  @Field() @Prop({ type: String, required: true }) registeredAt: string;

  @RevisionField('Revision of the instansi\'s organisation stream (its units and positions included): send it as an organisation mutation\'s `expectedRevision`.')
  revision: number;
}

export const InstansiSchema = SchemaFactory.createForClass(Instansi);

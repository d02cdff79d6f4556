import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { defineProjection } from '@infrastructure/projections/projection';
import { RevisionField } from '@infrastructure/projections/revision-field';
import { AgreementKind, PartnerEvent, PartnerKind } from './partner.events';

export const TRAINING_PARTNERS = 'training_partners';

registerEnumType(PartnerKind, { name: 'TrainingPartnerKind', description: 'Universitas, LAN / BPSDM, asosiasi profesi, swasta, LSM (NGO).' });
registerEnumType(AgreementKind, { name: 'CooperationAgreementKind', description: 'MOU (nota kesepahaman) or PKS (perjanjian kerja sama, under an MoU).' });

@ObjectType('CooperationAgreement', { description: 'An MoU or PKS with a partner: number, period and scope.' })
@Schema({ _id: false, versionKey: false })
export class CooperationAgreementNode {
  @Field(() => ID, { description: '`<partnerId>.<code lower-case>`.' }) @Prop({ type: String, required: true }) agreementId: string;
  @Field(() => AgreementKind) @Prop({ type: String, required: true }) kind: AgreementKind;
  @Field({ description: 'Nomor MoU / PKS.' }) @Prop({ type: String, required: true }) number: string;
  @Field() @Prop({ type: String, required: true }) signedOn: string;
  @Field() @Prop({ type: String, required: true }) validFrom: string;
  @Field({ description: 'Last day in force.' }) @Prop({ type: String, required: true }) validUntil: string;
  @Field() @Prop({ type: String, required: true }) scope: string;
  @Field(() => ID, { nullable: true, description: 'The MoU a PKS implements.' }) @Prop({ type: String, default: null }) underAgreementId: string | null;
  @Field({ description: 'BERLAKU, BELUM_BERLAKU or KEDALUWARSA today (an expired agreement takes no new activities).' }) status?: string;
}
const CooperationAgreementSchema = SchemaFactory.createForClass(CooperationAgreementNode);

@ObjectType('TrainingPartner', { description: 'A competency-development partner of the instansi, with its cooperation agreements.' })
@Schema({ versionKey: false })
export class TrainingPartner {
  @Field(() => ID, { name: 'id', description: '`<instansiId>.<code lower-case>`.' }) @Prop({ type: String }) _id: string;
  @RevisionField("Revision of the partner stream: send it as a partner mutation's `expectedRevision`.") revision: number;
  @Field(() => ID) @Prop({ type: String, required: true }) instansiId: string;
  @Field() @Prop({ type: String, required: true }) name: string;
  @Field(() => PartnerKind) @Prop({ type: String, required: true }) kind: PartnerKind;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) city: string | null;
  @Field(() => [CooperationAgreementNode]) @Prop({ type: [CooperationAgreementSchema] }) agreements: CooperationAgreementNode[];
}
export const TrainingPartnerSchema = SchemaFactory.createForClass(TrainingPartner);
TrainingPartnerSchema.index({ instansiId: 1, _id: 1 });
TrainingPartnerSchema.index({ instansiId: 1, kind: 1, _id: 1 });

/** Partners with their agreements, one document per partner. */
export const trainingPartnersProjection = defineProjection<PartnerEvent>({
  name: TRAINING_PARTNERS,
  version: 1,
  collections: [{ name: TRAINING_PARTNERS, schema: TrainingPartnerSchema }],
  canHandle: ['training.PartnerRegistered', 'training.AgreementSigned'],
  async apply(event, writer) {
    switch (event.type) {
      case 'training.PartnerRegistered': {
        const { partnerId, registeredAt: _r, ...rest } = event.data;
        return writer.upsert(TRAINING_PARTNERS, partnerId, { $set: { ...rest, agreements: [], revision: event.revision } });
      }
      case 'training.AgreementSigned': {
        const { partnerId, instansiId: _i, signedAt: _s, ...agreement } = event.data;
        const doc = await writer.findById<TrainingPartner>(TRAINING_PARTNERS, partnerId);
        if (!doc) return;
        const agreements = [...doc.agreements.filter((a) => a.agreementId !== agreement.agreementId), agreement].sort((a, b) => a.agreementId.localeCompare(b.agreementId));
        return writer.upsert(TRAINING_PARTNERS, partnerId, { $set: { agreements, revision: event.revision } });
      }
    }
  },
});

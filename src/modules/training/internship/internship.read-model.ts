import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { defineProjection, ProjectionWriter } from '@infrastructure/projections/projection';
import { RevisionField } from '@infrastructure/projections/revision-field';
import { InternshipEvent, SealedPersonalData } from './internship.events';

export const TRAINING_INTERNSHIPS = 'training_internships';
export const TRAINING_INTERN_LOGBOOK = 'training_intern_logbook';

@ObjectType('InternPlacement')
@Schema({ _id: false, versionKey: false })
export class InternPlacementNode {
  @Field(() => ID) @Prop({ type: String, required: true }) unitId: string;
  @Field(() => ID, { description: 'The ASN mentor (employee id).' }) @Prop({ type: String, required: true }) mentorEmployeeId: string;
  @Field() @Prop({ type: String, required: true }) from: string;
  @Field() @Prop({ type: String, required: true }) until: string;
}
const InternPlacementSchema = SchemaFactory.createForClass(InternPlacementNode);

@ObjectType('InternAssessment', { description: "The mentor's assessment." })
@Schema({ _id: false, versionKey: false })
export class InternAssessmentNode {
  @Field(() => Int, { description: '0–100.' }) @Prop({ type: Number, required: true }) score: number;
  @Field() @Prop({ type: String, required: true }) notes: string;
  @Field(() => Float, { description: "The mentor's documented mentoring hours." }) @Prop({ type: Number, required: true }) mentoringHours: number;
  @Field() @Prop({ type: String, required: true }) assessedAt: string;
}
const InternAssessmentSchema = SchemaFactory.createForClass(InternAssessmentNode);

@ObjectType('InternCertificate')
@Schema({ _id: false, versionKey: false })
export class InternCertificateNode {
  @Field() @Prop({ type: String, required: true }) certificateNumber: string;
  @Field() @Prop({ type: String, required: true }) issuedOn: string;
  @Field(() => Float, { nullable: true, description: 'MENTORING JP credited to the mentor, when the policy counts it.' }) @Prop({ type: Number, default: null }) mentorJp: number | null;
}
const InternCertificateSchema = SchemaFactory.createForClass(InternCertificateNode);

@ObjectType('Intern', { description: 'A student intern (not ASN). Name and e-mail are decrypted for TRAINING_ADMIN, AUDITOR and the mentor; null once erased.' })
@Schema({ _id: false, versionKey: false })
export class InternNode {
  @Field(() => ID) @Prop({ type: String, required: true }) participantId: string;
  @Prop({ type: Object, required: true }) sealed: SealedPersonalData;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field() @Prop({ type: String, required: true }) studyProgram: string;
  @Field({ description: 'When the intern consented to the processing of their data.' }) @Prop({ type: String, required: true }) consentGivenOn: string;
  @Field() @Prop({ type: String, required: true }) consentNoticeVersion: string;
  @Field(() => InternPlacementNode, { nullable: true }) @Prop({ type: InternPlacementSchema, default: null }) placement: InternPlacementNode | null;
  @Field(() => Int) @Prop({ type: Number, default: 0 }) logbookEntries: number;
  @Field(() => Float) @Prop({ type: Number, default: 0 }) logbookHours: number;
  @Field(() => InternAssessmentNode, { nullable: true }) @Prop({ type: InternAssessmentSchema, default: null }) assessment: InternAssessmentNode | null;
  @Field(() => InternCertificateNode, { nullable: true }) @Prop({ type: InternCertificateSchema, default: null }) certificate: InternCertificateNode | null;
  @Field(() => String, { nullable: true, description: 'When the personal data was erased (its key destroyed).' }) @Prop({ type: String, default: null }) erasedAt: string | null;
}
const InternSchema = SchemaFactory.createForClass(InternNode);

@ObjectType('Internship', { description: 'A magang mahasiswa cohort with a university partner, under a cooperation agreement.' })
@Schema({ versionKey: false })
export class Internship {
  @Field(() => ID, { name: 'id' }) @Prop({ type: String }) _id: string;
  @RevisionField("Revision of the internship stream: send it as an internship mutation's `expectedRevision`.") revision: number;
  @Field(() => ID) @Prop({ type: String, required: true }) instansiId: string;
  @Field() @Prop({ type: String, required: true }) title: string;
  @Field(() => ID) @Prop({ type: String, required: true }) partnerId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) agreementId: string;
  @Field() @Prop({ type: String, required: true }) from: string;
  @Field() @Prop({ type: String, required: true }) until: string;
  @Field(() => [InternNode]) @Prop({ type: [InternSchema] }) interns: InternNode[];
}
export const InternshipSchema = SchemaFactory.createForClass(Internship);
InternshipSchema.index({ instansiId: 1, _id: 1 });

@ObjectType('InternLogbookEntry')
@Schema({ versionKey: false })
export class InternLogbookEntry {
  @Field(() => ID, { name: 'id', description: '`<internshipId>:<participantId>:<date>`.' }) @Prop({ type: String }) _id: string;
  @Field(() => ID) @Prop({ type: String, required: true }) internshipId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) participantId: string;
  @Field() @Prop({ type: String, required: true }) date: string;
  @Field(() => Float) @Prop({ type: Number, required: true }) hours: number;
  @Field() @Prop({ type: String, required: true }) activity: string;
  @Field(() => ID) @Prop({ type: String, required: true }) recordedBy: string;
}
export const InternLogbookEntrySchema = SchemaFactory.createForClass(InternLogbookEntry);
InternLogbookEntrySchema.index({ internshipId: 1, participantId: 1, _id: 1 });

type Doc = Internship;
async function changeIntern(writer: ProjectionWriter, id: string, participantId: string, change: (i: InternNode) => InternNode, revision: number) {
  const doc = await writer.findById<Doc>(TRAINING_INTERNSHIPS, id);
  if (!doc) return;
  await writer.upsert(TRAINING_INTERNSHIPS, id, { $set: { interns: doc.interns.map((i) => (i.participantId === participantId ? change(i) : i)), revision } });
}

/** Cohorts with their interns (personal data stays sealed here), and the logbook entries. */
export const trainingInternshipsProjection = defineProjection<InternshipEvent>({
  name: TRAINING_INTERNSHIPS,
  version: 1,
  collections: [
    { name: TRAINING_INTERNSHIPS, schema: InternshipSchema },
    { name: TRAINING_INTERN_LOGBOOK, schema: InternLogbookEntrySchema },
  ],
  canHandle: ['training.InternshipOpened', 'training.InternAdmitted', 'training.InternPlaced', 'training.InternLogbookEntryRecorded', 'training.InternAssessed', 'training.InternCertificateIssued', 'training.MentoringCredited', 'training.InternPersonalDataErased'],
  async apply(event, writer) {
    const r = event.revision;
    switch (event.type) {
      case 'training.InternshipOpened': {
        const { internshipId, openedAt: _o, ...rest } = event.data;
        return writer.upsert(TRAINING_INTERNSHIPS, internshipId, { $set: { ...rest, interns: [], revision: r } });
      }
      case 'training.InternAdmitted': {
        const d = event.data;
        const doc = await writer.findById<Doc>(TRAINING_INTERNSHIPS, d.internshipId);
        if (!doc) return;
        const intern: InternNode = { participantId: d.participantId, sealed: d.personalData, studyProgram: d.studyProgram, consentGivenOn: d.consent.givenOn, consentNoticeVersion: d.consent.noticeVersion, placement: null, logbookEntries: 0, logbookHours: 0, assessment: null, certificate: null, erasedAt: null };
        return writer.upsert(TRAINING_INTERNSHIPS, d.internshipId, { $set: { interns: [...doc.interns.filter((i) => i.participantId !== d.participantId), intern], revision: r } });
      }
      case 'training.InternPlaced': {
        const { internshipId, participantId, unitId, mentorEmployeeId, from, until } = event.data;
        return changeIntern(writer, internshipId, participantId, (i) => ({ ...i, placement: { unitId, mentorEmployeeId, from, until } }), r);
      }
      case 'training.InternLogbookEntryRecorded': {
        const d = event.data;
        await writer.upsert(TRAINING_INTERN_LOGBOOK, `${d.internshipId}:${d.participantId}:${d.date}`, { $set: { internshipId: d.internshipId, participantId: d.participantId, date: d.date, hours: d.hours, activity: d.activity, recordedBy: d.recordedBy } });
        return changeIntern(writer, d.internshipId, d.participantId, (i) => ({ ...i, logbookEntries: i.logbookEntries + 1, logbookHours: Math.round((i.logbookHours + d.hours) * 100) / 100 }), r);
      }
      case 'training.InternAssessed': {
        const { internshipId, participantId, score, notes, mentoringHours, assessedAt } = event.data;
        return changeIntern(writer, internshipId, participantId, (i) => ({ ...i, assessment: { score, notes, mentoringHours, assessedAt } }), r);
      }
      case 'training.InternCertificateIssued': {
        const { internshipId, participantId, certificateNumber, issuedOn } = event.data;
        return changeIntern(writer, internshipId, participantId, (i) => ({ ...i, certificate: { certificateNumber, issuedOn, mentorJp: null } }), r);
      }
      case 'training.MentoringCredited': {
        const { internshipId, participantId, jp } = event.data;
        return changeIntern(writer, internshipId, participantId, (i) => ({ ...i, certificate: i.certificate ? { ...i.certificate, mentorJp: jp } : null }), r);
      }
      case 'training.InternPersonalDataErased': {
        const { internshipId, participantId, erasedAt } = event.data;
        return changeIntern(writer, internshipId, participantId, (i) => ({ ...i, erasedAt }), r);
      }
    }
  },
});

import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { defineProjection } from '@infrastructure/projections/projection';
import { RevisionField } from '@infrastructure/projections/revision-field';
import { ReportEvent } from '../report/report.events';
import { ReportKind, ReportPrivacy, ReportStatus, SlaStage, VerificationAction } from '../report/report.vocabulary';

export const FEEDBACK_REPORTS = 'feedback_reports';

@ObjectType('ReportTimelineEntry', { description: 'One step of a report: the status it reached and, for follow-ups and replies, the text.' })
@Schema({ _id: false, versionKey: false })
export class ReportTimelineEntry {
  @Field() @Prop({ type: String, required: true }) at: string;
  @Field(() => ReportStatus) @Prop({ type: String, required: true }) status: ReportStatus;
  @Field({ description: 'What happened, e.g. A2_TUNDA:DATA_TIDAK_LENGKAP, DISPOSED:kota-medan.dinkes, FOLLOW_UP, REPLY, REOPENED.' }) @Prop({ type: String, required: true }) event: string;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) note: string | null;
}
const TimelineSchema = SchemaFactory.createForClass(ReportTimelineEntry);

@ObjectType('ReportSlaBreach', { description: 'A missed SLA, escalated to the OPD head and the Admin Koordinator.' })
@Schema({ _id: false, versionKey: false })
export class ReportSlaBreach {
  @Field(() => SlaStage) @Prop({ type: String, required: true }) stage: SlaStage;
  @Field() @Prop({ type: String, required: true }) dueAt: string;
  @Field() @Prop({ type: String, required: true }) detectedAt: string;
}
const BreachSchema = SchemaFactory.createForClass(ReportSlaBreach);

/**
 * A report as officers work on it. It holds no identity of the reporter (that stays sealed in the
 * event, shredded on erasure); the public sees it only through `publicReportView`.
 */
@ObjectType('FeedbackReport', { description: 'A report as the officers handling it see it (never the reporter identity).' })
@Schema({ versionKey: false })
export class FeedbackReportDoc {
  @Field(() => ID, { name: 'id' }) @Prop({ type: String }) _id: string;
  @Field() @Prop({ type: String, required: true, unique: true }) trackingId: string;
  @Field(() => ReportKind) @Prop({ type: String, required: true }) kind: ReportKind;
  @Field(() => ReportPrivacy) @Prop({ type: String, required: true }) privacy: ReportPrivacy;
  @Field(() => ReportStatus) @Prop({ type: String, required: true }) status: ReportStatus;
  @RevisionField() revision: number;
  @Field(() => ID) @Prop({ type: String, required: true }) unitId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) instansiId: string;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) serviceName: string | null;
  @Field(() => ID, { nullable: true, description: 'The ASN concerned: officers only, never public.' }) @Prop({ type: String, default: null }) asnId: string | null;
  @Field() @Prop({ type: String, required: true }) title: string;
  @Field() @Prop({ type: String, required: true }) body: string;
  @Field(() => [String], { description: 'Content hashes of the attached photos and documents.' }) @Prop({ type: [String], default: [] }) attachments: string[];
  @Field() @Prop({ type: String, required: true }) channel: string;
  @Field() @Prop({ type: String, required: true }) submittedAt: string;
  @Field() @Prop({ type: String, required: true }) verifyDueAt: string;
  @Field(() => VerificationAction, { nullable: true }) @Prop({ type: String, default: null }) verificationAction: VerificationAction | null;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) verificationReason: string | null;
  @Field(() => ID, { nullable: true, description: 'The OPD it was disposed to.' }) @Prop({ type: String, default: null }) disposedTo: string | null;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) disposedAt: string | null;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) followUpDueAt: string | null;
  @Field(() => String, { nullable: true, description: 'The first follow-up (response time is measured to it).' }) @Prop({ type: String, default: null }) firstFollowUpAt: string | null;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) closesAt: string | null;
  @Field(() => String, { nullable: true }) @Prop({ type: String, default: null }) closedAt: string | null;
  @Field(() => [ReportSlaBreach]) @Prop({ type: [BreachSchema], default: [] }) slaBreaches: ReportSlaBreach[];
  @Field({ description: 'Some SLA was missed (escalated).' }) @Prop({ type: Boolean, default: false }) slaMissed: boolean;
  @Field(() => [ReportTimelineEntry]) @Prop({ type: [TimelineSchema], default: [] }) timeline: ReportTimelineEntry[];
  @Field({ description: 'For an appreciation naming an ASN: the ASN agreed to be named publicly.' }) @Prop({ type: Boolean, default: false }) asnConsent: boolean;
  @Field({ description: 'A sealed reporter identity exists (and was not erased).' }) @Prop({ type: Boolean, default: false }) hasReporterIdentity: boolean;
  @Prop({ type: String, default: null }) reporterSubjectId: string | null;
  @Prop({ type: String, default: null }) reporterSealed: string | null;
}
export const FeedbackReportSchema = SchemaFactory.createForClass(FeedbackReportDoc);
FeedbackReportSchema.index({ instansiId: 1, submittedAt: 1, _id: 1 });
FeedbackReportSchema.index({ disposedTo: 1, submittedAt: 1, _id: 1 });
FeedbackReportSchema.index({ unitId: 1, submittedAt: 1 });
FeedbackReportSchema.index({ instansiId: 1, kind: 1, status: 1, submittedAt: 1, _id: 1 });
FeedbackReportSchema.index({ asnId: 1, submittedAt: 1, _id: 1 });
FeedbackReportSchema.index({ instansiId: 1, slaMissed: 1, submittedAt: 1, _id: 1 });

export const reportsProjection = defineProjection<ReportEvent>({
  name: FEEDBACK_REPORTS,
  // 2: asnConsent (appreciations).
  version: 2,
  collections: [{ name: FEEDBACK_REPORTS, schema: FeedbackReportSchema }],
  canHandle: [
    'public-feedback.ReportSubmitted',
    'public-feedback.ReportPrivacyEscalated',
    'public-feedback.ReportPrivacyChangedByReporter',
    'public-feedback.ReporterContactErased',
    'public-feedback.ReportVerified',
    'public-feedback.ReportDisposed',
    'public-feedback.ReportFollowedUp',
    'public-feedback.ReporterReplied',
    'public-feedback.ReportClosed',
    'public-feedback.ReportSlaMissed',
    'public-feedback.AppreciationConsentSet',
  ],
  async apply(event, writer) {
    const id = event.data.reportId;
    const set = (fields: Record<string, unknown>, entry?: ReportTimelineEntry) =>
      writer.upsert(FEEDBACK_REPORTS, id, { $set: { ...fields, revision: event.revision }, ...(entry ? { $push: { timeline: entry } } : {}) });
    switch (event.type) {
      case 'public-feedback.ReportSubmitted': {
        const d = event.data;
        return writer.upsert(FEEDBACK_REPORTS, id, {
          $set: {
            trackingId: d.trackingId, kind: d.kind, privacy: d.privacy, status: ReportStatus.SUBMITTED, revision: event.revision, unitId: d.unitId, instansiId: d.instansiId,
            serviceName: d.serviceName ?? null, asnId: d.asnId ?? null, title: d.title, body: d.body, attachments: d.attachments.map((a) => a.hash), channel: d.channel,
            submittedAt: d.submittedAt, verifyDueAt: d.verifyDueAt, hasReporterIdentity: !!d.reporter, reporterSubjectId: d.reporter?.subjectId ?? null, reporterSealed: d.reporter?.sealed ?? null,
            timeline: [{ at: d.submittedAt, status: ReportStatus.SUBMITTED, event: 'SUBMITTED', note: null }], slaBreaches: [], slaMissed: false, asnConsent: false,
          },
        });
      }
      case 'public-feedback.ReportPrivacyEscalated':
      case 'public-feedback.ReportPrivacyChangedByReporter':
        return set({ privacy: event.data.to });
      case 'public-feedback.AppreciationConsentSet':
        return set({ asnConsent: event.data.consent });
      case 'public-feedback.ReporterContactErased':
        return set({ hasReporterIdentity: false, reporterSealed: null });
      case 'public-feedback.ReportVerified': {
        const d = event.data;
        const status = { A1_VERIFIKASI: ReportStatus.VERIFIED, A2_TUNDA: ReportStatus.DEFERRED, A3_BUKAN_WEWENANG: ReportStatus.NOT_OUR_AUTHORITY, A4_ARSIPKAN: ReportStatus.ARCHIVED }[d.action];
        return set({ status, verificationAction: d.action, verificationReason: d.reasonCode ?? null }, { at: d.verifiedAt, status, event: d.reasonCode ? `${d.action}:${d.reasonCode}` : d.action, note: null });
      }
      case 'public-feedback.ReportDisposed': {
        const d = event.data;
        return set({ status: ReportStatus.DISPOSED, disposedTo: d.toUnitId, disposedAt: d.disposedAt, followUpDueAt: d.followUpDueAt }, { at: d.disposedAt, status: ReportStatus.DISPOSED, event: `DISPOSED:${d.toUnitId}`, note: null });
      }
      case 'public-feedback.ReportFollowedUp': {
        const d = event.data;
        const doc = await writer.findById<FeedbackReportDoc>(FEEDBACK_REPORTS, id);
        return set(
          { status: ReportStatus.FOLLOWED_UP, closesAt: d.closesAt, firstFollowUpAt: doc?.firstFollowUpAt ?? d.followedUpAt },
          { at: d.followedUpAt, status: ReportStatus.FOLLOWED_UP, event: 'FOLLOW_UP', note: d.response },
        );
      }
      case 'public-feedback.ReporterReplied': {
        const d = event.data;
        return d.reopened
          ? set({ status: ReportStatus.DISPOSED, followUpDueAt: d.followUpDueAt ?? null, closesAt: null }, { at: d.repliedAt, status: ReportStatus.DISPOSED, event: 'REOPENED', note: d.message })
          : set({ closesAt: d.closesAt ?? null }, { at: d.repliedAt, status: ReportStatus.FOLLOWED_UP, event: 'REPLY', note: d.message });
      }
      case 'public-feedback.ReportClosed':
        return set({ status: ReportStatus.CLOSED, closedAt: event.data.closedAt, closesAt: null }, { at: event.data.closedAt, status: ReportStatus.CLOSED, event: event.data.reason, note: null });
      case 'public-feedback.ReportSlaMissed': {
        const d = event.data;
        return writer.upsert(FEEDBACK_REPORTS, id, { $set: { revision: event.revision, slaMissed: true }, $push: { slaBreaches: { stage: d.stage, dueAt: d.dueAt, detectedAt: d.detectedAt } } });
      }
    }
  },
});

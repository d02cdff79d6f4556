import { Field, ID, ObjectType } from '@nestjs/graphql';
import { FeedbackReportDoc } from '../read-models/reports';
import { ReportKind, ReportPrivacy, ReportStatus, SlaStage } from './report.vocabulary';

@ObjectType('PublicReportStep', { description: 'One step of a report as the public sees it.' })
export class PublicReportStep {
  @Field() at: string;
  @Field(() => ReportStatus) status: ReportStatus;
  @Field() event: string;
  @Field(() => String, { nullable: true, description: 'The OPD response or the reporter reply; withheld for RAHASIA.' }) note: string | null;
}

@ObjectType('PublicReport', { description: 'A report as anyone holding its tracking id sees it: never the reporter, never the ASN named; no content when RAHASIA.' })
export class PublicReport {
  @Field() trackingId: string;
  @Field(() => ReportKind) kind: ReportKind;
  @Field(() => ReportPrivacy) privacy: ReportPrivacy;
  @Field(() => ReportStatus) status: ReportStatus;
  @Field(() => ID) unitId: string;
  @Field(() => ID, { nullable: true }) disposedTo: string | null;
  @Field() submittedAt: string;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => String, { nullable: true }) body: string | null;
  @Field() verifyDueAt: string;
  @Field(() => String, { nullable: true }) followUpDueAt: string | null;
  @Field(() => String, { nullable: true }) closesAt: string | null;
  @Field(() => [SlaStage], { description: 'Stages whose SLA was missed (escalated).' }) slaMissed: SlaStage[];
  @Field(() => [PublicReportStep]) timeline: PublicReportStep[];
}

/** The one way a report leaves the officers' side: privacy applied here, for every public answer. */
export function publicReportView(doc: FeedbackReportDoc): PublicReport {
  const hidden = doc.privacy === ReportPrivacy.RAHASIA;
  return {
    trackingId: doc.trackingId,
    kind: doc.kind,
    privacy: doc.privacy,
    status: doc.status,
    unitId: doc.unitId,
    disposedTo: doc.disposedTo,
    submittedAt: doc.submittedAt,
    title: hidden ? null : doc.title,
    body: hidden ? null : doc.body,
    verifyDueAt: doc.verifyDueAt,
    followUpDueAt: doc.followUpDueAt,
    closesAt: doc.closesAt,
    slaMissed: doc.slaBreaches.map((b) => b.stage),
    timeline: doc.timeline.map((t) => ({ at: t.at, status: t.status, event: t.event, note: hidden ? null : t.note })),
  };
}

import { Args, ArgsType, Context, Field, Float, ID, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, Length, Matches } from 'class-validator';
import { CurrentActor, Public, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { Connection, ConnectionArgs, ConnectionShape, Paginator } from '@infrastructure/graphql/connection';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { ReadModels } from '@infrastructure/projections/read-models';
import { CommandResult } from '@kernel/command-handling';
import { ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { INSTANSI_ID_PATTERN, UNIT_ID_PATTERN } from '@kernel/grant-scope';
import { refuse } from '@kernel/rules';
import { OrganisationDirectory } from '../../organisation';
import { canAudit, isCoordinator, penghubungUnits } from '../access/feedback-access';
import { FeedbackRule } from '../feedback.rules';
import { SubmissionLimit } from '../abuse/submission-limit';
import { FeedbackReportDoc, reportsProjection } from '../read-models/reports';
import { ReportState } from './report.decider';
import { DisposeReportInput, FollowUpReportInput, RaiseReportPrivacyInput, ReplyToReportInput, SubmitFeedbackInput, TrackingIdInput, VerifyReportInput } from './report.inputs';
import { ReportService } from './report.service';
import { PublicReport, publicReportView } from './report.views';
import { ReportStatus } from './report.vocabulary';

@ObjectType('SubmitFeedbackPayload')
class SubmitFeedbackPayload {
  @Field(() => Float) position: number;
  @Field() duplicate: boolean;
  @Field({ description: 'Keep it: the only way to track, reply to or erase the report without an account.' }) trackingId: string;
  @Field(() => PublicReport, { nullable: true }) report: PublicReport | null;
}

@ObjectType('ReportPayload')
class ReportPayload {
  @Field(() => Float) position: number;
  @Field() duplicate: boolean;
  @Field(() => FeedbackReportDoc, { nullable: true }) report: FeedbackReportDoc | null;
}

@ObjectType('PublicReportPayload')
class PublicReportPayload {
  @Field(() => Float) position: number;
  @Field() duplicate: boolean;
  @Field(() => PublicReport, { nullable: true }) report: PublicReport | null;
}

@ObjectType('ReporterIdentity', { description: "The reporter's unsealed identity (coordinator only; penghubung of the OPD for PUBLIC reports)." })
class ReporterIdentityNode {
  @Field() name: string;
  @Field(() => String, { nullable: true }) email?: string;
  @Field(() => String, { nullable: true }) phone?: string;
}

const FeedbackReportConnection = Connection(FeedbackReportDoc, 'FeedbackReport');

@ArgsType()
class TrackArgs {
  @Field({ description: 'Ours (XXXX-XXXX-XXXX, typed in any case, with spaces or dashes) or an imported report\'s id from its channel.' }) @IdentifierText() @IsString() @Length(3, 40) trackingId: string;
}

@ArgsType()
class ReportArgs {
  @Field(() => ID) @IdentifierText() @IsString() @Length(3, 120) reportId: string;
}

@ArgsType()
class ReportsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'The instansi (coordinator, auditor).' }) @IsOptional() @IdentifierText() @Matches(INSTANSI_ID_PATTERN, { message: 'instansiId harus id instansi' }) instansiId?: string;
  @Field(() => ID, { nullable: true, description: 'The OPD the reports were disposed to (penghubung).' }) @IsOptional() @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: 'disposedTo harus id unit kerja' }) disposedTo?: string;
  @Field(() => ReportStatus, { nullable: true }) @IsOptional() @IsEnum(ReportStatus) status?: ReportStatus;
  @Field(() => Boolean, { nullable: true, description: 'Only reports that missed an SLA (the escalation board).' }) @IsOptional() @IsBoolean() slaMissed?: boolean;
}

@Resolver()
export class ReportResolver {
  constructor(
    private readonly reports: ReportService,
    private readonly readModels: ReadModels,
    private readonly organisation: OrganisationDirectory,
    private readonly pages: Paginator,
    private readonly limit: SubmissionLimit,
  ) {}

  @Mutation(() => SubmitFeedbackPayload, { description: 'Submits an aspirasi, pengaduan, permintaan informasi, WBS or apresiasi about a service unit. Public (anonymous callers send a proof of work); a COMPLAINT_OFFICER of the unit records one received at the counter (channel LOKET).' })
  @Public()
  async submitFeedback(@Args('input') input: SubmitFeedbackInput, @CurrentActor() actor: Actor, @Context('req') req: { ip?: string }) {
    await this.limit.check(actor, req?.ip);
    const result = await this.reports.submit(input, actor);
    await this.readModels.waitFor(result.position, reportsProjection.name);
    const doc = await this.reports.reports().findById(result.reportId);
    return { position: result.position, duplicate: result.duplicate, trackingId: result.trackingId, report: doc ? publicReportView(doc) : null };
  }

  @Query(() => PublicReport, { description: 'A report by its tracking id (as typed): status, timeline and SLA, with privacy applied. Public.' })
  @Public()
  async trackReport(@Args() args: TrackArgs): Promise<PublicReport> {
    return publicReportView(await this.reports.byTrackingId(args.trackingId));
  }

  @Mutation(() => PublicReportPayload, { description: "The reporter replies to a follow-up or reopens the report, optionally changing its privacy (the reporter's consent, the only way it is lowered), by tracking id. Public (anonymous callers send a proof of work)." })
  @Public()
  async replyToReport(@Args('input') input: ReplyToReportInput, @CurrentActor() actor: Actor, @Context('req') req: { ip?: string }) {
    await this.limit.check(actor, req?.ip);
    const { result, doc } = await this.reports.reporterCommand(input.trackingId, actor, input, (at) => ({ type: 'ReplyToReport', message: input.message, reopen: input.reopen, privacy: input.privacy, at }));
    return this.publicPayload(result, doc._id);
  }

  @Mutation(() => PublicReportPayload, { description: "Erases the reporter's identity for good (crypto-shredding: the sealed data stays in the log, unreadable), by tracking id. Public (the reporter, with a proof of work) or the COMPLAINT_OFFICER coordinator of the instansi." })
  @Public()
  async eraseReporterContact(@Args('input') input: TrackingIdInput, @CurrentActor() actor: Actor) {
    // Shred before the event: once the key is gone nothing brings the identity back, whatever happens next.
    const { result, doc } = await this.reports.reporterCommand(input.trackingId, actor, input, (at) => ({ type: 'EraseReporterContact', at }), async (d) => {
      if (d.reporterSubjectId) await this.reports.shred(d.reporterSubjectId);
    });
    return this.publicPayload(result, doc._id);
  }

  @Mutation(() => ReportPayload, { description: "Raises a report's privacy (PUBLIC → ANONIM → RAHASIA); lowering is refused (FEEDBACK.PRIVACY_LOWERED): only the reporter may lower it. COMPLAINT_OFFICER coordinator of the instansi, or penghubung of the OPD it was disposed to." })
  @Roles(Role.COMPLAINT_OFFICER)
  async raiseReportPrivacy(@Args('input') input: RaiseReportPrivacyInput, @CurrentActor() actor: Actor) {
    const result = await this.reports.officerCommand(input.reportId, actor, input, (_s, at) => ({ type: 'RaisePrivacy', to: input.privacy, at }), 'handler');
    return this.officerPayload(result, input.reportId, actor);
  }

  @Mutation(() => ReportPayload, { description: 'The Admin Koordinator acts on a new report: A1 Verifikasi, A2 Tunda, A3 Bukan Wewenang, A4 Arsipkan (A2–A4 with a reason from the fixed list). COMPLAINT_OFFICER coordinator of the instansi.' })
  @Roles(Role.COMPLAINT_OFFICER)
  async verifyReport(@Args('input') input: VerifyReportInput, @CurrentActor() actor: Actor) {
    const result = await this.reports.officerCommand(input.reportId, actor, input, (_s, at) => ({ type: 'VerifyReport', action: input.action, reasonCode: input.reasonCode, note: input.note, at }), 'coordinator');
    return this.officerPayload(result, input.reportId, actor);
  }

  @Mutation(() => ReportPayload, { description: "Forwards a verified report to an OPD of the instansi, starting its 5-working-day follow-up clock. COMPLAINT_OFFICER coordinator of the instansi." })
  @Roles(Role.COMPLAINT_OFFICER)
  async disposeReport(@Args('input') input: DisposeReportInput, @CurrentActor() actor: Actor) {
    const unit = await this.organisation.unit(input.toUnitId);
    if (!unit || unit.parentUnitId !== null) refuse(FeedbackRule.UNIT_UNKNOWN, `${input.toUnitId} bukan OPD (unit kerja tingkat teratas) yang dikenal`);
    const result = await this.reports.officerCommand(input.reportId, actor, input, (_s, at) => ({ type: 'DisposeReport', toUnitId: unit._id, toInstansiId: unit.instansiId, at }), 'coordinator');
    return this.officerPayload(result, input.reportId, actor);
  }

  @Mutation(() => ReportPayload, { description: 'The OPD answers a disposed report; it closes 10 working days later unless the reporter replies. COMPLAINT_OFFICER penghubung of that OPD, or the coordinator.' })
  @Roles(Role.COMPLAINT_OFFICER)
  async followUpReport(@Args('input') input: FollowUpReportInput, @CurrentActor() actor: Actor) {
    const result = await this.reports.officerCommand(input.reportId, actor, input, (s, at) => ({ type: 'FollowUpReport', byUnitId: s.disposedTo ?? s.unitId, response: input.response, at }), 'handler');
    return this.officerPayload(result, input.reportId, actor);
  }

  @Query(() => FeedbackReportDoc, { description: 'A report as its officers see it (no reporter identity). COMPLAINT_OFFICER coordinator or AUDITOR of the instansi; penghubung of the OPD it was disposed to.' })
  @Roles(Role.COMPLAINT_OFFICER, Role.AUDITOR)
  async feedbackReport(@Args() args: ReportArgs, @CurrentActor() actor: Actor): Promise<FeedbackReportDoc> {
    const doc = await this.reports.forOfficer(args.reportId, actor);
    if (!doc) refuse(FeedbackRule.REPORT_NOT_FOUND, 'Laporan tidak ditemukan');
    return doc;
  }

  @Query(() => FeedbackReportConnection, { description: "The complaint board, oldest first: an instansi's reports (coordinator, auditor) or those disposed to an OPD (its penghubung); `slaMissed: true` lists the escalations." })
  @Roles(Role.COMPLAINT_OFFICER, Role.AUDITOR)
  async feedbackReports(@Args() args: ReportsArgs, @CurrentActor() actor: Actor): Promise<ConnectionShape<FeedbackReportDoc>> {
    const filter: Record<string, unknown> = {};
    if (args.instansiId) {
      if (!isCoordinator(actor, args.instansiId) && !canAudit(actor, args.instansiId)) throw new ForbiddenError(`Laporan ${args.instansiId} tidak dalam cakupan Anda`);
      filter.instansiId = args.instansiId;
    }
    if (args.disposedTo) {
      const instansiId = args.disposedTo.split('.')[0];
      if (!penghubungUnits(actor).includes(args.disposedTo) && !isCoordinator(actor, instansiId) && !canAudit(actor, instansiId)) throw new ForbiddenError(`Laporan untuk ${args.disposedTo} tidak dalam cakupan Anda`);
      filter.disposedTo = args.disposedTo;
    }
    if (!args.instansiId && !args.disposedTo) refuse(FeedbackRule.UNIT_UNKNOWN, 'Sebutkan instansiId atau disposedTo');
    if (args.status) filter.status = args.status;
    if (args.slaMissed !== undefined) filter.slaMissed = args.slaMissed;
    return this.pages.paginate(this.reports.reports(), filter, { first: args.first, after: args.after }, 'submittedAt');
  }

  @Query(() => ReporterIdentityNode, { nullable: true, description: "The reporter's identity, unsealed; null when none was given or it was erased. COMPLAINT_OFFICER coordinator of the instansi (the penghubung of the OPD only for PUBLIC reports)." })
  @Roles(Role.COMPLAINT_OFFICER)
  reporterIdentity(@Args() args: ReportArgs, @CurrentActor() actor: Actor) {
    return this.reports.identity(args.reportId, actor);
  }

  private async publicPayload(result: CommandResult<ReportState>, reportId: string) {
    await this.readModels.waitFor(result.position, reportsProjection.name);
    const doc = await this.reports.reports().findById(reportId);
    return { position: result.position, duplicate: result.duplicate, report: doc ? publicReportView(doc) : null };
  }

  private async officerPayload(result: CommandResult<ReportState>, reportId: string, actor: Actor) {
    await this.readModels.waitFor(result.position, reportsProjection.name);
    return { position: result.position, duplicate: result.duplicate, report: await this.reports.forOfficer(reportId, actor) };
  }
}

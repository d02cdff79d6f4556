import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '@config/config';
import { Role, hasRole, isAnonymous } from '@infrastructure/auth/roles';
import { PersonalDataCipher } from '@infrastructure/subject-keys';
import { ReadModels } from '@infrastructure/projections/read-models';
import { CommandContext, CommandExecutor, CommandResult } from '@kernel/command-handling';
import { CommandContextFactory, CommandOptions } from '@kernel/command-context';
import { BadUserInputError, ConflictError, DomainRuleViolation, ForbiddenError, NotFoundError } from '@kernel/errors';
import { IDEMPOTENCY_KEY_REUSED } from '@kernel/idempotency';
import { Actor } from '@kernel/events';
import { deriveId } from '@kernel/ids';
import { refuse } from '@kernel/rules';
import { OrganisationDirectory } from '../../organisation';
import { canAudit, handlesUnit, isCoordinator, penghubungUnits } from '../access/feedback-access';
import { ProofOfWork } from '../abuse/proof-of-work';
import { FeedbackRule } from '../feedback.rules';
import { FEEDBACK_REPORTS, FeedbackReportDoc } from '../read-models/reports';
import { ReportCommand, reportDecider, ReportState } from './report.decider';
import { serviceKeyOf, standardDecider, standardStream } from '../standard/service-standard';
import { reportStream } from './report.events';
import { ExchangeRecord } from './exchange';
import { SubmitFeedbackInput } from './report.inputs';
import { ReportChannel, ReportKind, ReportPrivacy } from './report.vocabulary';
import { calendarVersion, DEFAULT_SLA } from './sla';
import { contentClaim, normaliseTrackingId, trackingIdClaim, trackingIdFor } from './tracking-id';

export interface ReporterIdentity {
  name: string;
  email?: string;
  phone?: string;
}

/**
 * Every report write: who may do it is decided on the loaded report (the coordinator of its instansi,
 * the penghubung of the OPD it was disposed to), and the reporter acts through the tracking id.
 */
@Injectable()
export class ReportService {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly contexts: CommandContextFactory,
    private readonly organisation: OrganisationDirectory,
    private readonly readModels: ReadModels,
    private readonly cipher: PersonalDataCipher,
    private readonly pow: ProofOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Anonymous callers spend a proof of work; officers act under their own context. */
  async contextFor(actor: Actor, input: CommandOptions & { proofOfWork?: string }): Promise<CommandContext> {
    return isAnonymous(actor) ? this.pow.spend(input.proofOfWork, actor, input) : this.contexts.forActor(actor, input);
  }

  async submit(input: SubmitFeedbackInput, actor: Actor): Promise<CommandResult<ReportState> & { trackingId: string; reportId: string }> {
    const limits = this.config.publicFeedback;
    if (input.body.length > limits.maxTextLength) throw new BadUserInputError(`Isi laporan paling banyak ${limits.maxTextLength} karakter`, { fields: [{ field: 'body', problems: [`maxLength ${limits.maxTextLength}`] }] });
    const unit = await this.organisation.unit(input.unitId);
    if (!isAnonymous(actor) && !(unit && hasRole(actor, Role.COMPLAINT_OFFICER) && handlesUnit(actor, unit))) {
      throw new ForbiddenError('Laporan dari loket dicatat oleh COMPLAINT_OFFICER unit ini; warga mengirim tanpa akun');
    }
    // Uploads need a token, so an anonymous caller never holds a file: a hash it names is someone else's.
    if (isAnonymous(actor) && input.attachments?.length) refuse(FeedbackRule.ATTACHMENT_NOT_ALLOWED, 'Lampiran dikirim melalui petugas (unggahan memerlukan akun)');
    const context = await this.contextFor(actor, input);
    if (!unit) refuse(FeedbackRule.UNIT_UNKNOWN, `Unit ${input.unitId} tidak dikenal`);
    const reportId = `${unit.instansiId}.${deriveId('report', context.commandId)}`;
    const trackingId = trackingIdFor(limits.trackingKey, context.commandId);
    const subjectId = `reporter-${reportId}`;
    const reporter = input.reporter ? { subjectId, sealed: await this.cipher.seal(subjectId, identityOf(input.reporter)) } : undefined;
    // A service with its own Standar Pelayanan SLA is followed up within that many working days.
    const standard = input.serviceName ? (await this.executor.load(standardDecider, standardStream(unit._id))).state.services[serviceKeyOf(input.serviceName)] : undefined;
    const digest = createHash('sha256').update(`${unit._id}\n${normaliseText(input.title)}\n${normaliseText(input.body)}`).digest('hex');
    const command: ReportCommand = {
      type: 'SubmitReport',
      reportId,
      trackingId,
      kind: input.kind,
      privacy: input.privacy,
      unitId: unit._id,
      instansiId: unit.instansiId,
      serviceName: input.serviceName,
      asnId: input.asnId,
      title: input.title,
      body: input.body,
      attachments: (input.attachments ?? []).map((a) => ({ hash: a.hash, mediaType: a.mediaType, size: a.size, ...(a.fileName ? { fileName: a.fileName } : {}) })),
      reporter,
      channel: isAnonymous(actor) ? ReportChannel.PORTAL : ReportChannel.LOKET,
      sla: { ...DEFAULT_SLA, calendar: calendarVersion(), ...(standard ? { followUpDays: standard.followUpDays, standardSk: standard.skNumber } : {}) },
      at: context.occurredAt,
    };
    const result = await this.executor.execute(reportDecider, reportStream(reportId), command, context, { claims: [contentClaim(digest), trackingIdClaim(trackingId)] });
    return { ...result, trackingId, reportId };
  }

  /**
   * One record of an import (exchange.ts): a new intake here keeping the other channel's tracking id;
   * the same record imported again writes nothing, and a tracking id or a text already here is a
   * duplicate. The SLA clocks run from the import.
   */
  async importRecord(record: ExchangeRecord, instansiId: string, actor: Actor): Promise<'IMPORTED' | 'DUPLICATE'> {
    if (await this.reports().findOne({ trackingId: record.trackingId })) return 'DUPLICATE';
    const unit = await this.organisation.unit(record.unitId);
    if (!unit || unit.instansiId !== instansiId) refuse(FeedbackRule.UNIT_UNKNOWN, `Unit ${record.unitId} bukan unit instansi ${instansiId}`);
    const context = this.contexts.forActor(actor, { idempotencyKey: `import:${record.channel}:${record.trackingId}`, ...record });
    const reportId = `${unit.instansiId}.${deriveId('report', context.commandId)}`;
    const digest = createHash('sha256').update(`${unit._id}\n${normaliseText(record.title)}\n${normaliseText(record.body)}`).digest('hex');
    const command: ReportCommand = {
      type: 'SubmitReport',
      reportId,
      trackingId: record.trackingId,
      kind: record.category as ReportKind,
      privacy: record.privacy as ReportPrivacy,
      unitId: unit._id,
      instansiId: unit.instansiId,
      title: record.title,
      body: record.body,
      attachments: [],
      channel: ReportChannel.IMPORT,
      imported: { channel: record.channel, submittedAt: record.submittedAt, ...(record.status ? { status: record.status } : {}) },
      sla: { ...DEFAULT_SLA, calendar: calendarVersion() },
      at: context.occurredAt,
    };
    try {
      const result = await this.executor.execute(reportDecider, reportStream(reportId), command, context, { claims: [contentClaim(digest), trackingIdClaim(record.trackingId)] });
      return result.duplicate ? 'DUPLICATE' : 'IMPORTED';
    } catch (error) {
      if (error instanceof DomainRuleViolation && (error.rule === FeedbackRule.DUPLICATE_SUBMISSION || error.rule === FeedbackRule.TRACKING_ID_TAKEN)) return 'DUPLICATE';
      // The same channel's tracking id with other content: already imported, under that id.
      if (error instanceof ConflictError && error.details?.reason === IDEMPOTENCY_KEY_REUSED) return 'DUPLICATE';
      throw error;
    }
  }

  /** An officer's command on a report, authorised on the loaded state. */
  officerCommand(reportId: string, actor: Actor, input: CommandOptions, command: (state: ReportState, at: string) => ReportCommand | Promise<ReportCommand>, who: 'coordinator' | 'handler'): Promise<CommandResult<ReportState>> {
    const context = this.contexts.forActor(actor, input);
    return this.executor.execute(reportDecider, reportStream(reportId), (state: ReportState) => command(state, context.occurredAt), context, {
      authorize: (state, a) => {
        // A record an actor may not see is FORBIDDEN whether or not it exists.
        const instansiId = state.exists ? state.instansiId : reportId.split('.')[0];
        if (isCoordinator(a, instansiId)) return;
        if (who === 'handler' && state.disposedTo && penghubungUnits(a).includes(state.disposedTo)) return;
        throw new ForbiddenError(`Laporan ${reportId}: memerlukan COMPLAINT_OFFICER ${who === 'coordinator' ? 'koordinator instansi' : 'koordinator instansi atau penghubung OPD tujuan disposisi'}`);
      },
    });
  }

  /** The reporter's command through the tracking id (anonymous: with a proof of work). */
  async reporterCommand(
    trackingId: string,
    actor: Actor,
    input: CommandOptions & { proofOfWork?: string },
    command: (at: string) => ReportCommand,
    beforeWrite?: (doc: FeedbackReportDoc) => Promise<void>,
  ): Promise<{ result: CommandResult<ReportState>; doc: FeedbackReportDoc }> {
    const doc = await this.byTrackingId(trackingId);
    if (!isAnonymous(actor) && !isCoordinator(actor, doc.instansiId)) throw new ForbiddenError('Hanya pelapor (dengan nomor pelacakan) atau koordinator yang dapat melakukannya');
    const context = await this.contextFor(actor, input);
    if (beforeWrite) await beforeWrite(doc);
    const result = await this.executor.execute(reportDecider, reportStream(doc._id), command(context.occurredAt), context);
    return { result, doc };
  }

  async byTrackingId(typed: string): Promise<FeedbackReportDoc> {
    // Ours are normalised; an imported report keeps the other channel's id (e.g. a LAPOR! number) as typed.
    const trackingId = normaliseTrackingId(typed) ?? (/^[\w-]{3,40}$/.test(typed.trim()) ? typed.trim() : null);
    const doc = trackingId ? await this.reports().findOne({ trackingId }) : null;
    if (!doc) throw new NotFoundError('Nomor pelacakan tidak ditemukan');
    return doc;
  }

  /** The officers' view: coordinator or auditor of the instansi, or the penghubung of the OPD it was disposed to. */
  async forOfficer(reportId: string, actor: Actor): Promise<FeedbackReportDoc | null> {
    const doc = await this.reports().findById(reportId);
    const instansiId = doc?.instansiId ?? reportId.split('.')[0];
    const allowed = isCoordinator(actor, instansiId) || canAudit(actor, instansiId) || (doc?.disposedTo != null && penghubungUnits(actor).includes(doc.disposedTo));
    if (!allowed) throw new ForbiddenError(`Laporan ${reportId} tidak dalam cakupan Anda`);
    return doc;
  }

  /**
   * The reporter's identity, unsealed: the coordinator always; the penghubung of the OPD only for a
   * PUBLIC report (ANONIM hides the reporter from the OPD reported on). Null once erased.
   */
  async identity(reportId: string, actor: Actor): Promise<ReporterIdentity | null> {
    const doc = await this.reports().findById(reportId);
    const instansiId = doc?.instansiId ?? reportId.split('.')[0];
    const penghubung = doc?.privacy === ReportPrivacy.PUBLIC && doc.disposedTo != null && penghubungUnits(actor).includes(doc.disposedTo);
    if (!isCoordinator(actor, instansiId) && !penghubung) throw new ForbiddenError(`Identitas pelapor ${reportId}: memerlukan COMPLAINT_OFFICER koordinator instansi`);
    if (!doc?.reporterSubjectId || !doc.reporterSealed) return null;
    return this.cipher.open<ReporterIdentity>(doc.reporterSubjectId, doc.reporterSealed);
  }

  /** For AttachmentAccess: the reports that reference a file, and whether the actor may read one. */
  async referencing(hash: string): Promise<string[]> {
    return (await this.reports().find({ attachments: { $in: [hash] } }, { limit: 100 })).map((r) => r._id);
  }

  async mayRead(actor: Actor, reportId: string): Promise<boolean> {
    return this.forOfficer(reportId, actor).then(
      (doc) => doc !== null,
      () => false,
    );
  }

  /** Open reports past their current SLA due time, per instansi (the `/metrics` gauge). */
  async overdueByInstansi(now: string): Promise<{ instansiId: string; count: number }[]> {
    const rows = await this.reports().aggregate<{ _id: string; count: number }>([
      {
        $match: {
          $or: [
            // The same stages the decider escalates: verification (and, except for appreciations, disposition), then follow-up.
            { status: { $in: ['SUBMITTED', 'DEFERRED'] }, verifyDueAt: { $lt: now } },
            { status: 'VERIFIED', kind: { $ne: 'APRESIASI' }, verifyDueAt: { $lt: now } },
            { status: 'DISPOSED', followUpDueAt: { $lt: now } },
          ],
        },
      },
      { $group: { _id: '$instansiId', count: { $sum: 1 } } },
    ]);
    return rows.map((r) => ({ instansiId: r._id, count: r.count })).sort((a, b) => a.instansiId.localeCompare(b.instansiId));
  }

  async shred(subjectId: string): Promise<void> {
    await this.cipher.erase(subjectId);
  }

  reports() {
    return this.readModels.collection<FeedbackReportDoc>(FEEDBACK_REPORTS);
  }
}

function identityOf(reporter: { name: string; email?: string; phone?: string }): ReporterIdentity {
  return { name: reporter.name, ...(reporter.email ? { email: reporter.email } : {}), ...(reporter.phone ? { phone: reporter.phone } : {}) };
}

/** Text compared for duplicates: case, spacing and punctuation do not make a report new. */
function normaliseText(text: string): string {
  return text.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { EmailAddressee, NotificationOutbox, NotificationParams, NotificationRecipients, NotificationTemplates, RecipientRef } from '@infrastructure/notifications';
import { defineReaction, Reaction } from '@infrastructure/projections/reaction';
import { ProjectedEvent } from '@infrastructure/projections/projection';
import { PersonalDataCipher } from '@infrastructure/subject-keys';
import { CommandExecutor } from '@kernel/command-handling';
import { EVENT_STORE, EventStore } from '@kernel/event-store.port';
import { RecordedEvent } from '@kernel/events';
import { OrganisationDirectory } from '../../organisation';
import { EMPLOYEE_RECIPIENT, UNIT_HEAD_RECIPIENT } from '../../personnel';
import { ReporterIdentity } from '../report/report.service';
import { ReportClosed, ReportDisposed, ReportFollowedUp, ReportSlaMissed, reportStream, ReportSubmitted, ReportVerified } from '../report/report.events';
import { reportDecider } from '../report/report.decider';
import { ReportKind, ReportPrivacy, SlaStage, VerificationAction } from '../report/report.vocabulary';
import { deskDecider, deskStream } from './coordinator-desk';
import { REPORT_TEMPLATES, ReportTemplate } from './report-notification-templates';

/** The reporter of a report (id = report id): the address is opened from the sealed contact when sending. */
export const REPORTER_RECIPIENT = 'public-feedback.reporter';

type NotifiedEvent = ReportSubmitted | ReportVerified | ReportDisposed | ReportFollowedUp | ReportClosed | ReportSlaMissed;

const KIND: Record<ReportKind, string> = { ASPIRASI: 'Aspirasi', PENGADUAN: 'Pengaduan', PERMINTAAN_INFORMASI: 'Permintaan informasi', WBS: 'Laporan pelanggaran (WBS)', APRESIASI: 'Apresiasi' };
const ACTION: Record<VerificationAction, string> = { A1_VERIFIKASI: 'diverifikasi', A2_TUNDA: 'ditunda', A3_BUKAN_WEWENANG: 'bukan wewenang instansi ini', A4_ARSIPKAN: 'diarsipkan' };
const REASON: Record<string, string> = {
  DATA_TIDAK_LENGKAP: 'data laporan belum lengkap',
  MENUNGGU_KONFIRMASI_PELAPOR: 'menunggu konfirmasi dari Anda',
  MENUNGGU_BUKTI_PENDUKUNG: 'menunggu bukti pendukung',
  KEWENANGAN_INSTANSI_VERTIKAL: 'kewenangan instansi vertikal',
  KEWENANGAN_PEMERINTAH_PROVINSI: 'kewenangan pemerintah provinsi',
  KEWENANGAN_PEMERINTAH_PUSAT: 'kewenangan pemerintah pusat',
  KEWENANGAN_PEMDA_LAIN: 'kewenangan pemerintah daerah lain',
  RANAH_PERDATA_ATAU_PIDANA: 'ranah perdata atau pidana',
  KESALAHAN_FORMAT: 'format laporan tidak sesuai',
  MASUKAN_TERLALU_UMUM: 'masukan terlalu umum',
  TIDAK_RELEVAN_DENGAN_KINERJA_PEMERINTAH: 'tidak berkaitan dengan kinerja pemerintah',
  DUPLIKAT: 'laporan yang sama sudah ada',
  SPAM: 'spam',
};
const STAGE: Record<SlaStage, string> = { VERIFY: 'verifikasi dan disposisi', FOLLOW_UP: 'tindak lanjut' };
const RAHASIA_RESPONSE = '(Tanggapan atas laporan rahasia tidak dikirim lewat e-mail. Lihat tanggapannya di portal dengan nomor pelacakan Anda.)';

/** The civil day in WIB an SLA instant closes: due instants are 24:00 WIB, i.e. the end of the day before. */
export function lastDayOf(dueAt: string): string {
  return dayOf(new Date(Date.parse(dueAt) - 1).toISOString());
}
export function dayOf(at: string): string {
  return new Date(at).toLocaleDateString('id-ID', { timeZone: 'Asia/Jakarta', day: 'numeric', month: 'long', year: 'numeric' });
}

interface SubmittedFacts {
  readonly trackingId: string;
  readonly kind: ReportKind;
  readonly unitId: string;
  readonly instansiId: string;
  readonly reporter?: { subjectId: string; sealed: string };
}

/**
 * E-mail on a report's progress through the platform outbox (infrastructure/notifications): a
 * reaction queues one notification per event and recipient (key: event id, template, recipient), the
 * outbox's sender resolves the address when it sends. The reporter's address is opened from their
 * sealed contact at that moment, so a reporter who gave no e-mail gets none, and erasing the contact
 * (crypto-shredding) stops every mail not yet sent. SLA escalations go to the head of the OPD
 * (personnel's unit-head recipient) and the Admin Koordinator named by setFeedbackCoordinator.
 */
@Injectable()
export class ReportNotifier implements OnModuleInit {
  constructor(
    private readonly outbox: NotificationOutbox,
    private readonly organisation: OrganisationDirectory,
    private readonly executor: CommandExecutor,
    private readonly cipher: PersonalDataCipher,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly templates: NotificationTemplates,
    private readonly recipients: NotificationRecipients,
  ) {}

  onModuleInit(): void {
    for (const template of REPORT_TEMPLATES) this.templates.register(template);
    this.recipients.register({ kind: REPORTER_RECIPIENT, resolve: (reportId) => this.reporterAddress(reportId) });
  }

  get reaction(): Reaction {
    return defineReaction<NotifiedEvent>({
      name: 'public-feedback-report-notifications',
      canHandle: ['public-feedback.ReportSubmitted', 'public-feedback.ReportVerified', 'public-feedback.ReportDisposed', 'public-feedback.ReportFollowedUp', 'public-feedback.ReportClosed', 'public-feedback.ReportSlaMissed'],
      react: (event) => this.react(event),
    });
  }

  /** The reporter's address, or null: no contact, no e-mail in it, or the contact erased. */
  async reporterAddress(reportId: string): Promise<EmailAddressee | null> {
    const reporter = (await this.submitted(reportId))?.reporter;
    const identity = reporter ? await this.cipher.open<ReporterIdentity>(reporter.subjectId, reporter.sealed) : null;
    return identity?.email ? { email: identity.email, name: identity.name } : null;
  }

  private async react(event: ProjectedEvent<NotifiedEvent>): Promise<void> {
    const { reportId } = event.data;
    const report = await this.submitted(reportId);
    if (!report) return;
    const base = { nomor: report.trackingId, instansi: (await this.organisation.instansiOfUnit(report.unitId))?.name ?? report.instansiId };
    const unitName = async (unitId: string) => (await this.organisation.unit(unitId))?.name ?? unitId;
    switch (event.type) {
      case 'public-feedback.ReportSubmitted':
        return this.toReporter(event, ReportTemplate.RECEIVED, { ...base, jenis: KIND[report.kind], unit: await unitName(report.unitId), batasVerifikasi: lastDayOf(event.data.verifyDueAt) });
      case 'public-feedback.ReportVerified': {
        const verified = report.kind === ReportKind.APRESIASI ? 'Apresiasi Anda ditayangkan di portal. Terima kasih.' : 'Laporan akan diteruskan ke OPD yang berwenang.';
        const reason = event.data.reasonCode ? `Alasan: ${REASON[event.data.reasonCode] ?? event.data.reasonCode}.` : event.data.action === VerificationAction.A1_VERIFIKASI ? verified : '';
        return this.toReporter(event, ReportTemplate.VERIFIED, { ...base, tindakan: ACTION[event.data.action], keterangan: reason });
      }
      case 'public-feedback.ReportDisposed':
        return this.toReporter(event, ReportTemplate.DISPOSED, { ...base, unitTujuan: await unitName(event.data.toUnitId), batasTindakLanjut: lastDayOf(event.data.followUpDueAt) });
      case 'public-feedback.ReportFollowedUp': {
        // The privacy now, not at submission: a report raised to RAHASIA since is not mailed its response.
        const { privacy } = (await this.executor.load(reportDecider, reportStream(reportId))).state;
        const tanggapan = privacy === ReportPrivacy.RAHASIA ? RAHASIA_RESPONSE : event.data.response;
        return this.toReporter(event, ReportTemplate.FOLLOWED_UP, { ...base, unitTujuan: await unitName(event.data.byUnitId), tanggapan, batasTutup: lastDayOf(event.data.closesAt) });
      }
      case 'public-feedback.ReportClosed':
        return this.toReporter(event, ReportTemplate.CLOSED, { ...base, tanggal: dayOf(event.data.closedAt) });
      case 'public-feedback.ReportSlaMissed': {
        const { opdUnitId, instansiId } = event.data.escalatedTo;
        const params = { ...base, jenis: KIND[report.kind], unit: await unitName(report.unitId), tahap: STAGE[event.data.stage], batas: lastDayOf(event.data.dueAt) };
        await this.enqueue(event, ReportTemplate.SLA_ESCALATION, { kind: UNIT_HEAD_RECIPIENT, id: opdUnitId }, { ...params, jabatan: `Kepala ${await unitName(opdUnitId)}` });
        const { coordinatorId } = (await this.executor.load(deskDecider, deskStream(instansiId))).state;
        if (coordinatorId) await this.enqueue(event, ReportTemplate.SLA_ESCALATION, { kind: EMPLOYEE_RECIPIENT, id: coordinatorId }, { ...params, jabatan: 'Admin Koordinator' });
        return;
      }
    }
  }

  /** Nothing is queued for a reporter without an e-mail (or whose contact was erased). */
  private async toReporter(event: ProjectedEvent<NotifiedEvent>, template: string, params: NotificationParams): Promise<void> {
    const { reportId } = event.data;
    if (!(await this.reporterAddress(reportId))) return;
    await this.enqueue(event, template, { kind: REPORTER_RECIPIENT, id: reportId }, params);
  }

  private async enqueue(event: RecordedEvent, template: string, recipient: RecipientRef, params: NotificationParams): Promise<void> {
    await this.outbox.enqueue({ key: `${event.eventId}:${template}:${recipient.kind}:${recipient.id}`, template, recipient, params }, event);
  }

  /** What the report's first event says (the tracking id and the sealed contact are only there). */
  private async submitted(reportId: string): Promise<SubmittedFacts | null> {
    const [first] = await this.store.readStream(reportStream(reportId), { maxCount: 1 });
    if (!first || first.type !== 'public-feedback.ReportSubmitted') return null;
    const { trackingId, kind, unitId, instansiId, reporter } = first.data as ReportSubmitted['data'];
    return { trackingId, kind, unitId, instansiId, reporter };
  }
}

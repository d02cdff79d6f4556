import { ANONYMOUS, Role } from '@infrastructure/auth/roles';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { workingDays } from '@infrastructure/scheduling';
import { CommandContext } from '@kernel/command-handling';
import { Actor } from '@kernel/events';
import { deriveId } from '@kernel/ids';
import { FeedbackBusCommand, FeedbackOperations } from '@modules/public-feedback/feedback.bus';
import { ModerateForumPostInput, OpenForumTopicInput, PostToForumInput, RecordForumFollowUpInput } from '@modules/public-feedback/forum/forum.graphql';
import { AppreciationConsentInput } from '@modules/public-feedback/report/appreciation.graphql';
import { DisposeReportInput, FollowUpReportInput, ReplyToReportInput, SubmitFeedbackInput, VerifyReportInput } from '@modules/public-feedback/report/report.inputs';
import { ReportKind, ReportPrivacy, VerificationAction } from '@modules/public-feedback/report/report.vocabulary';
import { AnswerSkmSurveyInput, OpenSkmSurveyInput, PublishSkmResultInput } from '@modules/public-feedback/skm/skm.graphql';
import type { SeedChain, SeedEnvironment, SeedPhase, SeedStep } from './commands';
import { SeedPlan, UnitPlan } from './generator';
import { Random } from './random';

/**
 * A year of citizen feedback (issue 11) for both kota, January to October 2026, as the commands the
 * portal and the officers send: reports of every kind and privacy (at the counter, LOKET, and on the
 * portal with a proof of work), their LAPOR! lifecycles — on time, deferred, not our authority,
 * archived, replied, reopened — and some handled late, so the SLA clocks escalate; SKM responses per
 * OPD with different quality, published in October; appreciations (one ASN consents to be named);
 * and a forum topic per kota with citizens' posts, a rejected one, the unit's answer and a reply.
 *
 * Every step carries the instant it happened; the phases are the months, and after each the deadline
 * scheduler is polled as of the first minute of the next month (WIB), so what was late in March is
 * escalated in March, before April's steps are recorded.
 */

export const FEEDBACK_YEAR = 2026;
const MONTHS = 10;
/** Working days are counted on the versioned calendar (national holidays and cuti bersama skipped). */
const addWd = (date: string, n: number) => workingDays.addWorkingDays(date, n);
const pad = (n: number) => String(n).padStart(2, '0');
/** The WIB wall-clock time `hh:mm` of a date, as an instant. */
const wib = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`).toISOString();
const monthOf = (instant: string) => new Date(new Date(instant).getTime() + 7 * 3600_000).toISOString().slice(0, 7);
/** The first working day on or after the date. */
const workingDayFrom = (date: string) => (workingDays.isWorkingDay(date) ? date : addWd(date, 1));

type Make = (input: CommandInput, context: CommandContext) => FeedbackBusCommand;
type StepFn = (key: string, type: new () => object, fields: object, make: Make, options?: { actor?: Actor; expectedRules?: readonly string[] }) => SeedStep;
type Op = keyof FeedbackOperations;

export const coordinatorOf = (instansiId: string): Actor => ({ id: `seed-koordinator.${instansiId}`, roles: [{ role: Role.COMPLAINT_OFFICER, unit: instansiId }], onBehalfOf: 'seed' });
export const penghubungOf = (opdUnitId: string): Actor => ({ id: `seed-penghubung.${opdUnitId}`, roles: [{ role: Role.COMPLAINT_OFFICER, unit: opdUnitId }], onBehalfOf: 'seed' });
const employeeActor = (employeeId: string): Actor => ({ id: employeeId, roles: [{ role: Role.EMPLOYEE, unit: employeeId }], onBehalfOf: 'seed' });

/** The command id an officer's step is handled under (ids the handler derives come from it). */
const officerCommandId = (actor: Actor, fullKey: string) => deriveId('command', actor.id, fullKey);

type Story = 'ON_TIME' | 'REPLIED' | 'REOPENED' | 'DEFERRED' | 'LATE_VERIFY' | 'LATE_FOLLOW_UP' | 'NOT_OURS' | 'ARCHIVED' | 'APPRECIATION' | 'PORTAL' | 'WAITING';
const STORIES: readonly Story[] = ['ON_TIME', 'LATE_VERIFY', 'APPRECIATION', 'REPLIED', 'PORTAL', 'DEFERRED', 'LATE_FOLLOW_UP', 'NOT_OURS', 'REOPENED', 'ARCHIVED', 'ON_TIME'];
const KINDS: readonly ReportKind[] = [ReportKind.PENGADUAN, ReportKind.ASPIRASI, ReportKind.PERMINTAAN_INFORMASI, ReportKind.PENGADUAN, ReportKind.WBS];
const PRIVACY: readonly ReportPrivacy[] = [ReportPrivacy.PUBLIC, ReportPrivacy.ANONIM, ReportPrivacy.PUBLIC, ReportPrivacy.RAHASIA];

const TOPICS: Readonly<Record<ReportKind, readonly (readonly [string, string])[]>> = {
  PENGADUAN: [
    ['Antrean layanan terlalu lama', 'Saya datang pukul 08.00 dan baru dilayani menjelang siang; nomor antrean tidak jelas urutannya.'],
    ['Petugas meminta biaya tambahan', 'Petugas loket meminta uang tambahan di luar tarif yang tertera di papan standar pelayanan.'],
    ['Berkas permohonan hilang', 'Berkas yang saya serahkan bulan lalu dinyatakan tidak ada saat saya menanyakan perkembangannya.'],
    ['Situs layanan daring tidak dapat diakses', 'Aplikasi layanan daring selalu gagal saat mengunggah dokumen persyaratan sejak beberapa hari.'],
  ],
  ASPIRASI: [
    ['Usulan layanan keliling', 'Warga di pinggiran kota berharap ada layanan keliling agar tidak perlu datang ke kantor.'],
    ['Jam layanan pada Sabtu', 'Mohon dipertimbangkan layanan pada Sabtu pagi untuk warga yang bekerja pada hari kerja.'],
    ['Papan informasi persyaratan', 'Persyaratan layanan sebaiknya dipasang di depan kantor dan di situs resmi dengan bahasa yang sederhana.'],
  ],
  PERMINTAAN_INFORMASI: [
    ['Persyaratan dan biaya layanan', 'Mohon informasi persyaratan lengkap, biaya dan lama penyelesaian layanan ini sesuai standar pelayanan.'],
    ['Jadwal pelayanan selama Ramadan', 'Mohon informasi jam pelayanan selama bulan Ramadan dan cuti bersama Idulfitri.'],
  ],
  WBS: [
    ['Dugaan pungutan liar pada layanan', 'Ada dugaan pungutan di luar ketentuan oleh oknum pada layanan ini; saya memiliki bukti transfer.'],
    ['Dugaan konflik kepentingan pengadaan', 'Pemenang pengadaan barang diduga memiliki hubungan keluarga dengan pejabat pembuat komitmen.'],
  ],
  APRESIASI: [
    ['Pelayanan cepat dan ramah', 'Terima kasih, permohonan saya selesai pada hari yang sama dan petugas menjelaskan dengan sabar.'],
    ['Petugas sangat membantu', 'Petugas membantu lansia mengisi formulir dan mengantar sampai selesai. Terima kasih banyak.'],
  ],
};

/** SKM answers by a unit's quality of service: the chance of each value 1–4 for every unsur. */
const QUALITY: readonly (readonly (readonly [number, number])[])[] = [
  [[1, 0.01], [2, 0.05], [3, 0.44], [4, 0.5]],
  [[1, 0.03], [2, 0.17], [3, 0.6], [4, 0.2]],
  [[1, 0.12], [2, 0.38], [3, 0.42], [4, 0.08]],
];

/** What the feedback year holds (for the report and the tests). */
export interface FeedbackSeedSummary {
  readonly reports: number;
  readonly lateReports: number;
  readonly surveys: number;
  readonly responses: number;
  readonly forumTopics: number;
  /** The first report of a kota handled late (a missed verification SLA), by key. */
  readonly lateVerifyKeys: readonly string[];
}

interface Dated {
  readonly month: string;
  /** One stream's steps of the month, in order (a report, a survey, a topic). */
  readonly stream: string;
  readonly step: SeedStep;
}

export function feedbackPhases(plan: SeedPlan, step: StepFn, keyPrefix: string): { phases: SeedPhase[]; summary: FeedbackSeedSummary } {
  const rng = new Random(FEEDBACK_YEAR * 11);
  const dated: Dated[] = [];
  const full = (key: string) => `${keyPrefix}:${key}`;
  /**
   * A step at an instant, for one stream. A step that needs what only the running server knows (a
   * report's or post's id, a tracking id, a proof of work) holds the rest as its plan input and gets
   * the whole input from `complete`.
   */
  const add = (stream: string, at: string, key: string, op: Op, type: new () => object, fields: object, options: { actor?: Actor; complete?: SeedStep['complete']; clientAddress?: string } = {}) => {
    const make: Make = (x, c) => new FeedbackBusCommand({ op, input: x } as never, c, options.clientAddress);
    const s = step(key, type, fields, make, options.actor ? { actor: options.actor } : {});
    const planned = s.input;
    const completed: SeedStep = {
      ...s,
      at,
      command: (context, input) => make(input ?? planned, context),
      ...(options.complete ? { complete: options.complete } : {}),
    };
    dated.push({ month: monthOf(at), stream, step: completed });
  };
  /** An anonymous (portal) step: its proof of work is made at run time, for its key and instant. */
  const citizen = (stream: string, at: string, key: string, op: Op, type: new () => object, fields: object, extra: (env: SeedEnvironment) => Promise<object> = async () => ({})) =>
    add(stream, at, key, op, type, fields, {
      actor: ANONYMOUS,
      clientAddress: `seed-citizen-${deriveId('address', key).slice(0, 8)}`,
      complete: async (env) => ({ ...(base(key) as object), ...fields, ...(await extra(env)), proofOfWork: (await env.proofOfWork(full(key), at)).solution }) as CommandInput,
    });
  // The idempotency key and reason as the step sets them, for inputs completed at run time.
  const base = (key: string) => ({ idempotencyKey: full(key), reason: 'Demo data (npm run seed)' });

  let reports = 0;
  let late = 0;
  const lateVerifyKeys: string[] = [];

  plan.instansi.forEach((instansi, instansiIndex) => {
    const coordinator = coordinatorOf(instansi.instansiId);
    const opds = plan.units.filter((u) => u.instansiId === instansi.instansiId && u.parentUnitId === null);
    if (opds.length === 0) return;
    const heads = new Map(plan.employees.filter((e) => plan.positions.some((p) => p.positionId === e.positionId && p.isUnitHead)).map((e) => [e.unitId, e.employeeId]));
    let n = 0;
    for (let month = 1; month <= MONTHS; month++) {
      [5, 12, 19].forEach((day, slot) => {
        const index = n++;
        let story = STORIES[(index + instansiIndex * 3) % STORIES.length];
        // Late handling shows in the next month; October's would fall outside the year: left waiting instead.
        const early = slot < 2;
        if ((story === 'LATE_VERIFY' || story === 'LATE_FOLLOW_UP') && (!early || month === MONTHS)) story = month === MONTHS ? 'WAITING' : 'ON_TIME';
        const opd = opds[index % opds.length];
        const s = workingDayFrom(`${FEEDBACK_YEAR}-${pad(month)}-${pad(day)}`);
        const nextMonth = workingDayFrom(`${month === 12 ? FEEDBACK_YEAR + 1 : FEEDBACK_YEAR}-${pad((month % 12) + 1)}-02`);
        reports++;
        if (story === 'LATE_VERIFY' || story === 'LATE_FOLLOW_UP') late++;
        reportStory({ instansiId: instansi.instansiId, opd, coordinator, story, index, s, nextMonth, asnId: heads.get(opd.unitId) ?? null, lateVerifyKeys });
      });
    }
    // The forum: the first OPD opens a topic about a service that is hard to use.
    forumStory(instansi.instansiId, opds[0], coordinator);
  });

  function reportStory(r: { instansiId: string; opd: UnitPlan; coordinator: Actor; story: Story; index: number; s: string; nextMonth: string; asnId: string | null; lateVerifyKeys: string[] }) {
    const { opd, coordinator, story, index, s } = r;
    const kind = story === 'APPRECIATION' ? ReportKind.APRESIASI : KINDS[index % KINDS.length];
    const privacy = kind === ReportKind.WBS ? ReportPrivacy.RAHASIA : kind === ReportKind.APRESIASI ? ReportPrivacy.PUBLIC : PRIVACY[index % PRIVACY.length];
    const [title, body] = TOPICS[kind][index % TOPICS[kind].length];
    const k = (what: string) => `feedback:${opd.unitId}:${s}:${index}:${what}`;
    const stream = k('report');
    const portal = story === 'PORTAL';
    const fields = {
      kind,
      privacy,
      unitId: opd.unitId,
      title: `${title} (${opd.code})`,
      body: `${body} Laporan ${index + 1} tahun ${FEEDBACK_YEAR} untuk ${opd.name}.`,
      ...(kind === ReportKind.APRESIASI && r.asnId && index % 2 === 0 ? { asnId: r.asnId } : {}),
      ...(portal || privacy === ReportPrivacy.RAHASIA ? {} : { reporter: { name: rng.pick(['Siti Rahmah', 'Budi Santoso', 'Rina Marpaung', 'Ahmad Lubis', 'Dewi Sembiring']), phone: `0812${String(rng.int(1_000_000, 9_999_999))}` } }),
    };
    const submitAt = wib(s, '09:15');
    // The report id and tracking id follow from the command id of the submission.
    let reportIdOf: (env: SeedEnvironment) => Promise<string>;
    if (portal) {
      citizen(stream, submitAt, k('submit'), 'submit', SubmitFeedbackInput, fields);
      reportIdOf = async (env) => `${r.instansiId}.${deriveId('report', (await env.proofOfWork(full(k('submit')), submitAt)).commandId)}`;
    } else {
      add(stream, submitAt, k('submit'), 'submit', SubmitFeedbackInput, fields, { actor: coordinator });
      const id = `${r.instansiId}.${deriveId('report', officerCommandId(coordinator, full(k('submit'))))}`;
      reportIdOf = async () => id;
    }
    const trackingIdOf = (env: SeedEnvironment) => env.trackingIdOf(officerCommandId(coordinator, full(k('submit'))));
    const officer = (at: string, what: string, op: Op, type: new () => object, more: object, actor: Actor) =>
      add(stream, at, k(what), op, type, more, { actor, complete: async (env) => ({ ...base(k(what)), ...more, reportId: await reportIdOf(env) }) as CommandInput });
    const penghubung = penghubungOf(opd.unitId);
    const verify = (at: string, action: VerificationAction, reasonCode?: string, what = 'verify') => officer(at, what, 'verify', VerifyReportInput, { action, ...(reasonCode ? { reasonCode } : {}) }, coordinator);
    const dispose = (at: string) => officer(at, 'dispose', 'dispose', DisposeReportInput, { toUnitId: opd.unitId }, coordinator);
    const followUp = (at: string, what = 'follow-up') =>
      officer(at, what, 'followUp', FollowUpReportInput, { response: `Telah ditindaklanjuti oleh ${opd.name}: petugas dibina dan prosedur layanan diperbaiki; pelapor dihubungi.` }, penghubung);
    const reply = (at: string, reopen: boolean) =>
      citizen(stream, at, k(reopen ? 'reopen' : 'reply'), 'reply', ReplyToReportInput, { message: reopen ? 'Masalahnya belum selesai; antrean masih sama seperti sebelumnya.' : 'Terima kasih, sudah selesai.', reopen }, async (env) => ({ trackingId: trackingIdOf(env) }));

    const d = (n: number, time: string) => wib(addWd(s, n), time);
    switch (story) {
      case 'ON_TIME':
      case 'PORTAL':
        verify(d(1, '10:00'), VerificationAction.A1_VERIFIKASI);
        dispose(d(1, '10:30'));
        followUp(d(3, '14:00'));
        return;
      case 'REPLIED':
      case 'REOPENED':
        verify(d(1, '10:00'), VerificationAction.A1_VERIFIKASI);
        dispose(d(1, '10:30'));
        followUp(d(3, '14:00'));
        reply(d(4, '19:30'), story === 'REOPENED');
        if (story === 'REOPENED') followUp(d(6, '11:00'), 'follow-up-2');
        return;
      case 'DEFERRED':
        verify(d(1, '10:00'), VerificationAction.A2_TUNDA, 'MENUNGGU_BUKTI_PENDUKUNG', 'defer');
        verify(d(2, '13:00'), VerificationAction.A1_VERIFIKASI);
        dispose(d(2, '13:30'));
        followUp(d(4, '15:00'));
        return;
      case 'LATE_VERIFY':
        r.lateVerifyKeys.push(full(k('submit')));
        verify(wib(r.nextMonth, '10:00'), VerificationAction.A1_VERIFIKASI);
        dispose(wib(r.nextMonth, '10:30'));
        followUp(wib(addWd(r.nextMonth, 2), '14:00'));
        return;
      case 'LATE_FOLLOW_UP':
        verify(d(1, '10:00'), VerificationAction.A1_VERIFIKASI);
        dispose(d(1, '10:30'));
        followUp(wib(addWd(r.nextMonth, 1), '14:00'));
        return;
      case 'NOT_OURS':
        verify(d(1, '10:00'), VerificationAction.A3_BUKAN_WEWENANG, 'KEWENANGAN_PEMERINTAH_PROVINSI');
        return;
      case 'ARCHIVED':
        verify(d(2, '10:00'), VerificationAction.A4_ARSIPKAN, 'MASUKAN_TERLALU_UMUM');
        return;
      case 'APPRECIATION':
        verify(d(1, '10:00'), VerificationAction.A1_VERIFIKASI);
        if ('asnId' in fields && fields.asnId) {
          const asn = employeeActor(fields.asnId);
          add(stream, d(3, '08:00'), k('consent'), 'consent', AppreciationConsentInput, { consent: true }, { actor: asn, complete: async (env) => ({ ...base(k('consent')), consent: true, reportId: await reportIdOf(env) }) as CommandInput });
        }
        return;
      case 'WAITING':
        return;
    }
  }

  function forumStory(instansiId: string, opd: UnitPlan, coordinator: Actor) {
    const penghubung = penghubungOf(opd.unitId);
    const k = (what: string) => `feedback:forum:${opd.unitId}:${what}`;
    const stream = k('topic');
    add(stream, wib('2026-02-09', '09:00'), k('open'), 'openTopic', OpenForumTopicInput, { unitId: opd.unitId, title: `Layanan daring ${opd.code} sulit digunakan`, description: 'Kami membuka topik ini untuk menampung pengalaman warga memakai layanan daring dan usulan perbaikannya.' }, { actor: coordinator });
    const topicId = `${instansiId}.${deriveId('forum-topic', officerCommandId(coordinator, full(k('open'))))}`;
    const posts: readonly (readonly [string, string, string])[] = [
      ['post-1', '2026-02-10', 'Unggahan dokumen selalu gagal di ponsel; harus ke warnet untuk memakai komputer.'],
      ['post-2', '2026-02-10', 'Tidak ada petunjuk ukuran berkas yang diterima; pesan galatnya tidak jelas.'],
      ['post-3', '2026-02-11', 'Kunjungi situs kami untuk jasa pengurusan kilat, dijamin cepat!'],
    ];
    const citizenPostId = async (env: SeedEnvironment, key: string, at: string) => deriveId('forum-post', (await env.proofOfWork(full(key), at)).commandId);
    for (const [what, date, text] of posts) citizen(stream, wib(date, '20:00'), k(what), 'post', PostToForumInput, { topicId, text });
    const moderate = (what: string, date: string, publish: boolean, reasonCode?: string) =>
      add(stream, wib('2026-02-12', '09:00'), k(`moderate-${what}`), 'moderate', ModerateForumPostInput, { topicId, publish, ...(reasonCode ? { reasonCode } : {}) }, {
        actor: penghubung,
        complete: async (env) => ({ ...base(k(`moderate-${what}`)), topicId, publish, ...(reasonCode ? { reasonCode } : {}), postId: await citizenPostId(env, k(what), wib(date, '20:00')) }) as CommandInput,
      });
    moderate('post-1', '2026-02-10', true);
    moderate('post-2', '2026-02-10', true);
    moderate('post-3', '2026-02-11', false, 'SPAM');
    // The unit answers the first post; a citizen replies to the answer, and that reply is published too.
    add(stream, wib('2026-02-12', '10:00'), k('answer'), 'post', PostToForumInput, { topicId, text: 'Terima kasih. Batas ukuran berkas 2 MB; mulai Maret unggahan dari ponsel diperbaiki dan petunjuknya ditampilkan.' }, {
      actor: penghubung,
      complete: async (env) => ({ ...base(k('answer')), topicId, text: 'Terima kasih. Batas ukuran berkas 2 MB; mulai Maret unggahan dari ponsel diperbaiki dan petunjuknya ditampilkan.', replyTo: await citizenPostId(env, k('post-1'), wib('2026-02-10', '20:00')) }) as CommandInput,
    });
    const answerId = deriveId('forum-post', officerCommandId(penghubung, full(k('answer'))));
    citizen(stream, wib('2026-03-04', '19:00'), k('reply'), 'post', PostToForumInput, { topicId, replyTo: answerId, text: 'Sudah saya coba lagi dari ponsel, sekarang berhasil. Terima kasih.' });
    add(stream, wib('2026-03-05', '09:00'), k('moderate-reply'), 'moderate', ModerateForumPostInput, { topicId, publish: true }, {
      actor: penghubung,
      complete: async (env) => ({ ...base(k('moderate-reply')), topicId, publish: true, postId: await citizenPostId(env, k('reply'), wib('2026-03-04', '19:00')) }) as CommandInput,
    });
    add(stream, wib('2026-03-02', '14:00'), k('follow-up'), 'forumFollowUp', RecordForumFollowUpInput, { topicId, action: 'Batas ukuran berkas dinaikkan ke 2 MB dan formulir unggah diperbaiki untuk ponsel.' }, { actor: penghubung });
  }

  // SKM: every OPD surveys its service users for the year; answers arrive each month, at the counter
  // (paper forms entered by the penghubung) and on the portal; the result is published in October.
  let surveys = 0;
  let responses = 0;
  const perMonth = plan.size.label === 'small' ? 3 : 4;
  plan.units
    .filter((u) => u.parentUnitId === null)
    .forEach((opd, unitIndex) => {
      surveys++;
      const quality = QUALITY[unitIndex % QUALITY.length];
      const penghubung = penghubungOf(opd.unitId);
      const k = (what: string) => `feedback:skm:${opd.unitId}:${FEEDBACK_YEAR}:${what}`;
      const stream = k('survey');
      const respondents = MONTHS * perMonth;
      // Half the units know their small population (the sample is adequate); the others serve thousands.
      const population = unitIndex % 2 === 0 ? respondents + 2 : 2500 + unitIndex * 100;
      add(stream, wib(workingDayFrom(`${FEEDBACK_YEAR}-01-05`), '08:00'), k('open'), 'openSurvey', OpenSkmSurveyInput, { unitId: opd.unitId, period: String(FEEDBACK_YEAR), population }, { actor: penghubung });
      for (let month = 1; month <= MONTHS; month++) {
        for (let i = 0; i < perMonth; i++) {
          const answers = Array.from({ length: 9 }, () => rng.weighted(quality));
          const date = workingDayFrom(`${FEEDBACK_YEAR}-${pad(month)}-${pad(6 + i * 5)}`);
          const fields = { unitId: opd.unitId, period: String(FEEDBACK_YEAR), answers, receiptCode: `${opd.code}/${FEEDBACK_YEAR}/${pad(month)}/${String(i + 1).padStart(3, '0')}` };
          responses++;
          if (i % 2 === 0) add(stream, wib(date, '11:00'), k(`answer-${month}-${i}`), 'answerSurvey', AnswerSkmSurveyInput, fields, { actor: penghubung });
          else citizen(stream, wib(date, '16:30'), k(`answer-${month}-${i}`), 'answerSurvey', AnswerSkmSurveyInput, fields);
        }
      }
      add(stream, wib('2026-10-30', '10:00'), k('publish'), 'publishSurvey', PublishSkmResultInput, { unitId: opd.unitId, period: String(FEEDBACK_YEAR), followUpPlan: `Rencana tindak lanjut ${opd.name}: perbaikan unsur dengan nilai terendah, pelatihan petugas dan evaluasi standar pelayanan.` }, { actor: penghubung });
    });

  // Phases by month; within a month, one chain per stream, in time order.
  const phases: SeedPhase[] = [];
  for (let month = 1; month <= MONTHS; month++) {
    const key = `${FEEDBACK_YEAR}-${pad(month)}`;
    const chains = new Map<string, SeedStep[]>();
    for (const d of dated.filter((x) => x.month === key)) chains.set(d.stream, [...(chains.get(d.stream) ?? []), d.step]);
    for (const chain of chains.values()) chain.sort((a, b) => a.at!.localeCompare(b.at!));
    const next = month === 12 ? `${FEEDBACK_YEAR + 1}-01-01` : `${FEEDBACK_YEAR}-${pad(month + 1)}-01`;
    phases.push({ name: `feedback-${key}`, chains: [...chains.values()] as SeedChain[], afterReadModels: month === 1, fireDeadlinesAt: wib(next, '00:30') });
  }
  return { phases, summary: { reports, lateReports: late, surveys, responses, forumTopics: plan.instansi.length, lateVerifyKeys } };
}

import { deciderSpec } from '@kernel/testing/decider-spec';
import { reportDecider, SubmitReport } from './report.decider';
import { ReportEvent, ReportSubmitted } from './report.events';
import { endOfWorkingDayAfter } from './sla';
import { ReportChannel, ReportKind, ReportPrivacy, SlaStage, VerificationAction } from './report.vocabulary';

const spec = deciderSpec(reportDecider);
const sla = { verifyDays: 3, followUpDays: 5, closeAfterDays: 10, calendar: 'test' };
const reportId = 'kota-medan.r1';

function submit(overrides: Partial<SubmitReport> = {}): SubmitReport {
  return {
    type: 'SubmitReport',
    reportId,
    trackingId: '7K4M-Q2XD-9BWT',
    kind: ReportKind.PENGADUAN,
    privacy: ReportPrivacy.PUBLIC,
    unitId: 'kota-medan.disdukcapil',
    instansiId: 'kota-medan',
    title: 'Antrean KTP-el',
    body: 'Antrean perekaman KTP-el lebih dari 4 jam.',
    attachments: [],
    channel: ReportChannel.PORTAL,
    sla,
    at: '2026-01-09T03:00:00.000Z',
    ...overrides,
  };
}
function submitted(overrides: Partial<SubmitReport> = {}): ReportSubmitted {
  return spec.given([]).when(submit(overrides)).events()[0] as ReportSubmitted;
}
const verified: ReportEvent = { type: 'public-feedback.ReportVerified', data: { reportId, action: VerificationAction.A1_VERIFIKASI, verifiedAt: '2026-01-12T03:00:00.000Z' } };
const disposed: ReportEvent = { type: 'public-feedback.ReportDisposed', data: { reportId, toUnitId: 'kota-medan.disdukcapil', disposedAt: '2026-01-12T04:00:00.000Z', followUpDueAt: '2026-01-20T17:00:00.000Z' } };
const followedUp: ReportEvent = { type: 'public-feedback.ReportFollowedUp', data: { reportId, byUnitId: 'kota-medan.disdukcapil', response: 'Loket tambahan dibuka.', followedUpAt: '2026-01-13T03:00:00.000Z', closesAt: '2026-01-28T17:00:00.000Z' } };

describe('working-day SLA clocks (WIB)', () => {
  it('skips the weekend: Friday + 3 working days is the end of Wednesday', () => {
    expect(endOfWorkingDayAfter('2026-01-09T03:00:00.000Z', 3)).toBe('2026-01-14T17:00:00.000Z');
  });
  it('counts from the WIB date: Friday 18:00 UTC is Saturday 01:00 WIB, still due Wednesday', () => {
    expect(endOfWorkingDayAfter('2026-01-09T18:00:00.000Z', 3)).toBe('2026-01-14T17:00:00.000Z');
  });
  it('skips Nyepi and the Idul Fitri cuti bersama: Friday 13 March 2026 + 3 is 25 March', () => {
    // 16, 17 are working days; 18 CB, 19 L, 20 CB, 21–22 L/weekend, 23–24 CB; 25 is the third.
    expect(endOfWorkingDayAfter('2026-03-13T03:00:00.000Z', 3)).toBe('2026-03-25T17:00:00.000Z');
  });
  it('skips Kenaikan (L) and the cuti bersama after it: 12 May 2026 + 5 is 21 May', () => {
    expect(endOfWorkingDayAfter('2026-05-12T03:00:00.000Z', 5)).toBe('2026-05-21T17:00:00.000Z');
  });
  it('closure: 10 working days after Monday 10 August 2026 skips 17 and 25 August: 26 August', () => {
    expect(endOfWorkingDayAfter('2026-08-10T03:00:00.000Z', 10)).toBe('2026-08-26T17:00:00.000Z');
  });
});

describe('report: submission and privacy', () => {
  it('records the report with its SLA policy and the verification due time', () => {
    expect(submitted().data).toMatchObject({ reportId, trackingId: '7K4M-Q2XD-9BWT', privacy: 'PUBLIC', sla, verifyDueAt: '2026-01-14T17:00:00.000Z' });
  });

  it('refuses blank text and a WBS report that is not RAHASIA', () => {
    spec.given([]).when(submit({ title: ' ', kind: ReportKind.WBS, privacy: ReportPrivacy.ANONIM })).thenViolates('FEEDBACK.TEXT_REQUIRED', 'FEEDBACK.WBS_MUST_BE_RAHASIA');
    spec.given([submitted()]).when(submit()).thenViolates('FEEDBACK.REPORT_EXISTS');
  });

  it('officers may only raise privacy: PUBLIC → RAHASIA yes, RAHASIA → ANONIM never, same level is a no-op', () => {
    const escalated: ReportEvent = { type: 'public-feedback.ReportPrivacyEscalated', data: { reportId, from: ReportPrivacy.PUBLIC, to: ReportPrivacy.RAHASIA, escalatedAt: '2026-01-10T00:00:00.000Z' } };
    spec.given([submitted()]).when({ type: 'RaisePrivacy', to: ReportPrivacy.RAHASIA, at: '2026-01-10T00:00:00.000Z' }).then([escalated]);
    spec.given([submitted(), escalated]).when({ type: 'RaisePrivacy', to: ReportPrivacy.ANONIM, at: '2026-01-10T00:00:00.000Z' }).thenViolates('FEEDBACK.PRIVACY_LOWERED');
    spec.given([submitted(), escalated]).when({ type: 'RaisePrivacy', to: ReportPrivacy.PUBLIC, at: '2026-01-10T00:00:00.000Z' }).thenViolates('FEEDBACK.PRIVACY_LOWERED');
    spec.given([submitted(), escalated]).when({ type: 'RaisePrivacy', to: ReportPrivacy.RAHASIA, at: '2026-01-10T00:00:00.000Z' }).then([]);
  });

  it('only the reporter lowers it, and never a WBS report below RAHASIA', () => {
    spec.given([submitted({ privacy: ReportPrivacy.RAHASIA })]).when({ type: 'ReporterSetsPrivacy', to: ReportPrivacy.ANONIM, at: '2026-01-10T00:00:00.000Z' }).then([
      { type: 'public-feedback.ReportPrivacyChangedByReporter', data: { reportId, from: ReportPrivacy.RAHASIA, to: ReportPrivacy.ANONIM, changedAt: '2026-01-10T00:00:00.000Z' } },
    ]);
    spec.given([submitted({ kind: ReportKind.WBS, privacy: ReportPrivacy.RAHASIA })]).when({ type: 'ReporterSetsPrivacy', to: ReportPrivacy.PUBLIC, at: '2026-01-10T00:00:00.000Z' }).thenViolates('FEEDBACK.WBS_MUST_BE_RAHASIA');
  });

  it('erases the sealed contact once, naming the subject', () => {
    const withReporter = submitted({ reporter: { subjectId: 'reporter-kota-medan.r1', sealed: 'v1.a.b.c' } });
    const erased: ReportEvent = { type: 'public-feedback.ReporterContactErased', data: { reportId, subjectId: 'reporter-kota-medan.r1', erasedAt: '2026-02-01T00:00:00.000Z' } };
    spec.given([withReporter]).when({ type: 'EraseReporterContact', at: '2026-02-01T00:00:00.000Z' }).then([erased]);
    spec.given([withReporter, erased]).when({ type: 'EraseReporterContact', at: '2026-02-02T00:00:00.000Z' }).then([]);
    spec.given([submitted()]).when({ type: 'EraseReporterContact', at: '2026-02-02T00:00:00.000Z' }).then([]);
  });
});

describe('report: the LAPOR! lifecycle', () => {
  const at = '2026-01-12T03:00:00.000Z';
  it('A1 verifies without a reason; A2–A4 need a reason from their fixed list', () => {
    spec.given([submitted()]).when({ type: 'VerifyReport', action: VerificationAction.A1_VERIFIKASI, at }).then([verified]);
    spec.given([submitted()]).when({ type: 'VerifyReport', action: VerificationAction.A1_VERIFIKASI, reasonCode: 'SPAM', at }).thenViolates('FEEDBACK.REASON_NOT_ALLOWED');
    spec.given([submitted()]).when({ type: 'VerifyReport', action: VerificationAction.A4_ARSIPKAN, at }).thenViolates('FEEDBACK.REASON_NOT_ALLOWED');
    spec.given([submitted()]).when({ type: 'VerifyReport', action: VerificationAction.A4_ARSIPKAN, reasonCode: 'DATA_TIDAK_LENGKAP', at }).thenViolates('FEEDBACK.REASON_NOT_ALLOWED');
    for (const [action, reasonCode] of [[VerificationAction.A2_TUNDA, 'DATA_TIDAK_LENGKAP'], [VerificationAction.A3_BUKAN_WEWENANG, 'KEWENANGAN_INSTANSI_VERTIKAL'], [VerificationAction.A4_ARSIPKAN, 'MASUKAN_TERLALU_UMUM']] as const) {
      spec.given([submitted()]).when({ type: 'VerifyReport', action, reasonCode, at }).then([{ type: 'public-feedback.ReportVerified', data: { reportId, action, reasonCode, verifiedAt: at } }]);
    }
  });

  it('a deferred (Tunda) report can later be verified, not deferred again; an archived one is final', () => {
    const deferred: ReportEvent = { type: 'public-feedback.ReportVerified', data: { reportId, action: VerificationAction.A2_TUNDA, reasonCode: 'DATA_TIDAK_LENGKAP', verifiedAt: at } };
    spec.given([submitted(), deferred]).when({ type: 'VerifyReport', action: VerificationAction.A1_VERIFIKASI, at }).then([verified]);
    spec.given([submitted(), deferred]).when({ type: 'VerifyReport', action: VerificationAction.A2_TUNDA, reasonCode: 'DATA_TIDAK_LENGKAP', at }).thenViolates('FEEDBACK.TRANSITION_INVALID');
    const archived: ReportEvent = { type: 'public-feedback.ReportVerified', data: { reportId, action: VerificationAction.A4_ARSIPKAN, reasonCode: 'SPAM', verifiedAt: at } };
    spec.given([submitted(), archived]).when({ type: 'VerifyReport', action: VerificationAction.A1_VERIFIKASI, at }).thenViolates('FEEDBACK.TRANSITION_INVALID');
    spec.given([submitted(), archived]).when({ type: 'DisposeReport', toUnitId: 'kota-medan.disdukcapil', toInstansiId: 'kota-medan', at }).thenViolates('FEEDBACK.TRANSITION_INVALID');
  });

  it('disposes a verified report to an OPD of the same instansi with a 5-working-day follow-up clock (Isra Mi\'raj, 16 January 2026, skipped)', () => {
    spec.given([submitted(), verified]).when({ type: 'DisposeReport', toUnitId: 'kota-medan.disdukcapil', toInstansiId: 'kota-medan', at: '2026-01-12T04:00:00.000Z' }).then([disposed]);
    spec.given([submitted()]).when({ type: 'DisposeReport', toUnitId: 'kota-medan.disdukcapil', toInstansiId: 'kota-medan', at }).thenViolates('FEEDBACK.TRANSITION_INVALID');
    spec.given([submitted(), verified]).when({ type: 'DisposeReport', toUnitId: 'kota-binjai.dinkes', toInstansiId: 'kota-binjai', at }).thenViolates('FEEDBACK.DISPOSITION_OUTSIDE_INSTANSI');
    const apresiasi = submitted({ kind: ReportKind.APRESIASI });
    spec.given([apresiasi, verified]).when({ type: 'DisposeReport', toUnitId: 'kota-medan.disdukcapil', toInstansiId: 'kota-medan', at }).thenViolates('FEEDBACK.APRESIASI_NO_LIFECYCLE');
  });

  it('follows up a disposed report; closure is due 10 working days later', () => {
    spec.given([submitted(), verified, disposed]).when({ type: 'FollowUpReport', byUnitId: 'kota-medan.disdukcapil', response: 'Loket tambahan dibuka.', at: '2026-01-13T03:00:00.000Z' }).then([followedUp]);
    spec.given([submitted(), verified]).when({ type: 'FollowUpReport', byUnitId: 'kota-medan.disdukcapil', response: 'x', at }).thenViolates('FEEDBACK.TRANSITION_INVALID');
  });

  it('the reporter replies (closure moves on) or reopens (back to the OPD, fresh follow-up clock)', () => {
    const history = [submitted(), verified, disposed, followedUp];
    spec.given(history).when({ type: 'ReplyToReport', message: 'Terima kasih', reopen: false, at: '2026-01-20T03:00:00.000Z' }).then([
      { type: 'public-feedback.ReporterReplied', data: { reportId, message: 'Terima kasih', reopened: false, repliedAt: '2026-01-20T03:00:00.000Z', closesAt: '2026-02-03T17:00:00.000Z' } },
    ]);
    const reopened: ReportEvent = { type: 'public-feedback.ReporterReplied', data: { reportId, message: 'Masih antre 4 jam', reopened: true, repliedAt: '2026-01-20T03:00:00.000Z', followUpDueAt: '2026-01-27T17:00:00.000Z' } };
    spec.given(history).when({ type: 'ReplyToReport', message: 'Masih antre 4 jam', reopen: true, at: '2026-01-20T03:00:00.000Z' }).then([reopened]);
    // Reopened: the OPD follows up again; the old closure does nothing.
    spec.given([...history, reopened]).when({ type: 'CloseIfQuiet', closesAt: '2026-01-27T17:00:00.000Z', at: '2026-01-28T00:00:00.000Z' }).then([]);
    spec.given([...history, reopened]).when({ type: 'FollowUpReport', byUnitId: 'kota-medan.disdukcapil', response: 'Jam layanan ditambah', at: '2026-01-21T03:00:00.000Z' }).events();
    spec.given([submitted(), verified, disposed]).when({ type: 'ReplyToReport', message: 'x', reopen: true, at }).thenViolates('FEEDBACK.TRANSITION_INVALID');
  });

  it('closes 10 working days after the follow-up without a reply, and only then', () => {
    const history = [submitted(), verified, disposed, followedUp];
    spec.given(history).when({ type: 'CloseIfQuiet', closesAt: '2026-01-28T17:00:00.000Z', at: '2026-01-28T17:00:00.000Z' }).then([
      { type: 'public-feedback.ReportClosed', data: { reportId, reason: 'NO_REPLY_AFTER_FOLLOW_UP', closedAt: '2026-01-28T17:00:00.000Z' } },
    ]);
    spec.given(history).when({ type: 'CloseIfQuiet', closesAt: '2026-01-28T17:00:00.000Z', at: '2026-01-28T16:59:59.000Z' }).then([]);
    const replied: ReportEvent = { type: 'public-feedback.ReporterReplied', data: { reportId, message: 'ok', reopened: false, repliedAt: '2026-01-20T03:00:00.000Z', closesAt: '2026-02-03T17:00:00.000Z' } };
    spec.given([...history, replied]).when({ type: 'CloseIfQuiet', closesAt: '2026-01-28T17:00:00.000Z', at: '2026-01-29T00:00:00.000Z' }).then([]);
    spec.given([...history, replied]).when({ type: 'CloseIfQuiet', closesAt: '2026-02-03T17:00:00.000Z', at: '2026-02-03T17:00:00.000Z' }).events();
  });

  it('a missed verification SLA escalates to the OPD head and the coordinator, once', () => {
    const due = '2026-01-14T17:00:00.000Z';
    const missed: ReportEvent = { type: 'public-feedback.ReportSlaMissed', data: { reportId, stage: SlaStage.VERIFY, dueAt: due, escalatedTo: { opdUnitId: 'kota-medan.disdukcapil', instansiId: 'kota-medan' }, detectedAt: due } };
    spec.given([submitted()]).when({ type: 'CheckSla', stage: SlaStage.VERIFY, dueAt: due, at: due }).then([missed]);
    spec.given([submitted(), missed]).when({ type: 'CheckSla', stage: SlaStage.VERIFY, dueAt: due, at: due }).then([]);
    // Verified only (not yet forwarded) is still late; disposed in time is not.
    spec.given([submitted(), verified]).when({ type: 'CheckSla', stage: SlaStage.VERIFY, dueAt: due, at: due }).then([missed]);
    spec.given([submitted(), verified, disposed]).when({ type: 'CheckSla', stage: SlaStage.VERIFY, dueAt: due, at: due }).then([]);
    spec.given([submitted()]).when({ type: 'CheckSla', stage: SlaStage.VERIFY, dueAt: due, at: '2026-01-14T16:00:00.000Z' }).then([]);
  });

  it('a missed follow-up SLA escalates; a follow-up in time or a stale due time does not', () => {
    const due = '2026-01-20T17:00:00.000Z';
    spec.given([submitted(), verified, disposed]).when({ type: 'CheckSla', stage: SlaStage.FOLLOW_UP, dueAt: due, at: due }).then([
      { type: 'public-feedback.ReportSlaMissed', data: { reportId, stage: SlaStage.FOLLOW_UP, dueAt: due, escalatedTo: { opdUnitId: 'kota-medan.disdukcapil', instansiId: 'kota-medan' }, detectedAt: due } },
    ]);
    spec.given([submitted(), verified, disposed, followedUp]).when({ type: 'CheckSla', stage: SlaStage.FOLLOW_UP, dueAt: due, at: due }).then([]);
    spec.given([submitted(), verified, disposed]).when({ type: 'CheckSla', stage: SlaStage.FOLLOW_UP, dueAt: '2026-01-01T17:00:00.000Z', at: due }).then([]);
  });

  it('every command on a missing report is REPORT_NOT_FOUND', () => {
    spec.given([]).when({ type: 'VerifyReport', action: VerificationAction.A1_VERIFIKASI, at }).thenViolates('FEEDBACK.REPORT_NOT_FOUND');
  });

  it('an appreciation names its ASN publicly only with their consent; withdrawing is recorded; other kinds refuse', () => {
    const apresiasi = submitted({ kind: ReportKind.APRESIASI, asnId: 'emp-budi' });
    const given: ReportEvent = { type: 'public-feedback.AppreciationConsentSet', data: { reportId, asnId: 'emp-budi', consent: true, setAt: at } };
    spec.given([apresiasi]).when({ type: 'SetAppreciationConsent', consent: true, at }).then([given]);
    spec.given([apresiasi, given]).when({ type: 'SetAppreciationConsent', consent: true, at }).then([]);
    spec.given([apresiasi, given]).when({ type: 'SetAppreciationConsent', consent: false, at }).then([{ type: 'public-feedback.AppreciationConsentSet', data: { reportId, asnId: 'emp-budi', consent: false, setAt: at } }]);
    spec.given([submitted({ asnId: 'emp-budi' })]).when({ type: 'SetAppreciationConsent', consent: true, at }).thenViolates('FEEDBACK.NOT_AN_APPRECIATION_OF_ASN');
  });
});

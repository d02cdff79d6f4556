import { assertNever, Decider } from '@kernel/decider';
import { isBlank, problem, refuse, refuseIfAny, unless } from '@kernel/rules';
import { PerformanceRule as R } from '../performance.rules';
import { ApproveSkp, CloseSkpSegment, DerivedAppraisers, OpenSkpSegment, RecordProjectContribution, ReopenSkpSegment, DraftSkp, SkpIdentity, WithdrawSkpSegment, GiveFeedback, OverrideAppraiser, RecordRealisasi, ReturnSkp, SkpCommand, SubmitSkp } from './skp.commands';
import { periodProblems } from './periods';
import { dayBefore, monthsOf, periodOverlaps } from './segments';
import { SegmentRule as SR } from './segment.rules';
import { appraiserProblems, cascadeProblems, contentProblems, intervensiProblems, jptCascadeProblems, unitTargetProblems } from './skp.content-rules';
import { AppraiserRef, SkpAppraiserDerived, SkpContent, SkpEvent } from './skp.events';
import { BERAKHLAK, SkpStatus } from './skp.vocabulary';

export interface SkpHeader extends SkpIdentity {
  readonly skpDate: string;
  /** The days this segment covers (the whole year unless appointed or transferred during it). */
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly months: number;
  /** 1 for `<employeeId>.<year>`, n for `<employeeId>.<year>.<n>`. */
  readonly segment: number;
  readonly previousSkpId: string | null;
  /** The segment a transfer opened after this one (this one is closed). */
  readonly nextSkpId: string | null;
  /** The transfer event that closed it (a replay of the transfer finds its own split). */
  readonly closedByTransferId: string | null;
  /** The transfer that opened it was annulled: it no longer counts. */
  readonly withdrawn: boolean;
}

export type SkpState =
  | { readonly exists: false }
  | (SkpHeader & {
      readonly exists: true;
      readonly status: SkpStatus;
      readonly content: SkpContent;
      readonly pejabatPenilai: AppraiserRef;
      readonly atasanPejabatPenilai: AppraiserRef;
      /** Latest realisasi per `<rhkId>@<period>`. */
      readonly realisasi: Readonly<Record<string, { readonly realisasi: string; readonly evidence: readonly string[] }>>;
    });
type Existing = Extract<SkpState, { exists: true }>;

export function isSkp(state: SkpState): state is Existing {
  return state.exists;
}

const EDITABLE: readonly SkpStatus[] = [SkpStatus.DRAFT, SkpStatus.RETURNED];

function evolve(state: SkpState, event: SkpEvent): SkpState {
  switch (event.type) {
    case 'performance.SkpDrafted': {
      const { rhk, perilaku, lampiran, pejabatPenilai, atasanPejabatPenilai, draftedAt: _at, ...header } = event.data;
      const segment = { segment: 1, previousSkpId: null, nextSkpId: null, closedByTransferId: null, withdrawn: false };
      return { ...header, ...segment, exists: true, status: SkpStatus.DRAFT, content: { rhk, perilaku, lampiran }, pejabatPenilai, atasanPejabatPenilai, realisasi: {} };
    }
    case 'performance.SkpSegmentOpened': {
      const { rhk, perilaku, lampiran, pejabatPenilai, atasanPejabatPenilai, openedAt: _at, transfer: _t, ...header } = event.data;
      return { ...header, nextSkpId: null, closedByTransferId: null, withdrawn: false, exists: true, status: SkpStatus.DRAFT, content: { rhk, perilaku, lampiran }, pejabatPenilai, atasanPejabatPenilai, realisasi: {} };
    }
    case 'performance.SkpSegmentClosed': {
      const { periodEnd, months, nextSkpId, transfer } = event.data;
      const s = state as Existing;
      return { ...s, periodEnd, months, nextSkpId, closedByTransferId: transfer.eventId, skpDate: s.skpDate > periodEnd ? periodEnd : s.skpDate };
    }
    case 'performance.SkpSegmentReopened':
      return { ...(state as Existing), periodEnd: event.data.periodEnd, months: event.data.months, nextSkpId: null, closedByTransferId: null };
    case 'performance.SkpSegmentWithdrawn':
      return { ...(state as Existing), withdrawn: true };
    case 'performance.SkpRevised': {
      const { rhk, perilaku, lampiran } = event.data;
      return { ...(state as Existing), content: { rhk, perilaku, lampiran } };
    }
    case 'performance.SkpAppraiserDerived':
      return { ...(state as Existing), pejabatPenilai: event.data.pejabatPenilai, atasanPejabatPenilai: event.data.atasanPejabatPenilai };
    case 'performance.SkpAppraiserOverridden':
      return { ...(state as Existing), pejabatPenilai: event.data.pejabatPenilai };
    case 'performance.SkpSubmitted':
      return { ...(state as Existing), status: SkpStatus.SUBMITTED };
    case 'performance.SkpApproved':
      return { ...(state as Existing), status: SkpStatus.APPROVED };
    case 'performance.SkpReturned':
      return { ...(state as Existing), status: SkpStatus.RETURNED };
    case 'performance.FeedbackGiven':
    case 'performance.ProjectContributionRecorded':
      return state;
    case 'performance.RealisasiRecorded': {
      const s = state as Existing;
      const { rhkId, period, realisasi, evidence } = event.data;
      return { ...s, realisasi: { ...s.realisasi, [realisasiKey(rhkId, period)]: { realisasi, evidence } } };
    }
    default:
      return assertNever(event);
  }
}

function decide(command: SkpCommand, state: SkpState): SkpEvent[] {
  switch (command.type) {
    case 'DraftSkp':
      return draft(command, state);
    case 'CloseSkpSegment':
      return closeSegment(command, live(state));
    case 'OpenSkpSegment':
      return openSegment(command, state);
    case 'WithdrawSkpSegment':
      return withdrawSegment(command, existing(state));
    case 'ReopenSkpSegment':
      return reopenSegment(command, existing(state));
    case 'SubmitSkp':
      return submit(command, live(state));
    case 'ApproveSkp':
      return approve(command, live(state));
    case 'ReturnSkp':
      return returnSkp(command, existing(state));
    case 'OverrideAppraiser':
      return override(command, existing(state));
    case 'GiveFeedback':
      return giveFeedback(command, existing(state));
    case 'RecordRealisasi':
      return recordRealisasi(command, existing(state));
    case 'RecordProjectContribution':
      return recordProjectContribution(command, existing(state));
    default:
      return assertNever(command);
  }
}

function existing(state: SkpState): Existing {
  if (!isSkp(state)) refuse(R.SKP_UNKNOWN, 'SKP belum disusun');
  return state;
}

/** An SKP segment that still counts (its transfer not annulled). */
function live(state: SkpState): Existing {
  const s = existing(state);
  if (s.withdrawn) refuse(SR.SKP_SEGMENT_WITHDRAWN, `Segmen SKP ${s.skpId} ditarik (mutasinya dibatalkan)`);
  return s;
}

/**
 * A transfer whose TMT falls inside this segment (after its first day) closes it the day before the
 * TMT; the months are recomputed (`monthsOf`). Whatever its status, the segment stays evaluable for
 * the periods it overlaps.
 */
function closeSegment(command: CloseSkpSegment, state: Existing): SkpEvent[] {
  const tmt = command.transfer.effectiveDate;
  if (state.nextSkpId !== null) refuse(SR.SKP_SEGMENT_CLOSED, `Segmen SKP ${state.skpId} sudah ditutup oleh mutasi (segmen berikutnya ${state.nextSkpId})`);
  if (!(state.periodStart < tmt && tmt <= state.periodEnd)) refuse(SR.SEGMENT_TMT_OUTSIDE_PERIOD, `TMT ${tmt} di luar segmen SKP ${state.periodStart}–${state.periodEnd} (setelah hari pertamanya)`);
  const periodEnd = dayBefore(tmt);
  return [{ type: 'performance.SkpSegmentClosed', data: { skpId: state.skpId, periodEnd, months: monthsOf(state.periodStart, periodEnd), nextSkpId: command.nextSkpId, transfer: command.transfer, closedAt: command.at } }];
}

/** The new post's segment: DRAFT with no RHK (the employee drafts it for the new appraiser), the seven BerAKHLAK values. */
function openSegment(command: OpenSkpSegment, state: SkpState): SkpEvent[] {
  if (isSkp(state)) refuse(SR.SKP_SEGMENT_EXISTS, `Segmen SKP ${state.skpId} sudah dibuka`);
  const { type: _t, period, derived, at, ...header } = command;
  return [
    {
      type: 'performance.SkpSegmentOpened',
      data: {
        ...header,
        skpDate: period.periodStart,
        ...period,
        rhk: [],
        perilaku: BERAKHLAK.map((nilai) => ({ nilai, ekspektasiKhusus: null })),
        lampiran: { dukunganSumberDaya: [], skemaPertanggungjawaban: [], konsekuensi: [] },
        ...derived,
        openedAt: at,
      },
    },
  ];
}

/** An annulled transfer withdraws the segment it opened, while nothing was planned in it yet [M]. */
function withdrawSegment(command: WithdrawSkpSegment, state: Existing): SkpEvent[] {
  if (state.withdrawn) return [];
  if (state.status !== SkpStatus.DRAFT || state.content.rhk.length > 0 || state.nextSkpId !== null) refuse(SR.SKP_SEGMENT_NOT_EMPTY, `Segmen SKP ${state.skpId} sudah berisi rencana (${state.status}); tidak ditarik`);
  return [{ type: 'performance.SkpSegmentWithdrawn', data: { skpId: state.skpId, annulmentEventId: command.annulmentEventId, reason: command.reason, withdrawnAt: command.at } }];
}

/** After its next segment was withdrawn, the closed segment runs to that segment's end again. */
function reopenSegment(command: ReopenSkpSegment, state: Existing): SkpEvent[] {
  if (state.nextSkpId !== command.withdrawnSkpId) return [];
  const { periodEnd } = command;
  return [{ type: 'performance.SkpSegmentReopened', data: { skpId: state.skpId, periodEnd, months: monthsOf(state.periodStart, periodEnd), withdrawnSkpId: command.withdrawnSkpId, annulmentEventId: command.annulmentEventId, reopenedAt: command.at } }];
}

function draft(command: DraftSkp, state: SkpState): SkpEvent[] {
  if (isSkp(state) && state.withdrawn) refuse(SR.SKP_SEGMENT_WITHDRAWN, `Segmen SKP ${state.skpId} ditarik (mutasinya dibatalkan)`);
  if (isSkp(state) && !EDITABLE.includes(state.status)) refuse(R.SKP_NOT_EDITABLE, `SKP berstatus ${state.status} tidak dapat diubah`);
  const jabatan = isSkp(state) ? state.jenisJabatan : command.jenisJabatan;
  refuseIfAny([...contentProblems(command.content), ...intervensiProblems(command.content, command.superior), ...unitTargetProblems(command.content, jabatan, command.unitPlan)]);
  const { rhk, perilaku, lampiran } = command.content;
  if (isSkp(state)) return [...rederived(state, command.derived, command.at), { type: 'performance.SkpRevised', data: { skpId: state.skpId, rhk, perilaku, lampiran, revisedAt: command.at } }];
  const { skpId, employeeId, instansiId, unitId, positionId, jenisJabatan, year, skpDate, period } = command;
  return [
    {
      type: 'performance.SkpDrafted',
      data: { skpId, employeeId, instansiId, unitId, positionId, jenisJabatan, year, skpDate, ...period, rhk, perilaku, lampiran, ...command.derived, draftedAt: command.at },
    },
  ];
}

function submit(command: SubmitSkp, state: Existing): SkpEvent[] {
  if (!EDITABLE.includes(state.status)) refuse(R.SKP_NOT_EDITABLE, `SKP berstatus ${state.status} tidak dapat diajukan`);
  const changes = rederived(state, command.derived, command.at);
  const pejabatPenilai = effective(state, command.derived);
  refuseIfAny([
    // A segment a transfer opened starts without RHK: the plan is checked again before it goes up.
    ...contentProblems(state.content),
    ...appraiserProblems(pejabatPenilai),
    ...cascadeProblems(state.content, state.jenisJabatan, pejabatPenilai),
    ...intervensiProblems(state.content, command.superior),
    ...unitTargetProblems(state.content, state.jenisJabatan, command.unitPlan),
    ...jptCascadeProblems(state.content, state.jenisJabatan, command.unitPlan),
  ]);
  return [...changes, { type: 'performance.SkpSubmitted', data: { skpId: state.skpId, submittedBy: command.by, submittedAt: command.at } }];
}

/** Approval order (checklist 9, as e-Kinerja does): the pejabat penilai's own SKP first. */
function approve(command: ApproveSkp, state: Existing): SkpEvent[] {
  if (state.status === SkpStatus.APPROVED) refuse(R.SKP_ALREADY_APPROVED, 'SKP sudah disetujui');
  if (state.status !== SkpStatus.SUBMITTED) refuse(R.SKP_NOT_SUBMITTED, 'SKP belum diajukan');
  const changes = rederived(state, command.derived, command.at);
  const pejabatPenilai = effective(state, command.derived);
  const needsSuperior = pejabatPenilai.kind === 'UNIT_HEAD';
  refuseIfAny([
    ...appraiserProblems(pejabatPenilai),
    ...unless(!needsSuperior || command.superior?.approved === true, R.SUPERIOR_SKP_NOT_APPROVED, 'SKP pejabat penilai harus disetujui lebih dahulu'),
    ...intervensiProblems(state.content, command.superior),
  ]);
  return [
    ...changes,
    { type: 'performance.SkpApproved', data: { skpId: state.skpId, approvedBy: command.by, superiorSkpId: needsSuperior ? command.superior!.skpId : null, approvedAt: command.at } },
  ];
}

function returnSkp(command: ReturnSkp, state: Existing): SkpEvent[] {
  if (state.status !== SkpStatus.SUBMITTED) refuse(R.SKP_NOT_SUBMITTED, 'Hanya SKP yang diajukan dapat dikembalikan');
  if (isBlank(command.notes)) refuse(R.NOTES_REQUIRED, 'Catatan pengembalian wajib diisi');
  return [{ type: 'performance.SkpReturned', data: { skpId: state.skpId, returnedBy: command.by, notes: command.notes, returnedAt: command.at } }];
}

/** ADMIN_BKD names the pejabat penilai when the tree cannot (vacant, wrong structure), always with a reason. */
function override(command: OverrideAppraiser, state: Existing): SkpEvent[] {
  refuseIfAny([
    ...unless(state.status !== SkpStatus.APPROVED, R.SKP_ALREADY_APPROVED, 'Pejabat penilai SKP yang sudah disetujui tidak dapat diganti'),
    ...unless(!isBlank(command.reason), R.REASON_REQUIRED, 'Alasan penetapan pejabat penilai wajib diisi'),
    ...unless(command.pejabatPenilai.employeeId !== state.employeeId, R.SELF_APPRAISAL, 'Pegawai tidak dapat menilai dirinya sendiri'),
  ]);
  return [{ type: 'performance.SkpAppraiserOverridden', data: { skpId: state.skpId, pejabatPenilai: command.pejabatPenilai, reason: command.reason, overriddenBy: command.by, overriddenAt: command.at } }];
}

export const realisasiKey = (rhkId: string, period: string): string => `${rhkId}@${period}`;

/** Umpan balik berkelanjutan (PermenPANRB 6/2022 Pasal 5 stage 2): on an approved SKP, naming what it is about. */
function giveFeedback(command: GiveFeedback, state: Existing): SkpEvent[] {
  const rhkIds = state.content.rhk.map((r) => r.rhkId);
  refuseIfAny([
    state.status !== SkpStatus.APPROVED && problem(R.SKP_NOT_APPROVED, 'Umpan balik diberikan atas SKP yang sudah disetujui'),
    !command.rhkId && !command.activityId && !command.perilaku && problem(R.FEEDBACK_TARGET_REQUIRED, 'Sebutkan RHK, kegiatan harian atau nilai perilaku yang diberi umpan balik'),
    command.rhkId !== null && !rhkIds.includes(command.rhkId) && problem(R.RHK_UNKNOWN, `RHK ${command.rhkId} tidak ada di SKP ini`),
    command.activityId !== null && !command.activityKnown && problem(R.ACTIVITY_UNKNOWN, `Kegiatan ${command.activityId} tidak ada di catatan harian SKP ini`),
    isBlank(command.text) && problem(R.TEXT_REQUIRED, 'Isi umpan balik wajib diisi'),
  ]);
  const { feedbackId, rhkId, activityId, perilaku, text } = command;
  return [{ type: 'performance.FeedbackGiven', data: { feedbackId, skpId: state.skpId, rhkId, activityId, perilaku, text, givenBy: command.by, givenAt: command.at } }];
}

function recordRealisasi(command: RecordRealisasi, state: Existing): SkpEvent[] {
  refuseIfAny([
    state.status !== SkpStatus.APPROVED && problem(R.SKP_NOT_APPROVED, 'Realisasi dicatat atas SKP yang sudah disetujui'),
    !state.content.rhk.some((r) => r.rhkId === command.rhkId) && problem(R.RHK_UNKNOWN, `RHK ${command.rhkId} tidak ada di SKP ini`),
    ...periodProblems(command.period, state.year),
    ...segmentPeriodProblems(command.period, state),
    isBlank(command.realisasi) && problem(R.TEXT_REQUIRED, 'Realisasi wajib diisi'),
  ]);
  const { rhkId, period, realisasi, evidence } = command;
  return [{ type: 'performance.RealisasiRecorded', data: { skpId: state.skpId, rhkId, period, realisasi, evidence: [...evidence], recordedBy: command.by, recordedAt: command.at } }];
}

/** A project lead's rating lands on the RHK the member linked the project to, on an approved SKP (issue 9 item 5). */
function recordProjectContribution(command: RecordProjectContribution, state: Existing): SkpEvent[] {
  refuseIfAny([
    state.status !== SkpStatus.APPROVED && problem(R.SKP_NOT_APPROVED, 'Penilaian proyek dicatat atas SKP yang sudah disetujui'),
    !state.content.rhk.some((r) => r.rhkId === command.rhkId) && problem(R.RHK_UNKNOWN, `RHK ${command.rhkId} tidak ada di SKP ini`),
    ...periodProblems(command.period, state.year),
    ...segmentPeriodProblems(command.period, state),
  ]);
  const { projectId, projectName, rhkId, period, rating, feedback } = command;
  return [{ type: 'performance.ProjectContributionRecorded', data: { skpId: state.skpId, projectId, projectName, rhkId, period, rating, feedback, ratedBy: command.by, recordedAt: command.at } }];
}

/** A (well-formed) period of the year must share a day with the segment: a transfer's segments each take their own periods. */
export function segmentPeriodProblems(period: string, state: Pick<SkpHeader, 'periodStart' | 'periodEnd' | 'year' | 'skpId'>) {
  if (periodProblems(period, state.year).length > 0 || periodOverlaps(period, state)) return [];
  return [problem(SR.PERIOD_OUTSIDE_SEGMENT, `Periode ${period} di luar segmen SKP ${state.skpId} (${state.periodStart}–${state.periodEnd})`)];
}

/** The pejabat penilai that counts now: an override stays; otherwise the one just derived. */
function effective(state: Existing, derived: DerivedAppraisers): AppraiserRef {
  return state.pejabatPenilai.source === 'OVERRIDE' ? state.pejabatPenilai : derived.pejabatPenilai;
}

/** Re-derived appraisers replace the recorded ones when the tree changed, unless ADMIN_BKD overrode them. */
function rederived(state: Existing, derived: DerivedAppraisers, at: string): SkpAppraiserDerived[] {
  if (state.pejabatPenilai.source === 'OVERRIDE') return [];
  if (same(state.pejabatPenilai, derived.pejabatPenilai) && same(state.atasanPejabatPenilai, derived.atasanPejabatPenilai)) return [];
  return [{ type: 'performance.SkpAppraiserDerived', data: { skpId: state.skpId, skpDate: state.skpDate, ...derived, derivedAt: at } }];
}

function same(a: AppraiserRef, b: AppraiserRef): boolean {
  return a.kind === b.kind && a.employeeId === b.employeeId && a.positionId === b.positionId && a.acting === b.acting;
}

export const skpDecider: Decider<SkpCommand, SkpEvent, SkpState> = {
  initialState: () => ({ exists: false }),
  evolve,
  decide,
};

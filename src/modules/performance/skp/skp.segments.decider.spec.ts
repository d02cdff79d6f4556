import { deciderSpec } from '@kernel/testing/decider-spec';
import { skpDecider } from './skp.decider';
import { OpenSkpSegment } from './skp.commands';
import { SkpEvent } from './skp.events';
import { AT, draftCommand, drafted, kadis } from './testing/skp.fixtures';

const spec = deciderSpec(skpDecider);
const transfer = { eventId: 'ev-transfer', effectiveDate: '2026-03-01', legalBasis: { skNumber: 'SK/MUTASI/1', skDate: '2026-02-20' } };
const approved: SkpEvent = { type: 'performance.SkpApproved', data: { skpId: 'emp-ani.2026', approvedBy: 'emp-kabid', superiorSkpId: 'emp-kabid.2026', approvedAt: AT } };
const close = { type: 'CloseSkpSegment' as const, nextSkpId: 'emp-ani.2026.2', transfer, at: AT };
const closed: SkpEvent = { type: 'performance.SkpSegmentClosed', data: { skpId: 'emp-ani.2026', periodEnd: '2026-02-28', months: 2, nextSkpId: 'emp-ani.2026.2', transfer, closedAt: AT } };
const open: OpenSkpSegment = {
  type: 'OpenSkpSegment',
  skpId: 'emp-ani.2026.2',
  employeeId: 'emp-ani',
  instansiId: 'kota-medan',
  unitId: 'kota-medan.dukcapil',
  positionId: 'kota-medan.dukcapil.analis',
  jenisJabatan: 'PELAKSANA',
  year: 2026,
  period: { periodStart: '2026-03-01', periodEnd: '2026-12-31', months: 10 },
  segment: 2,
  previousSkpId: 'emp-ani.2026',
  transfer,
  derived: { pejabatPenilai: kadis, atasanPejabatPenilai: kadis },
  at: AT,
};
const [opened] = spec.given([]).when(open).events();

describe('SKP segments (a mid-year transfer; issue 9 item 2)', () => {
  it('closes the segment of the post left the day before the TMT, months recomputed, whatever its status', () => {
    spec.given([drafted, approved]).when(close).then([closed]);
    spec.given([drafted]).when({ ...close, transfer: { ...transfer, effectiveDate: '2028-03-01' } }).thenViolates('PERFORMANCE.SEGMENT_TMT_OUTSIDE_PERIOD');
    // A TMT on the 16th leaves that month with the old post.
    const [mid] = spec.given([drafted]).when({ ...close, transfer: { ...transfer, effectiveDate: '2026-03-16' } }).events();
    expect(mid.data).toMatchObject({ periodEnd: '2026-03-15', months: 3 });
  });

  it('refuses a TMT on the first day, outside the segment, or a second close', () => {
    spec.given([drafted]).when({ ...close, transfer: { ...transfer, effectiveDate: '2026-01-01' } }).thenViolates('PERFORMANCE.SEGMENT_TMT_OUTSIDE_PERIOD');
    spec.given([drafted]).when({ ...close, transfer: { ...transfer, effectiveDate: '2027-01-01' } }).thenViolates('PERFORMANCE.SEGMENT_TMT_OUTSIDE_PERIOD');
    spec.given([drafted, closed]).when(close).thenViolates('PERFORMANCE.SKP_SEGMENT_CLOSED');
  });

  it('opens the new post’s segment from the TMT as an empty DRAFT with the appraisers derived on the TMT, once', () => {
    expect(opened.type).toBe('performance.SkpSegmentOpened');
    expect(opened.data).toMatchObject({ skpId: 'emp-ani.2026.2', skpDate: '2026-03-01', periodStart: '2026-03-01', periodEnd: '2026-12-31', months: 10, segment: 2, rhk: [], pejabatPenilai: kadis });
    expect((opened.data as unknown as { perilaku: unknown[] }).perilaku).toHaveLength(7);
    spec.given([opened]).when(open).thenViolates('PERFORMANCE.SKP_SEGMENT_EXISTS');
  });

  it('the empty segment cannot be submitted; once drafted it can', () => {
    spec.given([opened]).when({ type: 'SubmitSkp', by: 'emp-ani', derived: open.derived, superior: null, unitPlan: null, at: AT }).thenViolates('PERFORMANCE.RHK_UTAMA_REQUIRED');
  });

  it('keeps realisasi and project ratings to the periods the segment overlaps', () => {
    const realisasi = { type: 'RecordRealisasi' as const, rhkId: 'r1', realisasi: '2 modul', evidence: [], by: 'emp-ani', at: AT };
    spec.given([drafted, approved, closed]).when({ ...realisasi, period: '2026-Q1' }).events();
    spec.given([drafted, approved, closed]).when({ ...realisasi, period: '2026' }).events();
    spec.given([drafted, approved, closed]).when({ ...realisasi, period: '2026-Q2' }).thenViolates('PERFORMANCE.PERIOD_OUTSIDE_SEGMENT');
  });

  it('an annulled transfer withdraws the empty new segment and reopens the old one; a planned segment stays', () => {
    const withdraw = { type: 'WithdrawSkpSegment' as const, annulmentEventId: 'ev-annul', reason: 'SK dibatalkan', at: AT };
    const withdrawn: SkpEvent = { type: 'performance.SkpSegmentWithdrawn', data: { skpId: 'emp-ani.2026.2', annulmentEventId: 'ev-annul', reason: 'SK dibatalkan', withdrawnAt: AT } };
    spec.given([opened]).when(withdraw).then([withdrawn]);
    spec.given([opened, withdrawn]).when(withdraw).then([]);
    const revised: SkpEvent = { type: 'performance.SkpRevised', data: { skpId: 'emp-ani.2026.2', ...draftCommand.content, revisedAt: AT } };
    spec.given([opened, revised]).when(withdraw).thenViolates('PERFORMANCE.SKP_SEGMENT_NOT_EMPTY');
    spec.given([opened, withdrawn]).when({ ...draftCommand, skpId: 'emp-ani.2026.2' }).thenViolates('PERFORMANCE.SKP_SEGMENT_WITHDRAWN');

    const reopen = { type: 'ReopenSkpSegment' as const, withdrawnSkpId: 'emp-ani.2026.2', periodEnd: '2026-12-31', annulmentEventId: 'ev-annul', at: AT };
    spec.given([drafted, closed]).when(reopen).then([{ type: 'performance.SkpSegmentReopened', data: { skpId: 'emp-ani.2026', periodEnd: '2026-12-31', months: 12, withdrawnSkpId: 'emp-ani.2026.2', annulmentEventId: 'ev-annul', reopenedAt: AT } }]);
    spec.given([drafted]).when(reopen).then([]);
  });
});

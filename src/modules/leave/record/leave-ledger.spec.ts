import { fold } from '@kernel/decider';
import { deciderSpec } from '@kernel/testing/decider-spec';
import { LeaveRule } from '../leave.rules';
import { leaveDecider } from './leave.decider';
import { catatanCuti, yearLedger } from './leave-ledger';
import { LeaveRecordEvent } from './leave.events';
import { after, ani, at, budiApprover, granted, kadisApprover, ppk, requestOf } from './testing/leave.fixtures';

const spec = deciderSpec(leaveDecider);
const state = (events: readonly LeaveRecordEvent[]) => fold(leaveDecider, events);
const open = (priorYears: { year: number; taken: number; remaining: number }[] = []) => after([], { type: 'OpenLeaveRecord', employee: ani, firstYear: 2025, priorYears, at: at('2025-01-02') });
const tahunan = (requestId: string, startDate: string, endDate: string) => requestOf({ requestId, kind: 'TAHUNAN', startDate, endDate });

describe('the cuti tahunan ledger and carry-over at year boundaries (PP 11/2017 ps. 310–316)', () => {
  it('a year holds 12 working days; nothing carries into the first year without a prior catatan cuti', () => {
    expect(yearLedger(state(open()), 2025)).toMatchObject({ entitlement: 12, carriedOver: 0, carryBasis: 'TIDAK_ADA', available: 12, remaining: 12 });
  });

  it('unused days carry over so that the next year holds at most 18', () => {
    // 4 working days taken in 2025 (3–6 Feb), 8 left: 6 carry, the year holds 18.
    const history = granted(open(), tahunan('t1', '2025-02-03', '2025-02-06'));
    expect(yearLedger(state(history), 2025)).toMatchObject({ taken: 4, remaining: 8 });
    expect(yearLedger(state(history), 2026)).toMatchObject({ entitlement: 12, carriedOver: 6, carryBasis: 'SATU_TAHUN', cap: 18, available: 18 });
  });

  it('fewer unused days carry as they are', () => {
    const history = granted(open(), tahunan('t1', '2025-02-03', '2025-02-14')); // 10 working days
    expect(yearLedger(state(history), 2026)).toMatchObject({ carriedOver: 2, available: 14 });
  });

  it('after two years in a row unused, the year holds up to 24', () => {
    const history = open([{ year: 2024, taken: 0, remaining: 12 }, { year: 2023, taken: 0, remaining: 12 }]);
    expect(yearLedger(state(history), 2025)).toMatchObject({ carryBasis: 'DUA_TAHUN', cap: 24, carriedOver: 12, available: 24 });
    // 2025 unused too: 2026 again holds 24, never more.
    expect(yearLedger(state(history), 2026)).toMatchObject({ carryBasis: 'DUA_TAHUN', carriedOver: 12, available: 24 });
    // One day taken in 2026: 2027 is back to the 18 cap.
    const used = granted(history, tahunan('t1', '2026-02-02', '2026-02-02'));
    expect(yearLedger(state(used), 2027)).toMatchObject({ carryBasis: 'SATU_TAHUN', cap: 18, carriedOver: 6, available: 18 });
  });

  it('one unused year only carries 6', () => {
    const history = open([{ year: 2024, taken: 0, remaining: 12 }, { year: 2023, taken: 5, remaining: 7 }]);
    expect(yearLedger(state(history), 2025)).toMatchObject({ carryBasis: 'SATU_TAHUN', carriedOver: 6, available: 18 });
  });

  it('cuti tahunan postponed by the PyB is usable the next year, up to 24', () => {
    const history = after(
      open(),
      tahunan('t1', '2025-11-03', '2025-11-07'),
      { type: 'ConsiderLeave', requestId: 't1', verdict: 'DISETUJUI', reason: null, proposedStart: null, proposedEnd: null, by: budiApprover, at: at('2025-10-20') },
      { type: 'DecideLeave', requestId: 't1', verdict: 'DITANGGUHKAN', reason: 'Akhir tahun anggaran', changedStart: null, changedEnd: null, by: kadisApprover, skNumber: null, skDate: null, at: at('2025-10-21') },
    );
    expect(yearLedger(state(history), 2025)).toMatchObject({ postponed: true, taken: 0, remaining: 12 });
    expect(yearLedger(state(history), 2026)).toMatchObject({ carryBasis: 'DITANGGUHKAN', cap: 24, carriedOver: 12, available: 24 });
  });

  it('cuti besar forfeits that year\'s cuti tahunan, and nothing of it carries over', () => {
    const besar = granted(open(), requestOf({ requestId: 'b1', kind: 'BESAR', startDate: '2025-05-01', endDate: '2025-06-30', pejabat: ppk }));
    expect(yearLedger(state(besar), 2025)).toMatchObject({ forfeited: true, available: 0, remaining: 0 });
    expect(yearLedger(state(besar), 2026)).toMatchObject({ carriedOver: 0, available: 12 });
    spec.given(besar).when(tahunan('t1', '2025-08-04', '2025-08-05')).thenViolates(LeaveRule.FORFEITED_BY_CUTI_BESAR);
  });

  it('cuti bersama costs nothing; worked by order of the post, its days are added', () => {
    const history = after(open(), { type: 'RecordCutiBersamaWork', employee: ani, year: 2025, dates: ['2025-04-02', '2025-04-03'], reason: 'Piket layanan aplikasi saat Lebaran (ST 800/12/2025)', at: at('2025-04-10') });
    expect(yearLedger(state(history), 2025)).toMatchObject({ cutiBersamaAdded: 2, available: 14 });
    spec.given(history).when({ type: 'RecordCutiBersamaWork', employee: ani, year: 2025, dates: ['2025-04-03'], reason: 'lagi', at: at('2025-04-11') }).thenViolates(LeaveRule.CUTI_BERSAMA_ALREADY_RECORDED);
    spec.given(history).when({ type: 'RecordCutiBersamaWork', employee: ani, year: 2025, dates: ['2025-04-08'], reason: 'bukan CB', at: at('2025-04-11') }).thenViolates(LeaveRule.NOT_CUTI_BERSAMA);
  });

  it('pending requests hold their days; a refused one gives them back', () => {
    const pending = after(open(), tahunan('t1', '2025-03-03', '2025-03-07'));
    expect(yearLedger(state(pending), 2025)).toMatchObject({ pending: 5, available: 7, remaining: 12 });
    spec.given(pending).when(tahunan('t2', '2025-07-07', '2025-07-16')).thenViolates(LeaveRule.BALANCE_EXCEEDED);
    const refused = after(
      pending,
      { type: 'ConsiderLeave', requestId: 't1', verdict: 'TIDAK_DISETUJUI', reason: 'Pelaksanaan pekerjaan', proposedStart: null, proposedEnd: null, by: budiApprover, at: at('2025-02-20') },
      { type: 'DecideLeave', requestId: 't1', verdict: 'TIDAK_DISETUJUI', reason: 'Pelaksanaan pekerjaan', changedStart: null, changedEnd: null, by: kadisApprover, skNumber: null, skDate: null, at: at('2025-02-21') },
    );
    expect(yearLedger(state(refused), 2025)).toMatchObject({ pending: 0, taken: 0, available: 12 });
  });

  it('an early return gives the unused days back', () => {
    const history = granted(open(), tahunan('t1', '2025-03-03', '2025-03-07'));
    const back = after(history, { type: 'ReturnEarly', requestId: 't1', returnDate: '2025-03-06', at: at('2025-03-06') });
    expect(back[back.length - 1].data).toMatchObject({ endDate: '2025-03-05', days: 3, daysReturned: 2 });
    expect(yearLedger(state(back), 2025)).toMatchObject({ taken: 3, available: 9 });
  });

  it('shows the catatan cuti N-2, N-1, N of the form', () => {
    const history = granted(open([{ year: 2024, taken: 10, remaining: 2 }]), tahunan('t1', '2025-02-03', '2025-02-06'));
    const [n2, n1, n] = catatanCuti(state(history), 2026);
    expect([n2.year, n2.remaining, n2.known]).toEqual([2024, 2, true]);
    expect([n1.year, n1.carriedOver, n1.taken, n1.remaining]).toEqual([2025, 2, 4, 10]);
    expect([n.year, n.carriedOver, n.available]).toEqual([2026, 6, 18]);
  });

  it('the prior catatan cuti covers only the two years before the first', () => {
    spec.given([]).when({ type: 'OpenLeaveRecord', employee: ani, firstYear: 2025, priorYears: [{ year: 2022, taken: 0, remaining: 12 }], at: at('2025-01-02') }).thenViolates(LeaveRule.DATES_INVALID);
    spec.given(open()).when({ type: 'OpenLeaveRecord', employee: ani, firstYear: 2025, priorYears: [], at: at('2025-01-02') }).thenViolates(LeaveRule.REQUEST_EXISTS);
  });
});

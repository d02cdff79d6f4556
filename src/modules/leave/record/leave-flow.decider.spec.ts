import { deciderSpec } from '@kernel/testing/decider-spec';
import { LeaveRule } from '../leave.rules';
import { ConsiderLeave, DecideLeave } from './leave.commands';
import { leaveDecider } from './leave.decider';
import { after, at, budiApprover, granted, kadisApprover, plhKadis, ppk, requestOf } from './testing/leave.fixtures';

const spec = deciderSpec(leaveDecider);
const consider = (requestId: string, fields: Partial<ConsiderLeave> = {}): ConsiderLeave => ({ type: 'ConsiderLeave', requestId, verdict: 'DISETUJUI', reason: null, proposedStart: null, proposedEnd: null, by: budiApprover, at: at('2026-05-04'), ...fields });
const decide = (requestId: string, fields: Partial<DecideLeave> = {}): DecideLeave => ({ type: 'DecideLeave', requestId, verdict: 'DISETUJUI', reason: null, changedStart: null, changedEnd: null, by: kadisApprover, skNumber: null, skDate: null, at: at('2026-05-05'), ...fields });
const tahunan = requestOf({ requestId: 't1', kind: 'TAHUNAN', startDate: '2026-06-08', endDate: '2026-06-12', at: at('2026-05-04') });
const requested = after([], tahunan);
const considered = after(requested, consider('t1'));

describe('the leave flow: atasan langsung, then the pejabat yang berwenang (Perban 24/2017 Anak Lampiran I.b)', () => {
  it('the atasan considers, then the PyB decides', () => {
    spec.given(requested).when(consider('t1')).then([
      { type: 'leave.LeaveConsidered', data: { employeeId: 'emp-ani', requestId: 't1', verdict: 'DISETUJUI', reason: null, proposedStart: null, proposedEnd: null, by: budiApprover, consideredAt: at('2026-05-04') } },
    ]);
    expect(spec.given(considered).when(decide('t1')).events()[0].data).toMatchObject({ verdict: 'DISETUJUI', startDate: '2026-06-08', endDate: '2026-06-12', days: 5 });
  });

  it('steps come in order', () => {
    spec.given(requested).when(decide('t1')).thenViolates(LeaveRule.WRONG_STEP);
    spec.given(considered).when(consider('t1')).thenViolates(LeaveRule.WRONG_STEP);
    spec.given([]).when(consider('nope')).thenViolates(LeaveRule.REQUEST_UNKNOWN);
  });

  it('anything but DISETUJUI needs a reason; proposed dates come only with PERUBAHAN', () => {
    spec.given(requested).when(consider('t1', { verdict: 'DITANGGUHKAN' })).thenViolates(LeaveRule.REASON_REQUIRED);
    spec.given(requested).when(consider('t1', { verdict: 'TIDAK_DISETUJUI', reason: ' ' })).thenViolates(LeaveRule.REASON_REQUIRED);
    spec.given(requested).when(consider('t1', { proposedStart: '2026-06-15', proposedEnd: '2026-06-19' })).thenViolates(LeaveRule.CHANGE_DATES_REQUIRED);
    expect(spec.given(requested).when(consider('t1', { verdict: 'PERUBAHAN', reason: 'Minggu berikutnya', proposedStart: '2026-06-15', proposedEnd: '2026-06-19' })).events()).toHaveLength(1);
  });

  it('PERUBAHAN grants other dates, counted again and checked against the balance and overlaps', () => {
    spec.given(considered).when(decide('t1', { verdict: 'PERUBAHAN', reason: 'Tugas rapat' })).thenViolates(LeaveRule.CHANGE_DATES_REQUIRED);
    // 15–19 June 2026 holds the 16 June holiday: 4 working days.
    expect(spec.given(considered).when(decide('t1', { verdict: 'PERUBAHAN', reason: 'Tugas rapat', changedStart: '2026-06-15', changedEnd: '2026-06-19' })).events()[0].data).toMatchObject({
      verdict: 'PERUBAHAN',
      startDate: '2026-06-15',
      endDate: '2026-06-19',
      days: 4,
    });
    spec.given(considered).when(decide('t1', { verdict: 'PERUBAHAN', reason: 'Lebih panjang', changedStart: '2026-06-08', changedEnd: '2026-06-30' })).thenViolates(LeaveRule.BALANCE_EXCEEDED);
    const other = granted([], requestOf({ requestId: 's1', kind: 'SAKIT', startDate: '2026-07-01', endDate: '2026-07-03', evidence: [{ hash: 'a'.repeat(64), kind: 'SURAT_DOKTER' }] }));
    const both = after(other, requestOf({ requestId: 't1', kind: 'TAHUNAN', startDate: '2026-06-08', endDate: '2026-06-12' }), consider('t1'));
    spec.given(both).when(decide('t1', { verdict: 'PERUBAHAN', reason: 'Geser', changedStart: '2026-07-02', changedEnd: '2026-07-06' })).thenViolates(LeaveRule.OVERLAP);
  });

  describe('overlaps', () => {
    it('leave overlapping a pending or granted request is refused', () => {
      spec.given(requested).when(requestOf({ requestId: 't2', kind: 'TAHUNAN', startDate: '2026-06-12', endDate: '2026-06-15' })).thenViolates(LeaveRule.OVERLAP);
      spec.given(granted([], tahunan)).when(requestOf({ requestId: 'a1', kind: 'ALASAN_PENTING', subKind: 'KELUARGA_MENINGGAL', startDate: '2026-06-05', endDate: '2026-06-08' })).thenViolates(LeaveRule.OVERLAP);
    });
    it('a cancelled or refused request frees its days', () => {
      const cancelled = after(requested, { type: 'CancelLeave', requestId: 't1', reason: 'Batal berangkat', at: at('2026-05-10') });
      expect(spec.given(cancelled).when(requestOf({ requestId: 't2', kind: 'TAHUNAN', startDate: '2026-06-12', endDate: '2026-06-15' })).events()).toHaveLength(1);
      const refused = after(considered, decide('t1', { verdict: 'TIDAK_DISETUJUI', reason: 'Kebutuhan dinas' }));
      expect(spec.given(refused).when(requestOf({ requestId: 't2', kind: 'TAHUNAN', startDate: '2026-06-12', endDate: '2026-06-15' })).events()).toHaveLength(1);
    });
    it('leave abutting other leave does not overlap', () => {
      expect(spec.given(requested).when(requestOf({ requestId: 't2', kind: 'TAHUNAN', startDate: '2026-06-13', endDate: '2026-06-15' })).events()).toHaveLength(1);
    });
  });

  describe('Plh/Plt and delegation', () => {
    it('a Plh may decide cuti tahunan', () => {
      expect(spec.given(considered).when(decide('t1', { by: plhKadis })).events()[0].data).toMatchObject({ by: { employeeId: 'emp-sekdis', acting: 'PLH' } });
    });
    it('a Plh/Plt may not decide CLTN or leave abroad (SE Kepala BKN 1/SE/I/2021)', () => {
      const cltn = after([], requestOf({ requestId: 'c1', kind: 'CLTN', startDate: '2026-08-01', endDate: '2027-07-31', pejabat: ppk, at: at('2026-05-04') }), consider('c1'));
      spec.given(cltn).when(decide('c1', { by: { ...plhKadis, acting: 'PLT' } })).thenViolates(LeaveRule.ACTING_MAY_NOT_DECIDE);
      const abroad = after([], { ...tahunan, abroad: true }, consider('t1'));
      spec.given(abroad).when(decide('t1', { by: plhKadis })).thenViolates(LeaveRule.ACTING_MAY_NOT_DECIDE);
      expect(spec.given(abroad).when(decide('t1')).events()).toHaveLength(1);
    });
    it('leave while acting as Plh/Plt is flagged for the deciding official', () => {
      const employee = { ...tahunan.employee, acting: [{ kind: 'PLH' as const, positionId: 'kota-medan.aptika.kabid' }] };
      expect(spec.given([]).when({ ...tahunan, employee }).events()[1].data).toMatchObject({ actingDuringLeave: [{ kind: 'PLH', positionId: 'kota-medan.aptika.kabid' }] });
    });
  });

  describe('cancellation and early return', () => {
    it('is cancelled before its first day only, with a reason', () => {
      const approved = granted([], tahunan);
      expect(spec.given(approved).when({ type: 'CancelLeave', requestId: 't1', reason: 'Batal', at: at('2026-06-07') }).events()).toHaveLength(1);
      spec.given(approved).when({ type: 'CancelLeave', requestId: 't1', reason: 'Batal', at: at('2026-06-08') }).thenViolates(LeaveRule.ALREADY_STARTED);
      spec.given(approved).when({ type: 'CancelLeave', requestId: 't1', reason: '', at: at('2026-06-01') }).thenViolates(LeaveRule.REASON_REQUIRED);
    });
    it('a decided refusal cannot be cancelled', () => {
      const refused = after(considered, decide('t1', { verdict: 'TIDAK_DISETUJUI', reason: 'Kebutuhan dinas' }));
      spec.given(refused).when({ type: 'CancelLeave', requestId: 't1', reason: 'x', at: at('2026-05-10') }).thenViolates(LeaveRule.WRONG_STEP);
    });
    it('an early return is inside granted leave and not in the future', () => {
      const approved = granted([], tahunan);
      spec.given(requested).when({ type: 'ReturnEarly', requestId: 't1', returnDate: '2026-06-10', at: at('2026-06-10') }).thenViolates(LeaveRule.NOT_APPROVED);
      spec.given(approved).when({ type: 'ReturnEarly', requestId: 't1', returnDate: '2026-06-08', at: at('2026-06-08') }).thenViolates(LeaveRule.RETURN_DATE_INVALID);
      spec.given(approved).when({ type: 'ReturnEarly', requestId: 't1', returnDate: '2026-06-11', at: at('2026-06-08') }).thenViolates(LeaveRule.RETURN_DATE_INVALID);
      expect(spec.given(approved).when({ type: 'ReturnEarly', requestId: 't1', returnDate: '2026-06-11', at: at('2026-06-10') }).events()[0].data).toMatchObject({ endDate: '2026-06-10', days: 3, daysReturned: 2 });
    });
  });

  describe('reminders and escalation (deadline targets)', () => {
    it('remind the approver while the step waits, and do nothing once it is given', () => {
      expect(spec.given(requested).when({ type: 'RemindApprover', requestId: 't1', step: 'PERTIMBANGAN', at: at('2026-05-08') }).events()[0].data).toMatchObject({ approver: budiApprover, step: 'PERTIMBANGAN' });
      spec.given(considered).when({ type: 'RemindApprover', requestId: 't1', step: 'PERTIMBANGAN', at: at('2026-05-08') }).then([]);
    });
    it('escalate once; the escalated official may then give the step', () => {
      const escalation = { type: 'EscalateStep' as const, requestId: 't1', step: 'PERTIMBANGAN' as const, to: kadisApprover, at: at('2026-05-12') };
      const escalated = after(requested, escalation);
      expect(escalated[escalated.length - 1].data).toMatchObject({ from: budiApprover, to: kadisApprover });
      spec.given(escalated).when(escalation).then([]);
      spec.given(considered).when(escalation).then([]);
    });
  });

  describe('published consequences (ExtendedAbsenceRecorded)', () => {
    it('a granted CLTN is published as not counting for masa kerja', () => {
      const cltn = after([], requestOf({ requestId: 'c1', kind: 'CLTN', startDate: '2026-08-01', endDate: '2027-07-31', pejabat: ppk, at: at('2026-05-04') }), consider('c1'));
      const events = spec.given(cltn).when(decide('c1', { by: ppk, skNumber: '800.1.6/77/BKPSDM/2026', skDate: '2026-05-20' })).events();
      expect(events.map((e) => e.type)).toEqual(['leave.LeaveDecided', 'leave.ExtendedAbsenceRecorded']);
      expect(events[1].data).toMatchObject({ kind: 'CLTN', change: 'GRANTED', countsAsService: false, prorateSkp: true, calendarDays: 365 });
    });
    it('sick leave of 30 days or more is published; shorter is not; an early return publishes the shortening', () => {
      const letter = [{ hash: 'b'.repeat(64), kind: 'SURAT_DOKTER_PEMERINTAH' as const }];
      const long = granted([], requestOf({ requestId: 's1', kind: 'SAKIT', startDate: '2026-03-01', endDate: '2026-04-09', evidence: letter }));
      expect(long.map((e) => e.type)).toContain('leave.ExtendedAbsenceRecorded');
      const short = granted([], requestOf({ requestId: 's1', kind: 'SAKIT', startDate: '2026-03-01', endDate: '2026-03-20', evidence: letter }));
      expect(short.map((e) => e.type)).not.toContain('leave.ExtendedAbsenceRecorded');
      const back = spec.given(long).when({ type: 'ReturnEarly', requestId: 's1', returnDate: '2026-03-21', at: at('2026-03-21') }).events();
      expect(back[1].data).toMatchObject({ change: 'SHORTENED', endDate: '2026-03-20', calendarDays: 20 });
    });
  });
});

import { deciderSpec } from '@kernel/testing/decider-spec';
import { LeaveRule } from '../leave.rules';
import { leaveDecider } from './leave.decider';
import { LeaveRecordEvent } from './leave.events';
import { after, ani, granted, requestOf } from './testing/leave.fixtures';

const spec = deciderSpec(leaveDecider);
const doctor = { hash: 'a'.repeat(64), kind: 'SURAT_DOKTER' as const };
const govDoctor = { hash: 'b'.repeat(64), kind: 'SURAT_DOKTER_PEMERINTAH' as const };
const hospital = { hash: 'c'.repeat(64), kind: 'SURAT_RUMAH_SAKIT' as const };
const newcomer = { ...ani, tmt: '2025-09-01' };
const budi = { ...ani, employeeId: 'emp-budi', sex: 'MALE' as const };
const pppk = { ...ani, employeeId: 'emp-rudi', employmentType: 'PPPK' as const, tmt: '2021-03-01' };

describe('leave kinds: eligibility, limits and evidence (DOMAIN.md §1.14)', () => {
  it('opens the record with the first request and counts cuti tahunan in working days', () => {
    const events = spec.given([]).when(requestOf({ requestId: 'r1', kind: 'TAHUNAN', startDate: '2026-03-16', endDate: '2026-03-27' })).events();
    expect(events.map((e) => e.type)).toEqual(['leave.LeaveRecordOpened', 'leave.LeaveRequested']);
    expect(events[0].data).toMatchObject({ firstYear: 2026, employmentType: 'PNS', tmt: '2015-05-01' });
    expect(events[1].data).toMatchObject({ days: 5, counting: 'WORKING_DAYS', policyVersion: '2021.1' });
    expect((events[1].data as { calendarVersion: string }).calendarVersion).toMatch(/2026v1/);
  });

  it('a first request for an earlier year opens the record from that year', () => {
    const events = spec.given([]).when(requestOf({ requestId: 's1', kind: 'SAKIT', startDate: '2025-12-29', endDate: '2025-12-30', evidence: [doctor], at: '2026-01-05T02:00:00.000Z' })).events();
    expect(events[0].data).toMatchObject({ firstYear: 2025 });
  });

  describe('cuti tahunan', () => {
    it('needs 1 year of service', () => {
      spec.given([]).when(requestOf({ requestId: 'r1', kind: 'TAHUNAN', startDate: '2026-03-02', endDate: '2026-03-03', employee: newcomer })).thenViolates(LeaveRule.SERVICE_TOO_SHORT);
      expect(spec.given([]).when(requestOf({ requestId: 'r1', kind: 'TAHUNAN', startDate: '2026-09-01', endDate: '2026-09-02', employee: newcomer })).events()).toHaveLength(2);
    });
    it('cannot exceed the balance (12 working days without carry-over) and is asked per year', () => {
      spec.given([]).when(requestOf({ requestId: 'r1', kind: 'TAHUNAN', startDate: '2026-06-02', endDate: '2026-06-19' })).thenViolates(LeaveRule.BALANCE_EXCEEDED);
      spec.given([]).when(requestOf({ requestId: 'r1', kind: 'TAHUNAN', startDate: '2026-12-28', endDate: '2027-01-04' })).thenViolates(LeaveRule.SPANS_YEARS);
    });
    it('to a place hard to reach: up to 12 calendar days of travel (PPPK 6) at the end, not charged', () => {
      // 1–19 June 2026: the charged part 1–7 June holds 4 working days (1 June is a holiday); 8–19 June are travel.
      expect(spec.given([]).when(requestOf({ requestId: 'r1', kind: 'TAHUNAN', startDate: '2026-06-01', endDate: '2026-06-19', travelDays: 12 })).events()[1].data).toMatchObject({ days: 4, travelDays: 12, endDate: '2026-06-19' });
      spec.given([]).when(requestOf({ requestId: 'r1', kind: 'TAHUNAN', startDate: '2026-06-01', endDate: '2026-06-20', travelDays: 13 })).thenViolates(LeaveRule.TRAVEL_DAYS_INVALID);
      spec.given([]).when(requestOf({ requestId: 'r1', kind: 'TAHUNAN', startDate: '2026-06-01', endDate: '2026-06-19', travelDays: 7, employee: pppk })).thenViolates(LeaveRule.TRAVEL_DAYS_INVALID);
      spec.given([]).when(requestOf({ requestId: 'r1', kind: 'TAHUNAN', startDate: '2026-06-01', endDate: '2026-06-05', travelDays: 5 })).thenViolates(LeaveRule.TRAVEL_DAYS_INVALID);
      spec.given([]).when(requestOf({ requestId: 's1', kind: 'SAKIT', startDate: '2026-06-01', endDate: '2026-06-10', travelDays: 2, evidence: [doctor] })).thenViolates(LeaveRule.TRAVEL_DAYS_INVALID);
    });
    it('an early return within the travel days gives nothing back; within the charged days it does', () => {
      const remote = granted([], requestOf({ requestId: 'r1', kind: 'TAHUNAN', startDate: '2026-06-02', endDate: '2026-06-19', travelDays: 10 }));
      expect(spec.given(remote).when({ type: 'ReturnEarly', requestId: 'r1', returnDate: '2026-06-15', at: '2026-06-15T02:00:00.000Z' }).events()[0].data).toMatchObject({ days: 6, daysReturned: 0 });
      expect(spec.given(remote).when({ type: 'ReturnEarly', requestId: 'r1', returnDate: '2026-06-05', at: '2026-06-05T02:00:00.000Z' }).events()[0].data).toMatchObject({ days: 3, daysReturned: 3 });
    });
    it('a range without working days is refused', () => {
      spec.given([]).when(requestOf({ requestId: 'r1', kind: 'TAHUNAN', startDate: '2026-03-20', endDate: '2026-03-24' })).thenViolates(LeaveRule.NO_WORKING_DAY);
    });
    it('the reason is required', () => {
      spec.given([]).when(requestOf({ requestId: 'r1', kind: 'TAHUNAN', startDate: '2026-06-02', endDate: '2026-06-02', reason: ' ' })).thenViolates(LeaveRule.REASON_REQUIRED);
    });
  });

  describe('cuti besar', () => {
    it('needs 5 years of service, waived for the first hajj', () => {
      const junior = { ...ani, tmt: '2022-01-01' };
      spec.given([]).when(requestOf({ requestId: 'b1', kind: 'BESAR', startDate: '2026-05-01', endDate: '2026-06-30', employee: junior })).thenViolates(LeaveRule.SERVICE_TOO_SHORT);
      expect(spec.given([]).when(requestOf({ requestId: 'b1', kind: 'BESAR', subKind: 'IBADAH_HAJI_PERTAMA', startDate: '2026-05-01', endDate: '2026-06-30', employee: junior })).events()).toHaveLength(2);
    });
    it('lasts at most 3 months, less the cuti tahunan already taken that year', () => {
      spec.given([]).when(requestOf({ requestId: 'b1', kind: 'BESAR', startDate: '2026-05-01', endDate: '2026-08-01' })).thenViolates(LeaveRule.TOO_LONG);
      expect(spec.given([]).when(requestOf({ requestId: 'b1', kind: 'BESAR', startDate: '2026-05-01', endDate: '2026-07-31' })).events()).toHaveLength(2);
      const tookThree = granted([], requestOf({ requestId: 't1', kind: 'TAHUNAN', startDate: '2026-02-02', endDate: '2026-02-04' }));
      spec.given(tookThree).when(requestOf({ requestId: 'b1', kind: 'BESAR', startDate: '2026-05-01', endDate: '2026-07-31' })).thenViolates(LeaveRule.TOO_LONG);
      expect(spec.given(tookThree).when(requestOf({ requestId: 'b1', kind: 'BESAR', startDate: '2026-05-01', endDate: '2026-07-28' })).events()).toHaveLength(1);
    });
    it('[M] a next cuti besar only 5 years after the previous one ended', () => {
      const history = granted([], requestOf({ requestId: 'b1', kind: 'BESAR', startDate: '2024-05-01', endDate: '2024-06-30', pejabat: { employeeId: null, positionId: null, acting: null, kepalaDaerah: true, delegatedFrom: null } }));
      spec.given(history).when(requestOf({ requestId: 'b2', kind: 'BESAR', startDate: '2026-05-01', endDate: '2026-05-31' })).thenViolates(LeaveRule.CUTI_BESAR_TOO_SOON);
    });
  });

  describe('cuti sakit', () => {
    it('needs a doctor\'s letter, over 14 days a government doctor\'s', () => {
      spec.given([]).when(requestOf({ requestId: 's1', kind: 'SAKIT', subKind: 'SAKIT_UMUM', startDate: '2026-03-02', endDate: '2026-03-02' })).thenViolates(LeaveRule.EVIDENCE_REQUIRED);
      expect(spec.given([]).when(requestOf({ requestId: 's1', kind: 'SAKIT', subKind: 'SAKIT_UMUM', startDate: '2026-03-02', endDate: '2026-03-15', evidence: [doctor] })).events()[1].data).toMatchObject({ days: 14, counting: 'CALENDAR_DAYS' });
      spec.given([]).when(requestOf({ requestId: 's1', kind: 'SAKIT', subKind: 'SAKIT_UMUM', startDate: '2026-03-02', endDate: '2026-03-16', evidence: [doctor] })).thenViolates(LeaveRule.EVIDENCE_REQUIRED);
      expect(spec.given([]).when(requestOf({ requestId: 's1', kind: 'SAKIT', subKind: 'SAKIT_UMUM', startDate: '2026-03-02', endDate: '2026-03-16', evidence: [govDoctor] })).events()).toHaveLength(2);
    });
    it('at most 1 year + 6 months; miscarriage 1.5 months; a work accident until recovered', () => {
      spec.given([]).when(requestOf({ requestId: 's1', kind: 'SAKIT', startDate: '2026-01-01', endDate: '2027-07-01', evidence: [govDoctor] })).thenViolates(LeaveRule.TOO_LONG);
      spec.given([]).when(requestOf({ requestId: 's1', kind: 'SAKIT', subKind: 'GUGUR_KANDUNGAN', startDate: '2026-02-01', endDate: '2026-03-18', evidence: [govDoctor] })).thenViolates(LeaveRule.TOO_LONG);
      expect(spec.given([]).when(requestOf({ requestId: 's1', kind: 'SAKIT', subKind: 'KECELAKAAN_KERJA', startDate: '2026-01-01', endDate: '2027-12-31', evidence: [govDoctor] })).events()).toHaveLength(2);
    });
    it('miscarriage leave is for women', () => {
      spec.given([]).when(requestOf({ requestId: 's1', kind: 'SAKIT', subKind: 'GUGUR_KANDUNGAN', startDate: '2026-02-01', endDate: '2026-02-10', evidence: [doctor], employee: budi })).thenViolates(LeaveRule.SEX_MISMATCH);
    });
  });

  describe('cuti melahirkan', () => {
    it('3 months for the 1st–3rd child, for women', () => {
      expect(spec.given([]).when(requestOf({ requestId: 'm1', kind: 'MELAHIRKAN', childOrder: 2, startDate: '2026-04-01', endDate: '2026-06-30' })).events()).toHaveLength(2);
      spec.given([]).when(requestOf({ requestId: 'm1', kind: 'MELAHIRKAN', childOrder: 2, startDate: '2026-04-01', endDate: '2026-07-01' })).thenViolates(LeaveRule.TOO_LONG);
      spec.given([]).when(requestOf({ requestId: 'm1', kind: 'MELAHIRKAN', childOrder: 4, startDate: '2026-04-01', endDate: '2026-06-30' })).thenViolates(LeaveRule.CHILD_ORDER);
      spec.given([]).when(requestOf({ requestId: 'm1', kind: 'MELAHIRKAN', childOrder: 1, startDate: '2026-04-01', endDate: '2026-06-30', employee: budi })).thenViolates(LeaveRule.SEX_MISMATCH);
    });
  });

  describe('cuti karena alasan penting', () => {
    it('names its reason; at most 1 month', () => {
      spec.given([]).when(requestOf({ requestId: 'a1', kind: 'ALASAN_PENTING', startDate: '2026-04-01', endDate: '2026-04-05' })).thenViolates(LeaveRule.SUB_KIND_REQUIRED);
      spec.given([]).when(requestOf({ requestId: 'a1', kind: 'ALASAN_PENTING', subKind: 'PERNIKAHAN', startDate: '2026-04-01', endDate: '2026-05-01' })).thenViolates(LeaveRule.TOO_LONG);
      spec.given([]).when(requestOf({ requestId: 'a1', kind: 'ALASAN_PENTING', subKind: 'GUGUR_KANDUNGAN', startDate: '2026-04-01', endDate: '2026-04-05' })).thenViolates(LeaveRule.SUB_KIND_INVALID);
    });
    it("a husband's leave at his wife's childbirth needs the hospital letter (PP 17/2020)", () => {
      expect(spec.given([]).when(requestOf({ requestId: 'a1', kind: 'ALASAN_PENTING', subKind: 'ISTRI_MELAHIRKAN', startDate: '2026-04-01', endDate: '2026-04-14', employee: budi, evidence: [hospital] })).events()).toHaveLength(2);
      spec.given([]).when(requestOf({ requestId: 'a1', kind: 'ALASAN_PENTING', subKind: 'ISTRI_MELAHIRKAN', startDate: '2026-04-01', endDate: '2026-04-14', employee: budi })).thenViolates(LeaveRule.EVIDENCE_REQUIRED);
      spec.given([]).when(requestOf({ requestId: 'a1', kind: 'ALASAN_PENTING', subKind: 'ISTRI_MELAHIRKAN', startDate: '2026-04-01', endDate: '2026-04-14', evidence: [hospital] })).thenViolates(LeaveRule.SEX_MISMATCH);
    });
  });

  describe('CLTN', () => {
    it('after 5 years, at most 3 years; an extension continues a granted CLTN, at most 1 year', () => {
      spec.given([]).when(requestOf({ requestId: 'c1', kind: 'CLTN', startDate: '2026-01-01', endDate: '2026-12-31', employee: newcomer })).thenViolates(LeaveRule.SERVICE_TOO_SHORT);
      spec.given([]).when(requestOf({ requestId: 'c1', kind: 'CLTN', startDate: '2026-01-01', endDate: '2029-01-01' })).thenViolates(LeaveRule.TOO_LONG);
      spec.given([]).when(requestOf({ requestId: 'c2', kind: 'CLTN', subKind: 'PERPANJANGAN_CLTN', startDate: '2026-01-01', endDate: '2026-06-30' })).thenViolates(LeaveRule.CLTN_EXTENSION_INVALID);
      const cltn = granted([], requestOf({ requestId: 'c1', kind: 'CLTN', startDate: '2024-01-01', endDate: '2026-12-31' }));
      expect(spec.given(cltn).when(requestOf({ requestId: 'c2', kind: 'CLTN', subKind: 'PERPANJANGAN_CLTN', startDate: '2027-01-01', endDate: '2027-12-31' })).events()).toHaveLength(1);
      spec.given(cltn).when(requestOf({ requestId: 'c2', kind: 'CLTN', subKind: 'PERPANJANGAN_CLTN', startDate: '2027-01-01', endDate: '2028-01-01' })).thenViolates(LeaveRule.TOO_LONG);
    });
  });

  it('cuti bersama is decreed, not requested', () => {
    spec.given([]).when(requestOf({ requestId: 'x1', kind: 'CUTI_BERSAMA', startDate: '2026-03-18', endDate: '2026-03-18' })).thenViolates(LeaveRule.KIND_NOT_REQUESTABLE);
  });

  describe('PPPK (Peraturan BKN 7/2022)', () => {
    it('has no cuti besar, CAP or CLTN; sick leave at most 1 month, a work accident beyond', () => {
      spec.given([]).when(requestOf({ requestId: 'p1', kind: 'BESAR', startDate: '2026-05-01', endDate: '2026-05-31', employee: pppk })).thenViolates(LeaveRule.KIND_NOT_AVAILABLE);
      spec.given([]).when(requestOf({ requestId: 'p1', kind: 'CLTN', startDate: '2026-05-01', endDate: '2026-05-31', employee: pppk })).thenViolates(LeaveRule.KIND_NOT_AVAILABLE);
      spec.given([]).when(requestOf({ requestId: 'p1', kind: 'SAKIT', startDate: '2026-05-01', endDate: '2026-06-01', employee: pppk, evidence: [govDoctor] })).thenViolates(LeaveRule.TOO_LONG);
      expect(spec.given([]).when(requestOf({ requestId: 'p1', kind: 'SAKIT', subKind: 'KECELAKAAN_KERJA', startDate: '2026-05-01', endDate: '2026-08-01', employee: pppk, evidence: [govDoctor] })).events()).toHaveLength(2);
      expect(spec.given([]).when(requestOf({ requestId: 'p1', kind: 'TAHUNAN', startDate: '2026-05-04', endDate: '2026-05-08', employee: pppk })).events()[1].data).toMatchObject({ days: 5, employmentType: 'PPPK' });
    });
  });

  it('an inactive (retired) employee cannot request leave', () => {
    spec.given([]).when(requestOf({ requestId: 'r1', kind: 'TAHUNAN', startDate: '2026-06-02', endDate: '2026-06-02', employee: { ...ani, active: false } })).thenViolates(LeaveRule.EMPLOYEE_NOT_ACTIVE);
  });

  it('reports every unmet rule at once', () => {
    spec.given([]).when(requestOf({ requestId: 'a1', kind: 'ALASAN_PENTING', subKind: 'ISTRI_MELAHIRKAN', startDate: '2026-04-01', endDate: '2026-05-05' })).thenViolates(LeaveRule.SEX_MISMATCH, LeaveRule.TOO_LONG, LeaveRule.EVIDENCE_REQUIRED);
  });

  it('a request id is used once', () => {
    const history: LeaveRecordEvent[] = after([], requestOf({ requestId: 'r1', kind: 'TAHUNAN', startDate: '2026-06-02', endDate: '2026-06-02' }));
    spec.given(history).when(requestOf({ requestId: 'r1', kind: 'TAHUNAN', startDate: '2026-07-01', endDate: '2026-07-01' })).thenViolates(LeaveRule.REQUEST_EXISTS);
  });
});

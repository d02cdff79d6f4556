import { deciderSpec } from '@kernel/testing/decider-spec';
import { AGGREGATION_POLICY_2022 } from './aggregation';
import { CorrectEvaluation, evaluationDecider, EvaluatePeriod } from './evaluation.decider';
import { EvaluationEvent, PeriodEvaluated } from './evaluation.events';

const AT = '2026-04-03T03:00:00.000Z';
const header = {
  evaluationId: 'emp-ani.2026.2026-Q1',
  skpId: 'emp-ani.2026',
  employeeId: 'emp-ani',
  instansiId: 'kota-medan',
  unitId: 'kota-medan.aptika',
  year: 2026,
  period: '2026-Q1',
  pejabatPenilaiEmployeeId: 'emp-kabid',
  atasanEmployeeId: 'emp-kadis',
};
const rhk = [
  { rhkId: 'a1', kategori: 'UTAMA' as const, rencanaKinerja: 'Aplikasi perizinan daring' },
  { rhkId: 'a2', kategori: 'UTAMA' as const, rencanaKinerja: 'Integrasi data kependudukan' },
  { rhkId: 't1', kategori: 'TAMBAHAN' as const, rencanaKinerja: 'Narasumber' },
];
const evaluate: EvaluatePeriod = {
  type: 'EvaluatePeriod',
  header,
  rhk,
  ratings: [
    { rhkId: 'a1', rating: 'DI_ATAS', note: null },
    { rhkId: 'a2', rating: 'DI_ATAS', note: null },
    { rhkId: 't1', rating: 'SESUAI', note: null },
  ],
  hasilKerjaOverride: null,
  ratingPerilaku: 'DI_ATAS',
  perilakuNote: null,
  unitResult: null,
  policy: AGGREGATION_POLICY_2022,
  unitSignedOff: false,
  today: '2026-04-03',
  by: 'emp-kabid',
  at: AT,
};
const spec = deciderSpec(evaluationDecider);
const evaluated = (command: EvaluatePeriod = evaluate) => spec.given([]).when(command).events()[0] as PeriodEvaluated;
const closed: EvaluationEvent = { type: 'performance.EvaluationClosed', data: { evaluationId: header.evaluationId, signOffId: 'so-1', predikat: 'SANGAT_BAIK', closedAt: AT } };
const below = { ...evaluate, ratings: [{ rhkId: 'a1', rating: 'DI_BAWAH' as const, note: 'Modul belum jalan' }, { rhkId: 'a2', rating: 'DI_BAWAH' as const, note: null }, { rhkId: 't1', rating: 'SESUAI' as const, note: null }], ratingPerilaku: 'SESUAI' as const };

describe('evaluation decider (periodic and annual)', () => {
  it('rates every RHK, aggregates the rating hasil kerja and derives the predikat with its explanation', () => {
    expect(evaluated().data).toMatchObject({
      ...header,
      aggregateRating: 'DI_ATAS',
      hasilKerjaSource: 'AGGREGATE',
      ratingHasilKerja: 'DI_ATAS',
      ratingPerilaku: 'DI_ATAS',
      predikat: 'SANGAT_BAIK',
      aggregationPolicyVersion: 'agregasi-rhk/v1',
      explanation: expect.stringContaining('Sangat Baik'),
      evaluatedBy: 'emp-kabid',
    });
  });

  it('takes the appraiser’s override of the aggregate only with a reason', () => {
    const withReason = evaluated({ ...evaluate, hasilKerjaOverride: { rating: 'SESUAI', reason: 'Target a2 dibantu tim lain' } });
    expect(withReason.data).toMatchObject({ aggregateRating: 'DI_ATAS', ratingHasilKerja: 'SESUAI', hasilKerjaSource: 'OVERRIDE', hasilKerjaOverrideReason: 'Target a2 dibantu tim lain', predikat: 'BAIK' });
    spec.given([]).when({ ...evaluate, hasilKerjaOverride: { rating: 'SESUAI', reason: ' ' } }).thenViolates('PERFORMANCE.OVERRIDE_REASON_REQUIRED');
  });

  it("gives a unit head the unit's result as rating hasil kerja (checklist 7)", () => {
    expect(evaluated({ ...evaluate, unitResult: 'DI_BAWAH' }).data).toMatchObject({ ratingHasilKerja: 'DI_BAWAH', hasilKerjaSource: 'UNIT_RESULT', predikat: 'BUTUH_PERBAIKAN' });
  });

  it('needs every RHK of the SKP rated exactly once', () => {
    spec.given([]).when({ ...evaluate, ratings: evaluate.ratings.slice(1) }).thenViolates('PERFORMANCE.RATINGS_INCOMPLETE');
    spec.given([]).when({ ...evaluate, ratings: [...evaluate.ratings, { rhkId: 'zz', rating: 'SESUAI', note: null }] }).thenViolates('PERFORMANCE.RATINGS_INCOMPLETE');
  });

  it('rates a period from its last day on, never before it has ended (Asia/Jakarta calendar day)', () => {
    const q2 = { ...evaluate, header: { ...header, evaluationId: 'emp-ani.2026.2026-Q2', period: '2026-Q2' } };
    spec.given([]).when({ ...q2, today: '2026-06-29' }).thenViolates('PERFORMANCE.PERIOD_NOT_ENDED');
    expect(spec.given([]).when({ ...q2, today: '2026-06-30' }).events()[0].type).toBe('performance.PeriodEvaluated');
    const annual = { ...evaluate, header: { ...header, evaluationId: 'emp-ani.2026.2026', period: '2026' } };
    spec.given([]).when({ ...annual, today: '2026-11-20' }).thenViolates('PERFORMANCE.PERIOD_NOT_ENDED');
    spec.given([]).when({ ...annual, today: '2026-12-30' }).thenViolates('PERFORMANCE.PERIOD_NOT_ENDED');
    expect(spec.given([]).when({ ...annual, today: '2026-12-31' }).events()).toHaveLength(1);
    expect(spec.given([]).when({ ...annual, today: '2027-01-08' }).events()).toHaveLength(1);
    const february = { ...evaluate, header: { ...header, evaluationId: 'emp-ani.2028.2028-02', year: 2028, period: '2028-02' } };
    spec.given([]).when({ ...february, today: '2028-02-28' }).thenViolates('PERFORMANCE.PERIOD_NOT_ENDED');
    expect(spec.given([]).when({ ...february, today: '2028-02-29' }).events()).toHaveLength(1);
  });

  it('may re-evaluate until the sign-off, never after (the period is immutable)', () => {
    spec.given([evaluated()]).when(below).events();
    spec.given([evaluated(), closed]).when(below).thenViolates('PERFORMANCE.EVALUATION_CLOSED');
    spec.given([evaluated()]).when({ ...below, unitSignedOff: true }).thenViolates('PERFORMANCE.EVALUATION_CLOSED');
  });

  it('closing publishes the performance gaps: predikat BUTUH_PERBAIKAN or below and every RHK DI_BAWAH', () => {
    const events = spec.given([evaluated(below)]).when({ type: 'CloseEvaluation', signOffId: 'so-1', publishesYear: true, at: AT }).events();
    expect(events.map((e) => e.type)).toEqual(['performance.EvaluationClosed', 'performance.PerformanceGapIdentified', 'performance.PerformanceGapIdentified', 'performance.PerformanceGapIdentified']);
    expect(events[1].data).toEqual({
      gapId: 'emp-ani.2026.2026-Q1.predikat',
      employeeId: 'emp-ani',
      instansiId: 'kota-medan',
      unitId: 'kota-medan.aptika',
      year: 2026,
      period: '2026-Q1',
      source: 'PREDIKAT',
      predikat: 'BUTUH_PERBAIKAN',
      description: expect.stringContaining('Butuh Perbaikan'),
      evaluationId: 'emp-ani.2026.2026-Q1',
    });
    expect(events[2].data).toMatchObject({ gapId: 'emp-ani.2026.2026-Q1.rhk.a1', source: 'RHK_DI_BAWAH', rhkId: 'a1', description: 'RHK a1 di bawah ekspektasi: Aplikasi perizinan daring' });
  });

  it('publishes no gap for a BAIK or SANGAT_BAIK evaluation without RHK below, and closing twice writes nothing', () => {
    spec.given([evaluated()]).when({ type: 'CloseEvaluation', signOffId: 'so-1', publishesYear: true, at: AT }).then([closed]);
    spec.given([evaluated(), closed]).when({ type: 'CloseEvaluation', signOffId: 'so-2', publishesYear: true, at: AT }).then([]);
  });

  describe('corrections after close (EvaluationCorrected, reason and the atasan’s approval)', () => {
    const correct: CorrectEvaluation = { ...below, type: 'CorrectEvaluation', reason: 'Bukti dukung a1 dan a2 terlambat diunggah', approvedBy: 'emp-kadis', publishesYear: true, at: AT };

    it('corrects a closed evaluation and publishes only new gaps', () => {
      const events = spec.given([evaluated(), closed]).when(correct).events();
      expect(events[0]).toMatchObject({ type: 'performance.EvaluationCorrected', data: { previousPredikat: 'SANGAT_BAIK', predikat: 'BUTUH_PERBAIKAN', reason: correct.reason, approvedBy: 'emp-kadis' } });
      expect(events.slice(1).map((e) => (e.data as { gapId: string }).gapId)).toEqual(['emp-ani.2026.2026-Q1.predikat', 'emp-ani.2026.2026-Q1.rhk.a1', 'emp-ani.2026.2026-Q1.rhk.a2']);
      const after = [evaluated(), closed, ...events];
      const again = spec.given(after).when({ ...correct, ratings: below.ratings.map((r) => (r.rhkId === 'a2' ? { ...r, rating: 'SESUAI' as const } : r)) }).events();
      expect(again.map((e) => e.type)).toEqual(['performance.EvaluationCorrected']);
    });

    it('refuses a correction before close, without a reason, or of an evaluation that does not exist', () => {
      spec.given([evaluated()]).when(correct).thenViolates('PERFORMANCE.EVALUATION_NOT_CLOSED');
      spec.given([evaluated(), closed]).when({ ...correct, reason: '' }).thenViolates('PERFORMANCE.REASON_REQUIRED');
      spec.given([]).when(correct).thenViolates('PERFORMANCE.EVALUATION_UNKNOWN');
    });
  });
  describe('the published annual predikat (performance.AnnualPredikatFinalised, the KP contract)', () => {
    const annualHeader = { ...header, evaluationId: 'emp-ani.2026.2026', period: '2026' };
    const annual = spec.given([]).when({ ...evaluate, header: annualHeader, today: '2027-01-05' }).events()[0];
    const annualClosed: EvaluationEvent = { type: 'performance.EvaluationClosed', data: { evaluationId: 'emp-ani.2026.2026', signOffId: 'so-1', predikat: 'SANGAT_BAIK', closedAt: AT } };
    const published = (predikat: string, source: string) => ({ type: 'performance.AnnualPredikatFinalised', data: { employeeId: 'emp-ani', instansiId: 'kota-medan', year: 2026, predikat, evaluationId: 'emp-ani.2026.2026', source, finalisedAt: AT } });

    it('is published when the sign-off closes an annual evaluation, and again after each correction', () => {
      spec.given([annual]).when({ type: 'CloseEvaluation', signOffId: 'so-1', publishesYear: true, at: AT }).then([annualClosed, published('SANGAT_BAIK', 'CLOSE')] as EvaluationEvent[]);
      const corrected = spec.given([annual, annualClosed]).when({ ...below, header: annualHeader, type: 'CorrectEvaluation', reason: 'Koreksi', approvedBy: 'emp-kadis', publishesYear: true, at: AT } as CorrectEvaluation).events();
      expect(corrected[1]).toEqual(published('BUTUH_PERBAIKAN', 'CORRECTION'));
    });

    it('of a year split by a transfer, only the segment carrying the year publishes (one predikat per employee-year)', () => {
      spec.given([annual]).when({ type: 'CloseEvaluation', signOffId: 'so-1', publishesYear: false, at: AT }).then([annualClosed]);
      const corrected = spec.given([annual, annualClosed]).when({ ...below, header: annualHeader, type: 'CorrectEvaluation', reason: 'Koreksi', approvedBy: 'emp-kadis', publishesYear: false, at: AT } as CorrectEvaluation).events();
      expect(corrected.map((e) => e.type)).not.toContain('performance.AnnualPredikatFinalised');
    });

    it('is not published for a periodic evaluation', () => {
      const events = spec.given([evaluated()]).when({ type: 'CloseEvaluation', signOffId: 'so-1', publishesYear: true, at: AT }).events();
      expect(events.map((e) => e.type)).not.toContain('performance.AnnualPredikatFinalised');
    });
  });
});

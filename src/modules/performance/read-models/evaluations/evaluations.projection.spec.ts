import { projectEvents, recorded } from '@infrastructure/projections/testing/projection-spec';
import { unitPeriodsProjection } from '../unit-periods/unit-periods.projection';
import { PERFORMANCE_UNIT_PERIODS } from '../unit-periods/unit-period.schema';
import { PERFORMANCE_EVALUATIONS } from './evaluation.schema';
import { evaluationsProjection } from './evaluations.projection';

const AT = '2027-01-05T03:00:00.000Z';
const assessment = { ratings: [{ rhkId: 'a1', kategori: 'UTAMA', rencanaKinerja: 'x', rating: 'SESUAI', note: null }], aggregateRating: 'SESUAI', hasilKerjaSource: 'AGGREGATE', hasilKerjaOverrideReason: null, ratingHasilKerja: 'SESUAI', ratingPerilaku: 'SESUAI', perilakuNote: null, predikat: 'BAIK', explanation: 'e', aggregationPolicyVersion: 'agregasi-rhk/v1' };
const header = { evaluationId: 'emp-ani.2026.2026', skpId: 'emp-ani.2026', employeeId: 'emp-ani', instansiId: 'kota-medan', unitId: 'kota-medan.aptika', year: 2026, period: '2026', pejabatPenilaiEmployeeId: 'emp-budi', atasanEmployeeId: 'emp-sari' };

describe('evaluation projections', () => {
  it('keeps the latest assessment, the close and every correction', async () => {
    const store = await projectEvents(evaluationsProjection, [
      recorded('performance.PeriodEvaluated', { ...header, ...assessment, evaluatedBy: 'emp-budi', evaluatedAt: AT }, { revision: 0 }),
      recorded('performance.EvaluationClosed', { evaluationId: header.evaluationId, signOffId: 'so', predikat: 'BAIK', closedAt: AT }, { revision: 1 }),
      recorded('performance.EvaluationCorrected', { evaluationId: header.evaluationId, ...assessment, ratingPerilaku: 'DI_ATAS', predikat: 'BAIK', previousPredikat: 'BAIK', reason: 'r', approvedBy: 'emp-sari', correctedAt: AT }, { revision: 2, position: 9001, hash: 'f'.repeat(64) }),
    ]);
    const [doc] = await store.collection(PERFORMANCE_EVALUATIONS).find({});
    // The log entry a printed SKP reflects: the latest event.
    expect(doc).toMatchObject({ logPosition: 9001, logHash: 'f'.repeat(64) });
    expect(doc).toMatchObject({ _id: header.evaluationId, revision: 2, closed: true, closedAt: AT, ratingPerilaku: 'DI_ATAS', corrections: [{ previousPredikat: 'BAIK', predikat: 'BAIK', reason: 'r', approvedBy: 'emp-sari', correctedAt: AT }] });
  });

  it("marks the evaluation that published the year's predikat, keeping its stamps", async () => {
    const finalised = { employeeId: 'emp-ani', instansiId: 'kota-medan', year: 2026, predikat: 'BAIK', evaluationId: header.evaluationId, source: 'CLOSE', finalisedAt: AT };
    const evaluated = recorded('performance.PeriodEvaluated', { ...header, ...assessment, evaluatedBy: 'emp-budi', evaluatedAt: AT }, { revision: 0 });
    const closed = recorded('performance.EvaluationClosed', { evaluationId: header.evaluationId, signOffId: 'so', predikat: 'BAIK', closedAt: AT }, { revision: 1, position: 500, hash: 'a'.repeat(64) });
    const store = await projectEvents(evaluationsProjection, [evaluated, closed, recorded('performance.AnnualPredikatFinalised', finalised, { revision: 2, position: 501 })]);
    expect(await store.collection(PERFORMANCE_EVALUATIONS).findById(header.evaluationId)).toMatchObject({ yearPredikat: true, revision: 1, logPosition: 500 });
    // A segment that does not carry the year's predikat publishes nothing: it stays unmarked.
    const other = await projectEvents(evaluationsProjection, [evaluated, closed]);
    expect(await other.collection(PERFORMANCE_EVALUATIONS).findById(header.evaluationId)).toMatchObject({ yearPredikat: false, closed: true });
  });

  it('keeps the organisation predikat and the sign-off per unit and period', async () => {
    const store = await projectEvents(unitPeriodsProjection, [
      recorded('performance.OrganisationPredikatSet', { unitId: 'kota-medan.aptika', instansiId: 'kota-medan', period: '2026', organisationPredikat: 'BAIK', unitResult: 'SESUAI', setBy: 'emp-sari', setAt: AT }),
      recorded('performance.PredikatSignedOff', { signOffId: 'so', unitId: 'kota-medan.aptika', instansiId: 'kota-medan', period: '2026', organisationPredikat: 'BAIK', counts: { sangatBaik: 0, baik: 2, butuhPerbaikan: 0, kurang: 0, sangatKurang: 0 }, total: 2, allowed: false, violations: [{ rule: 'R', actual: 'a', required: 'b' }], justification: 'j', kurvaPolicyVersion: 'v', evaluations: [], signedBy: 'emp-budi', signedAt: AT }),
    ]);
    expect(await store.collection(PERFORMANCE_UNIT_PERIODS).find({})).toEqual([
      expect.objectContaining({ _id: 'kota-medan.aptika.2026', organisationPredikat: 'BAIK', unitResult: 'SESUAI', signOff: expect.objectContaining({ allowed: false, justification: 'j', signedBy: 'emp-budi', violations: [{ rule: 'R', actual: 'a', required: 'b' }] }) }),
    ]);
  });
});

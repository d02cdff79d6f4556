import { reactTo } from '@infrastructure/projections/testing/projection-spec';
import { recorded } from '@infrastructure/projections/testing/projection-spec';
import { performanceGapsReaction, TRAINING_NEEDS, TrainingNeed } from './training-needs';

const gap = {
  gapId: 'gap-2026-budi-rhk3',
  employeeId: 'emp-1',
  instansiId: 'kota-binjai',
  unitId: 'kota-binjai.bkpsdm',
  year: 2026,
  period: '2026',
  source: 'RHK_DI_BAWAH',
  rhkId: 'rhk-3',
  description: 'Penyusunan analisis jabatan di bawah ekspektasi',
  evaluationId: 'eval-1',
};

describe('performance gaps reaction (needs analysis)', () => {
  it('records each published performance gap as a training need, once per gap id', async () => {
    const first = await reactTo(performanceGapsReaction, [recorded('performance.PerformanceGapIdentified', gap, { position: 1 })]);
    await reactTo(performanceGapsReaction, [recorded('performance.PerformanceGapIdentified', gap, { position: 2 })], first.store);
    const needs = await first.collection<TrainingNeed & { _id: string }>(TRAINING_NEEDS).find({});
    expect(needs).toEqual([expect.objectContaining({ _id: gap.gapId, employeeId: 'emp-1', source: 'RHK_DI_BAWAH', year: 2026, description: gap.description })]);
  });
});

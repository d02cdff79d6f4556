import { defineProjection } from '@infrastructure/projections/projection';
import { AnnualPredikatFinalised } from '../../../shared';
import { EvaluationClosed, EvaluationCorrected, PeriodEvaluated } from '../../evaluation/evaluation.events';
import { EvaluationSchema, PERFORMANCE_EVALUATIONS } from './evaluation.schema';

/** One document per evaluation: the latest assessment (corrections included), whether it is closed. */
export const evaluationsProjection = defineProjection<PeriodEvaluated | EvaluationClosed | EvaluationCorrected | AnnualPredikatFinalised>({
  name: PERFORMANCE_EVALUATIONS,
  // v3: yearPredikat (the evaluation that published the year's predikat).
  version: 3,
  collections: [{ name: PERFORMANCE_EVALUATIONS, schema: EvaluationSchema }],
  canHandle: ['performance.PeriodEvaluated', 'performance.EvaluationClosed', 'performance.EvaluationCorrected', 'performance.AnnualPredikatFinalised'],
  async apply(event, writer) {
    const id = event.data.evaluationId;
    switch (event.type) {
      case 'performance.PeriodEvaluated': {
        const { evaluationId: _id, ...data } = event.data;
        return writer.upsert(PERFORMANCE_EVALUATIONS, id, { $set: { ...data, closed: false, closedAt: null, yearPredikat: false, corrections: [], revision: event.revision, logPosition: event.position, logHash: event.hash } });
      }
      case 'performance.EvaluationClosed':
        return writer.upsert(PERFORMANCE_EVALUATIONS, id, { $set: { closed: true, closedAt: event.data.closedAt, revision: event.revision, logPosition: event.position, logHash: event.hash } });
      case 'performance.AnnualPredikatFinalised':
        // Only the year's segment publishes; its stamps (revision, log position) stay the assessment's.
        return writer.upsert(PERFORMANCE_EVALUATIONS, id, { $set: { yearPredikat: true } });
      case 'performance.EvaluationCorrected': {
        const { evaluationId: _id, previousPredikat, reason, approvedBy, correctedAt, ...assessment } = event.data;
        const doc = await writer.findById<{ _id: string; corrections?: { correctedAt: string; approvedBy: string }[] }>(PERFORMANCE_EVALUATIONS, id);
        const correction = { previousPredikat, predikat: assessment.predikat, reason, approvedBy, correctedAt };
        const others = (doc?.corrections ?? []).filter((c) => !(c.correctedAt === correctedAt && c.approvedBy === approvedBy));
        return writer.upsert(PERFORMANCE_EVALUATIONS, id, { $set: { ...assessment, corrections: [...others, correction], revision: event.revision, logPosition: event.position, logHash: event.hash } });
      }
    }
  },
});

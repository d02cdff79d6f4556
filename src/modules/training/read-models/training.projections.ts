import { defineProjection } from '@infrastructure/projections/projection';
import { ProgramPublished } from '../catalogue/program.events';
import { EnvelopeEvent } from '../budget/envelope.events';
import { TRAINING_BUDGETS, TRAINING_PLAN_ITEMS, TRAINING_PROGRAMS, TrainingBudgetSchema, TrainingPlanItem, TrainingPlanItemSchema, TrainingProgramSchema } from './training.schema';

export const budgetId = (unitId: string, year: number): string => `${unitId}:${year}`;

/** The catalogue: one document per program. */
export const trainingProgramsProjection = defineProjection<ProgramPublished>({
  name: TRAINING_PROGRAMS,
  version: 1,
  collections: [{ name: TRAINING_PROGRAMS, schema: TrainingProgramSchema }],
  canHandle: ['training.ProgramPublished'],
  async apply(event, writer) {
    const { programId, ...rest } = event.data;
    await writer.upsert(TRAINING_PROGRAMS, programId, { $set: rest });
  },
});

/**
 * The budget board (one document per OPD and year) and the plan items. Amounts move with `$inc`: the
 * writer ignores a repeated event for a document that already holds it.
 */
export const trainingBudgetsProjection = defineProjection<EnvelopeEvent>({
  name: TRAINING_BUDGETS,
  version: 1,
  collections: [
    { name: TRAINING_BUDGETS, schema: TrainingBudgetSchema },
    { name: TRAINING_PLAN_ITEMS, schema: TrainingPlanItemSchema },
  ],
  canHandle: ['training.BudgetEnvelopeSet', 'training.TrainingPlanned', 'training.BudgetCommitted', 'training.BudgetRealised', 'training.BudgetReallocatedOut', 'training.BudgetReallocatedIn'],
  async apply(event, writer) {
    const id = budgetId(event.data.unitId, event.data.year);
    const board = (inc: Record<string, number>) => writer.upsert(TRAINING_BUDGETS, id, { $inc: inc, $set: { revision: event.revision } });
    switch (event.type) {
      case 'training.BudgetEnvelopeSet': {
        const d = event.data;
        const existing = await writer.findById<{ _id: string; baseAmount: number }>(TRAINING_BUDGETS, id);
        const delta = d.amount - (existing?.baseAmount ?? 0);
        return writer.upsert(TRAINING_BUDGETS, id, {
          $set: { unitId: d.unitId, instansiId: d.instansiId, year: d.year, baseAmount: d.amount, perEmployeeCap: d.perEmployeeCap, skNumber: d.legalBasis.skNumber, skDate: d.legalBasis.skDate, revision: event.revision },
          $inc: { envelope: delta, remaining: delta },
        });
      }
      case 'training.TrainingPlanned': {
        const d = event.data;
        const item: Omit<TrainingPlanItem, '_id'> = {
          unitId: d.unitId,
          instansiId: d.instansiId,
          year: d.year,
          employeeId: d.employeeId,
          programId: d.programId,
          gapKind: d.gap.kind,
          gapReference: d.gap.reference,
          gapDescription: d.gap.description,
          reservedAmount: d.reservedAmount,
          status: 'RESERVED',
          committedAmount: null,
          plannedAt: d.plannedAt,
        };
        await writer.upsert(TRAINING_PLAN_ITEMS, d.planItemId, { $set: item });
        return board({ reserved: d.reservedAmount, remaining: -d.reservedAmount });
      }
      case 'training.BudgetCommitted': {
        const d = event.data;
        const item = d.planItemId ? await writer.findById<TrainingPlanItem & { _id: string }>(TRAINING_PLAN_ITEMS, d.planItemId) : null;
        const released = item && item.status === 'RESERVED' ? item.reservedAmount : 0;
        await board({ reserved: -released, committed: d.amount, remaining: released - d.amount });
        if (d.planItemId) await writer.upsert(TRAINING_PLAN_ITEMS, d.planItemId, { $set: { status: 'COMMITTED', committedAmount: d.amount } });
        return;
      }
      case 'training.BudgetRealised':
        return board({ realised: event.data.amount });
      case 'training.BudgetReallocatedOut':
        return board({ reallocatedOut: event.data.amount, envelope: -event.data.amount, remaining: -event.data.amount });
      case 'training.BudgetReallocatedIn':
        return board({ reallocatedIn: event.data.amount, envelope: event.data.amount, remaining: event.data.amount });
    }
  },
});

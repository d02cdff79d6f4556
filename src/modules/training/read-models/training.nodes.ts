import { nodeView } from '@infrastructure/graphql/mutations';
import { trainingBudgetsProjection, trainingProgramsProjection } from './training.projections';
import { TrainingBudgetQuery, TrainingPlanItemQuery, TrainingProgramQuery } from './training.queries';
import { TrainingBudget, TrainingPlanItem, TrainingProgram } from './training.schema';

export const PROGRAM_NODE = nodeView<TrainingProgram>('program', [trainingProgramsProjection.name], (id) => new TrainingProgramQuery(id));
export const BUDGET_NODE = nodeView<TrainingBudget>('budget', [trainingBudgetsProjection.name], (id, actor) => new TrainingBudgetQuery(id, actor));
export const PLAN_ITEM_NODE = nodeView<TrainingPlanItem>('planItem', [trainingBudgetsProjection.name], (id, actor) => new TrainingPlanItemQuery(id, actor));

import { legalBasisOf } from '@modules/shared/legal-basis.input';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, CommandResult } from '@kernel/command-handling';
import { deriveId } from '@kernel/ids';
import { refuse } from '@kernel/rules';
import { ReadModels } from '@infrastructure/projections/read-models';
import { instansiIdOf } from '../../organisation';
import { TrainingCommands } from '../training-commands';
import { TrainingRule } from '../training.rules';
import { TRAINING_PROGRAMS, TrainingProgram } from '../read-models/training.schema';
import {
  CommitTrainingBudgetInput,
  PlanTrainingInput,
  PublishProgramInput,
  RealiseTrainingBudgetInput,
  ReallocateTrainingBudgetInput,
  SetBudgetEnvelopeInput,
} from './training.inputs';

export const programIdOf = (instansiId: string, code: string): string => `${instansiId}.${code.toLowerCase()}`;

export class PublishProgramCommand extends Command<CommandResult> {
  constructor(readonly input: PublishProgramInput, readonly context: CommandContext) {
    super();
  }
}
export class SetBudgetEnvelopeCommand extends Command<CommandResult> {
  constructor(readonly input: SetBudgetEnvelopeInput, readonly context: CommandContext) {
    super();
  }
}
/** The result names the plan item it created (derived from the command id). */
export class PlanTrainingCommand extends Command<CommandResult & { planItemId: string }> {
  constructor(readonly input: PlanTrainingInput, readonly context: CommandContext) {
    super();
  }
}
export class CommitTrainingBudgetCommand extends Command<CommandResult & { commitmentId: string }> {
  constructor(readonly input: CommitTrainingBudgetInput, readonly context: CommandContext) {
    super();
  }
}
export class RealiseTrainingBudgetCommand extends Command<CommandResult> {
  constructor(readonly input: RealiseTrainingBudgetInput, readonly context: CommandContext) {
    super();
  }
}
export class ReallocateTrainingBudgetCommand extends Command<CommandResult> {
  constructor(readonly input: ReallocateTrainingBudgetInput, readonly context: CommandContext) {
    super();
  }
}

@CommandHandler(PublishProgramCommand)
export class PublishProgramHandler implements ICommandHandler<PublishProgramCommand> {
  constructor(private readonly training: TrainingCommands) {}
  execute({ input, context }: PublishProgramCommand): Promise<CommandResult> {
    return this.training.publishProgram(
      {
        type: 'PublishProgram',
        programId: programIdOf(input.instansiId, input.code),
        instansiId: input.instansiId,
        title: input.title,
        route: input.route,
        form: input.form,
        competencies: input.competencies.map(({ group, name, level }) => ({ group, name, level })),
        jp: input.jp,
        costPerParticipant: input.costPerParticipant,
        provider: input.provider,
        latihanStruktural: input.latihanStruktural ?? null,
        at: context.occurredAt,
      },
      context,
    );
  }
}

@CommandHandler(SetBudgetEnvelopeCommand)
export class SetBudgetEnvelopeHandler implements ICommandHandler<SetBudgetEnvelopeCommand> {
  constructor(private readonly training: TrainingCommands) {}
  execute({ input, context }: SetBudgetEnvelopeCommand): Promise<CommandResult> {
    return this.training.setEnvelope(
      {
        type: 'SetEnvelope',
        unitId: input.unitId,
        instansiId: instansiIdOf(input.unitId),
        year: input.year,
        amount: input.amount,
        perEmployeeCap: input.perEmployeeCap ?? null,
        legalBasis: legalBasisOf(input.legalBasis),
        at: context.occurredAt,
      },
      context,
    );
  }
}

@CommandHandler(PlanTrainingCommand)
export class PlanTrainingHandler implements ICommandHandler<PlanTrainingCommand> {
  constructor(
    private readonly training: TrainingCommands,
    private readonly readModels: ReadModels,
  ) {}
  async execute({ input, context }: PlanTrainingCommand): Promise<CommandResult & { planItemId: string }> {
    const program = await this.readModels.collection<TrainingProgram & { _id: string }>(TRAINING_PROGRAMS).findById(input.programId);
    if (!program || program.instansiId !== instansiIdOf(input.unitId)) refuse(TrainingRule.PROGRAM_UNKNOWN, `Program ${input.programId} tidak ada dalam katalog instansi ini`);
    const planItemId = deriveId(context.commandId, 'training.plan-item');
    const result = await this.training.planTraining(
      { unitId: input.unitId, year: input.year, planItemId, employeeId: input.employeeId, programId: input.programId, gap: { ...input.gap }, programCost: program.costPerParticipant },
      context,
    );
    return { ...result, planItemId };
  }
}

@CommandHandler(CommitTrainingBudgetCommand)
export class CommitTrainingBudgetHandler implements ICommandHandler<CommitTrainingBudgetCommand> {
  constructor(private readonly training: TrainingCommands) {}
  async execute({ input, context }: CommitTrainingBudgetCommand): Promise<CommandResult & { commitmentId: string }> {
    const commitmentId = deriveId(context.commandId, 'training.commitment');
    const result = await this.training.commit(
      input.unitId,
      input.year,
      { type: 'CommitBudget', commitmentId, employeeId: input.employeeId, planItemId: input.planItemId ?? null, amount: input.amount, reason: input.reason ?? null, at: context.occurredAt },
      context,
    );
    return { ...result, commitmentId };
  }
}

@CommandHandler(RealiseTrainingBudgetCommand)
export class RealiseTrainingBudgetHandler implements ICommandHandler<RealiseTrainingBudgetCommand> {
  constructor(private readonly training: TrainingCommands) {}
  execute({ input, context }: RealiseTrainingBudgetCommand): Promise<CommandResult> {
    return this.training.realise(input.unitId, input.year, { type: 'RealiseBudget', commitmentId: input.commitmentId, amount: input.amount, at: context.occurredAt }, context);
  }
}

@CommandHandler(ReallocateTrainingBudgetCommand)
export class ReallocateTrainingBudgetHandler implements ICommandHandler<ReallocateTrainingBudgetCommand> {
  constructor(private readonly training: TrainingCommands) {}
  execute({ input, context }: ReallocateTrainingBudgetCommand): Promise<CommandResult> {
    return this.training.reallocate(
      {
        fromUnitId: input.fromUnitId,
        toUnitId: input.toUnitId,
        year: input.year,
        amount: input.amount,
        legalBasis: legalBasisOf(input.legalBasis),
        reallocationId: deriveId(context.commandId, 'training.reallocation'),
      },
      context,
    );
  }
}

export const trainingCommandHandlers = [
  PublishProgramHandler,
  SetBudgetEnvelopeHandler,
  PlanTrainingHandler,
  CommitTrainingBudgetHandler,
  RealiseTrainingBudgetHandler,
  ReallocateTrainingBudgetHandler,
];

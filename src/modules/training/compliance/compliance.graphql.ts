import { Injectable } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Args, ArgsType, Field, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { ReadModels } from '@infrastructure/projections/read-models';
import { deadlineIdFor, Deadlines } from '@infrastructure/scheduling';
import { CommandContext, CommandExecutor, CommandResult } from '@kernel/command-handling';
import { CommandContextFactory } from '@kernel/command-context';
import { DomainRuleViolation, ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { UNIT_ID_PATTERN } from '@kernel/grant-scope';
import { instansiIdOf, OrganisationDirectory } from '../../organisation';
import { appraiserUnits, assertTrainingAdmin, canReadInstansi } from '../access/training-access';
import { ledgerId } from '../read-models/activity.projections';
import { JpLedgerDoc, TRAINING_JP_LEDGER } from '../read-models/activity.schema';
import { TrainingRule } from '../training.rules';
import { complianceDecider, compliancePct, StaffJp } from './compliance.decider';
import { complianceStream } from './compliance.events';

/**
 * The personnel module's employee read model, read by its logical name (no import of personnel's
 * internals): active PNS of the OPD's units are the denominator of the compliance figure.
 */
const EMPLOYEES = 'employees';
interface EmployeeRow {
  _id: string;
  name: string;
  unitId: string;
  employmentType: string;
  status: string;
}

export const JP_REMINDER_TARGET = 'training.IssueJpReminder';

@ObjectType('StaffBelowTwentyJp')
export class StaffBelowTwentyJp {
  @Field(() => ID) employeeId: string;
  @Field() name: string;
  @Field(() => Float) totalJp: number;
  @Field(() => Float) shortfall: number;
}

@ObjectType('UnitTrainingCompliance', { description: "An OPD's 20-JP compliance for a calendar year: share of its active PNS at ≥ 20 verified JP." })
export class UnitTrainingCompliance {
  @Field(() => ID) unitId: string;
  @Field(() => Int) year: number;
  @Field(() => Int) staffCount: number;
  @Field(() => Int) compliantCount: number;
  @Field({ description: 'Percent, 2 decimals, as exact text (the published JP_COMPLIANCE_PCT).' }) compliancePct: string;
  @Field(() => [StaffBelowTwentyJp], { description: 'PNS still below 20 JP (at most 100, lowest first).' }) below: StaffBelowTwentyJp[];
}

@Injectable()
export class ComplianceService {
  constructor(
    private readonly readModels: ReadModels,
    private readonly organisation: OrganisationDirectory,
    private readonly executor: CommandExecutor,
  ) {}

  async staff(unitId: string, year: number): Promise<(StaffJp & { name: string })[]> {
    const unit = await this.organisation.unit(unitId);
    if (!unit || unit.parentUnitId !== null) throw new DomainRuleViolation(TrainingRule.UNIT_UNKNOWN, `${unitId} bukan OPD (unit kerja tingkat teratas)`);
    const units = await this.organisation.subtreeUnitIds(unitId);
    const employees = await this.readModels.collection<EmployeeRow>(EMPLOYEES).find({ unitId: { $in: units }, status: 'AKTIF', employmentType: 'PNS' }, { sort: { _id: 1 } });
    const ledgers = this.readModels.collection<JpLedgerDoc & { _id: string }>(TRAINING_JP_LEDGER);
    return Promise.all(employees.map(async (e) => ({ employeeId: e._id, name: e.name, totalJp: (await ledgers.findById(ledgerId(e._id, year)))?.totalJp ?? 0 })));
  }

  async compliance(unitId: string, year: number): Promise<UnitTrainingCompliance> {
    const staff = await this.staff(unitId, year);
    const below = staff.filter((s) => s.totalJp < 20).sort((a, b) => a.totalJp - b.totalJp || a.employeeId.localeCompare(b.employeeId));
    return {
      unitId,
      year,
      staffCount: staff.length,
      compliantCount: staff.length - below.length,
      compliancePct: compliancePct(staff),
      below: below.slice(0, 100).map((s) => ({ employeeId: s.employeeId, name: s.name, totalJp: s.totalJp, shortfall: Math.round((20 - s.totalJp) * 100) / 100 })),
    };
  }

  async publish(unitId: string, year: number, context: CommandContext): Promise<CommandResult> {
    const staff = await this.staff(unitId, year);
    return this.executor.execute(complianceDecider, complianceStream(unitId, year), { type: 'PublishCompliance', unitId, instansiId: instansiIdOf(unitId), year, staff, at: context.occurredAt }, context);
  }

  async remind(unitId: string, year: number, context: CommandContext): Promise<CommandResult> {
    const staff = await this.staff(unitId, year);
    return this.executor.execute(complianceDecider, complianceStream(unitId, year), { type: 'IssueReminder', unitId, instansiId: instansiIdOf(unitId), year, staff, at: context.occurredAt }, context);
  }
}

@ArgsType()
class ComplianceArgs {
  @Field(() => ID) @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: 'unitId must be a unit id' }) unitId: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
}

@InputType()
export class UnitYearInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: '$property must be a unit id' }) unitId: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
}

@ObjectType('PublishUnitTrainingCompliancePayload')
class PublishCompliancePayload {
  @Field(() => Float) position: number;
  @Field() duplicate: boolean;
  @Field(() => UnitTrainingCompliance) compliance: UnitTrainingCompliance;
}

@ObjectType('ScheduleJpRemindersPayload')
class ScheduleJpRemindersPayload {
  @Field(() => ID) deadlineId: string;
  @Field({ description: 'When the reminder fires (start of Q4, 1 October 08:00 WIB).' }) dueAt: string;
}

/** Publishes the OPD's JP compliance (TRAINING_ADMIN of the instansi); plain fields and the caller's context. */
export class PublishUnitTrainingComplianceCommand extends Command<CommandResult> {
  constructor(readonly unitId: string, readonly year: number, readonly context: CommandContext) {
    super();
  }
}

@CommandHandler(PublishUnitTrainingComplianceCommand)
export class PublishUnitTrainingComplianceHandler implements ICommandHandler<PublishUnitTrainingComplianceCommand> {
  constructor(private readonly compliance: ComplianceService) {}
  execute({ unitId, year, context }: PublishUnitTrainingComplianceCommand): Promise<CommandResult> {
    assertTrainingAdmin(context.actor, instansiIdOf(unitId), 'Menerbitkan kepatuhan JP');
    return this.compliance.publish(unitId, year, context);
  }
}

/** Schedules the OPD's Q4 JP reminder through the platform deadlines (TRAINING_ADMIN of the instansi). */
export class ScheduleJpRemindersCommand extends Command<{ deadlineId: string; dueAt: string }> {
  constructor(readonly unitId: string, readonly year: number, readonly context: CommandContext) {
    super();
  }
}

@CommandHandler(ScheduleJpRemindersCommand)
export class ScheduleJpRemindersHandler implements ICommandHandler<ScheduleJpRemindersCommand> {
  constructor(
    private readonly compliance: ComplianceService,
    private readonly deadlines: Deadlines,
  ) {}
  async execute({ unitId, year, context }: ScheduleJpRemindersCommand): Promise<{ deadlineId: string; dueAt: string }> {
    assertTrainingAdmin(context.actor, instansiIdOf(unitId), 'Menjadwalkan pengingat JP');
    await this.compliance.staff(unitId, year); // refuses a unit that is not an OPD
    const deadlineId = deadlineIdFor(`${unitId}:${year}`, 'training.q4-jp-reminder');
    const scheduled = await this.deadlines.schedule({ deadlineId, due: { at: `${year}-10-01T01:00:00.000Z` }, target: { type: JP_REMINDER_TARGET, payload: { unitId, year } } }, context);
    return { deadlineId, dueAt: scheduled.dueAt };
  }
}

@Resolver()
export class ComplianceResolver {
  constructor(
    private readonly compliance: ComplianceService,
    private readonly organisation: OrganisationDirectory,
    private readonly contexts: CommandContextFactory,
    private readonly commands: CommandBus,
  ) {}

  @Query(() => UnitTrainingCompliance, { description: "An OPD's 20-JP compliance for a year, with its PNS below 20 JP. TRAINING_ADMIN, ADMIN_BKD, AUDITOR of the instansi; PEJABAT_PENILAI of a unit in the OPD." })
  @Roles(Role.TRAINING_ADMIN, Role.ADMIN_BKD, Role.AUDITOR, Role.PEJABAT_PENILAI)
  async unitTrainingCompliance(@Args() args: ComplianceArgs, @CurrentActor() actor: Actor): Promise<UnitTrainingCompliance> {
    let allowed = canReadInstansi(actor, instansiIdOf(args.unitId));
    for (const unit of appraiserUnits(actor)) if (!allowed && (await this.organisation.isWithin(unit, args.unitId))) allowed = true;
    if (!allowed) throw new ForbiddenError(`Kepatuhan JP ${args.unitId} tidak dalam cakupan Anda`);
    return this.compliance.compliance(args.unitId, args.year);
  }

  @Mutation(() => PublishCompliancePayload, { description: 'Publishes the OPD JP compliance as shared.UnitMetricPublished (JP_COMPLIANCE_PCT) for the transparency portal; nothing when unchanged. TRAINING_ADMIN of the instansi.' })
  @Roles(Role.TRAINING_ADMIN)
  async publishUnitTrainingCompliance(@Args('input') input: UnitYearInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute(new PublishUnitTrainingComplianceCommand(input.unitId, input.year, this.contexts.forActor(actor, input)));
    return { position: result.position, duplicate: result.duplicate, compliance: await this.compliance.compliance(input.unitId, input.year) };
  }

  @Mutation(() => ScheduleJpRemindersPayload, { description: "Schedules the Q4 reminder (1 October 08:00 WIB) listing the OPD's PNS below 20 JP, through the platform deadlines. TRAINING_ADMIN of the instansi." })
  @Roles(Role.TRAINING_ADMIN)
  async scheduleJpReminders(@Args('input') input: UnitYearInput, @CurrentActor() actor: Actor) {
    return this.commands.execute(new ScheduleJpRemindersCommand(input.unitId, input.year, this.contexts.forActor(actor, input)));
  }
}

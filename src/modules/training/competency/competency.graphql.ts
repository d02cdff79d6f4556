import { Args, Field, Float, ID, InputType, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Injectable } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { IsLegalDate } from '@infrastructure/graphql/date-rules';
import { IdentifierText, NameText } from '@infrastructure/graphql/text-rules';
import { Clock } from '@kernel/clock';
import { CommandContextFactory } from '@kernel/command-context';
import { CommandContext, CommandExecutor, CommandResult } from '@kernel/command-handling';
import { ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { EMPLOYEE_ID_PATTERN } from '@kernel/grant-scope';
import { refuse } from '@kernel/rules';
import { OrganisationDirectory } from '../../organisation';
import { EmployeeDirectory } from '../../personnel';
import { appraiserUnits, assertTrainingAdmin, canReadInstansi, ownEmployeeIds } from '../access/training-access';
import { TargetCompetencyInput } from '../graphql/training.inputs';
import { TargetCompetencyNode } from '../read-models/training.schema';
import { CompetencyRule, TrainingRule } from '../training.rules';
import { CompetencyWriteCommand } from './competency.commands';
import { CompetencyGap, competencyDecider, competencyGaps, CompetencyLevel, profileStream, standardStream } from './competency';

@InputType()
export class SetCompetencyStandardInput extends CommandInput {
  @Field(() => ID, { description: 'The jabatan (position) in the organisation tree.' }) @IdentifierText() @IsString() @Length(3, 200) positionId: string;
  @Field(() => [TargetCompetencyInput], { description: 'The standard level (1–5) per competency; replaces the previous standard.' }) @ValidateNested({ each: true }) @Type(() => TargetCompetencyInput) @ArrayMaxSize(30) competencies: TargetCompetencyInput[];
}

@InputType()
export class RecordCompetencyProfileInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(EMPLOYEE_ID_PATTERN, { message: '$property must be an employee id' }) employeeId: string;
  @Field() @IsLegalDate() assessedOn: string;
  @Field({ description: 'Where the levels come from (assessment center, uji kompetensi…).' }) @NameText() @IsString() @Length(2, 200) source: string;
  @Field(() => [TargetCompetencyInput]) @ValidateNested({ each: true }) @Type(() => TargetCompetencyInput) @ArrayMaxSize(30) competencies: TargetCompetencyInput[];
}

@ObjectType('CompetencyGap')
class CompetencyGapNode implements CompetencyGap {
  @Field(() => String) group: CompetencyGap['group'];
  @Field() name: string;
  @Field(() => Float) standardLevel: number;
  @Field(() => Float, { description: '0 when never assessed.' }) achievedLevel: number;
  @Field(() => Float) gap: number;
}

@ObjectType('CompetencyGapAnalysis', { description: "An employee's profile against their jabatan's standard (an individual evaluation: never public, UU 14/2008 ps. 17 h)." })
class CompetencyGapAnalysis {
  @Field(() => ID) employeeId: string;
  @Field(() => ID, { nullable: true }) positionId: string | null;
  @Field(() => [TargetCompetencyNode]) standard: CompetencyLevel[];
  @Field(() => [TargetCompetencyNode]) profile: CompetencyLevel[];
  @Field(() => String, { nullable: true }) assessedOn: string | null;
  @Field(() => [CompetencyGapNode], { description: 'Each competency below its standard: what a COMPETENCY plan item may name.' }) gaps: CompetencyGap[];
  @Field(() => Float, { nullable: true, description: 'JPM: Σ achieved ÷ Σ standard × 100 (achieved capped at the standard).' }) jpm: number | null;
  @Field(() => String, { nullable: true, description: 'OPTIMAL (≥ 90), CUKUP_OPTIMAL (78–< 90) or KURANG_OPTIMAL (< 78).' }) category: string | null;
}

@ObjectType('CompetencyWritePayload')
class CompetencyWritePayload {
  @Field(() => Float) position: number;
  @Field() duplicate: boolean;
}

/** Standards per jabatan, profiles per employee, and the gap analysis planTraining checks against. */
@Injectable()
export class CompetencyService {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly employees: EmployeeDirectory,
    private readonly organisation: OrganisationDirectory,
  ) {}

  async setStandard(input: SetCompetencyStandardInput, context: CommandContext): Promise<CommandResult> {
    const position = await this.organisation.position(input.positionId);
    if (!position || position.position.status !== 'ACTIVE') refuse(CompetencyRule.POSITION_UNKNOWN, `Jabatan ${input.positionId} tidak ada atau sudah dihapus`);
    const instansiId = position.unit.instansiId;
    assertTrainingAdmin(context.actor, instansiId, 'Menetapkan standar kompetensi');
    const competencies = input.competencies.map(({ group, name, level }) => ({ group, name, level }));
    return this.executor.execute(competencyDecider, standardStream(input.positionId), { type: 'SetStandard', positionId: input.positionId, instansiId, competencies, at: context.occurredAt }, context);
  }

  async recordProfile(input: RecordCompetencyProfileInput, context: CommandContext): Promise<CommandResult> {
    const employee = await this.employees.onDate(input.employeeId, context.occurredAt.slice(0, 10));
    if (!employee) refuse(TrainingRule.EMPLOYEE_NOT_IN_UNIT, `Pegawai ${input.employeeId} tidak terdaftar`);
    assertTrainingAdmin(context.actor, employee.instansiId, 'Mencatat profil kompetensi');
    const competencies = input.competencies.map(({ group, name, level }) => ({ group, name, level }));
    const command = { type: 'RecordProfile' as const, employeeId: input.employeeId, instansiId: employee.instansiId, assessedOn: input.assessedOn, source: input.source, competencies, at: context.occurredAt };
    return this.executor.execute(competencyDecider, profileStream(input.employeeId), command, context);
  }

  /** The analysis for the employee's definitive jabatan on `onDate`. */
  async analysis(employeeId: string, onDate: string) {
    const employee = await this.employees.onDate(employeeId, onDate);
    const positionId = employee?.positionId ?? null;
    const standard = positionId ? (await this.executor.load(competencyDecider, standardStream(positionId))).state.competencies : [];
    const profile = (await this.executor.load(competencyDecider, profileStream(employeeId))).state;
    return { employee, employeeId, positionId, standard: [...standard], profile: [...profile.competencies], assessedOn: profile.assessedOn, ...competencyGaps(standard, profile.competencies) };
  }
}

@CommandHandler(CompetencyWriteCommand)
export class CompetencyWriteHandler implements ICommandHandler<CompetencyWriteCommand> {
  constructor(private readonly competency: CompetencyService) {}
  execute({ write, context }: CompetencyWriteCommand): Promise<CommandResult> {
    return write.kind === 'standard' ? this.competency.setStandard(write.input, context) : this.competency.recordProfile(write.input, context);
  }
}

@Resolver()
export class CompetencyResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly organisation: OrganisationDirectory,
    private readonly competency: CompetencyService,
    private readonly clock: Clock,
  ) {}

  private today() {
    return this.clock.now().toISOString().slice(0, 10);
  }

  @Mutation(() => CompetencyWritePayload, { description: "Sets a jabatan's competency standard (level 1–5 per competency, PermenPANRB 38/2017). TRAINING_ADMIN of the instansi." })
  @Roles(Role.TRAINING_ADMIN)
  async setCompetencyStandard(@Args('input') input: SetCompetencyStandardInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute(new CompetencyWriteCommand('standard', input, this.contexts.forActor(actor, input)));
    return { position: result.position, duplicate: result.duplicate };
  }

  @Mutation(() => CompetencyWritePayload, { description: "Records an employee's assessed competency levels; the latest assessment is their profile. TRAINING_ADMIN of the instansi." })
  @Roles(Role.TRAINING_ADMIN)
  async recordCompetencyProfile(@Args('input') input: RecordCompetencyProfileInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute(new CompetencyWriteCommand('profile', input, this.contexts.forActor(actor, input)));
    return { position: result.position, duplicate: result.duplicate };
  }

  @Query(() => CompetencyGapAnalysis, { description: "An employee's competency gap analysis against their jabatan's standard. The EMPLOYEE; TRAINING_ADMIN, ADMIN_BKD, AUDITOR of the instansi; PEJABAT_PENILAI of the employee's unit." })
  @Roles(Role.EMPLOYEE, Role.TRAINING_ADMIN, Role.ADMIN_BKD, Role.AUDITOR, Role.PEJABAT_PENILAI)
  async competencyGaps(@Args('employeeId', { type: () => ID }) employeeId: string, @CurrentActor() actor: Actor): Promise<CompetencyGapAnalysis> {
    const analysis = await this.competency.analysis(employeeId, this.today());
    const employee = analysis.employee;
    let allowed = ownEmployeeIds(actor).includes(employeeId) || (employee !== null && canReadInstansi(actor, employee.instansiId));
    if (!allowed && employee) for (const unit of appraiserUnits(actor)) if (await this.organisation.isWithin(employee.unitId, unit)) allowed = true;
    if (!allowed) throw new ForbiddenError('Analisis kompetensi pegawai ini tidak dalam cakupan Anda');
    const { employee: _e, ...rest } = analysis;
    return rest;
  }
}

export const competencyProviders = [CompetencyService, CompetencyWriteHandler, CompetencyResolver];

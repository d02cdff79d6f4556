import { Args, ArgsType, Field, Float, ID, InputType, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Command, CommandHandler, ICommandHandler, IQueryHandler, Query as CqrsQuery, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsInt, IsNumber, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { IsLegalDate, IsPlannedDate } from '@infrastructure/graphql/date-rules';
import { Mutations, nodeView } from '@infrastructure/graphql/mutations';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { IdentifierText, NameText } from '@infrastructure/graphql/text-rules';
import { ReadModels } from '@infrastructure/projections/read-models';
import { CommandContext, CommandResult } from '@kernel/command-handling';
import { Clock } from '@kernel/clock';
import { ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { EMPLOYEE_ID_PATTERN } from '@kernel/grant-scope';
import { refuse } from '@kernel/rules';
import { instansiIdOf, OrganisationDirectory } from '../../organisation';
import { EmployeeDirectory } from '../../personnel';
import { appraiserUnits, canReadInstansi, ownEmployeeIds } from '../access/training-access';
import { summariseLedger } from '../activity/jp-ledger';
import { trainingActivitiesProjection, ledgerId } from '../read-models/activity.projections';
import { JpLedger, JpLedgerDoc, TRAINING_ACTIVITIES, TRAINING_JP_LEDGER, TrainingActivity } from '../read-models/activity.schema';
import { TRAINING_PROGRAMS, TrainingProgram } from '../read-models/training.schema';
import { TrainingCommands } from '../training-commands';
import { TrainingRule } from '../training.rules';
import { mayAssess } from '../evaluation/evaluation.commands';
import { PartnerAgreements } from '../partner/partner.graphql';

const ACTIVITY_ID = /^[a-z0-9][a-z0-9._-]{2,99}$/;

@InputType()
export class TrainingSessionInput {
  @Field(() => ID) @IdentifierText() @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: '$property must be 1–32 characters of A–Z, 0–9, _ or -' }) sessionId: string;
  @Field() @IsPlannedDate() date: string;
  @Field(() => String, { nullable: true, description: 'Place; null when online.' }) @IsOptional() @NameText() @IsString() @Length(0, 200) place?: string | null;
  @Field() @IsBoolean() online: boolean;
}

@InputType()
export class ScheduleActivityInput extends CommandInput {
  @Field(() => ID, { description: 'The catalogue program.' }) @IdentifierText() @IsString() @Length(3, 120) programId: string;
  @Field(() => ID, { description: 'Activity code; the id is `<programId>.<code lower-case>`.' }) @IdentifierText() @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: '$property must be 1–32 characters' }) code: string;
  @Field(() => ID, { description: 'The OPD whose envelope pays.' }) @IdentifierText() @IsString() unitId: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field({ nullable: true, description: "Defaults to the program's title." }) @IsOptional() @NameText() @IsString() @Length(3, 200) title?: string;
  @Field(() => [TrainingSessionInput]) @ValidateNested({ each: true }) @Type(() => TrainingSessionInput) @ArrayMinSize(1) @ArrayMaxSize(60) sessions: TrainingSessionInput[];
  @Field(() => ID, { nullable: true, description: 'The cooperation agreement (MoU / PKS) it runs under: it must be in force today and on every session day.' }) @IsOptional() @IdentifierText() @IsString() @Length(3, 200) agreementId?: string | null;
}

@InputType()
export class EnrolParticipantInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(ACTIVITY_ID, { message: '$property must be an activity id' }) activityId: string;
  @Field(() => ID) @IdentifierText() @Matches(EMPLOYEE_ID_PATTERN, { message: '$property must be an employee id' }) employeeId: string;
  @Field(() => ID, { nullable: true, description: 'The plan item nominating the employee; without one `reason` is required.' }) @IsOptional() @IdentifierText() @IsString() planItemId?: string | null;
}

@InputType()
export class RecordAttendanceInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(ACTIVITY_ID, { message: '$property must be an activity id' }) activityId: string;
  @Field(() => ID) @IdentifierText() @IsString() @Length(1, 32) sessionId: string;
  @Field(() => ID) @IdentifierText() @Matches(EMPLOYEE_ID_PATTERN, { message: '$property must be an employee id' }) employeeId: string;
  @Field() @IsBoolean() present: boolean;
}

@InputType()
export class CompleteActivityInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(ACTIVITY_ID, { message: '$property must be an activity id' }) activityId: string;
  @Field(() => ID) @IdentifierText() @Matches(EMPLOYEE_ID_PATTERN, { message: '$property must be an employee id' }) employeeId: string;
  @Field({ description: 'Content hash of the uploaded certificate (sha256:…).' }) @IdentifierText() @IsString() @Length(10, 80) certificateHash: string;
  @Field({ description: 'Certificate number (nomorSertipikat).' }) @IdentifierText() @IsString() @Length(1, 100) certificateNumber: string;
  @Field(() => Float, { nullable: true, description: 'Documented hours (non-classical forms: converted to JP by policy).' }) @IsOptional() @IsNumber() @Min(0) @Max(2000) hours?: number | null;
  @Field() @IsLegalDate() completedOn: string;
}

@InputType()
export class VerifyCompletionInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(ACTIVITY_ID, { message: '$property must be an activity id' }) activityId: string;
  @Field(() => ID) @IdentifierText() @Matches(EMPLOYEE_ID_PATTERN, { message: '$property must be an employee id' }) employeeId: string;
}

type In = ScheduleActivityInput | EnrolParticipantInput | RecordAttendanceInput | CompleteActivityInput | VerifyCompletionInput;
export class ActivityBusCommand<I extends In> extends Command<CommandResult> {
  constructor(readonly input: I, readonly context: CommandContext) {
    super();
  }
}
export class ScheduleActivityCommand extends ActivityBusCommand<ScheduleActivityInput> {}
export class EnrolParticipantCommand extends ActivityBusCommand<EnrolParticipantInput> {}
export class RecordAttendanceCommand extends ActivityBusCommand<RecordAttendanceInput> {}
export class CompleteActivityCommand extends ActivityBusCommand<CompleteActivityInput> {}
export class VerifyCompletionCommand extends ActivityBusCommand<VerifyCompletionInput> {}

export const activityIdOf = (programId: string, code: string) => `${programId}.${code.toLowerCase()}`;

@CommandHandler(ScheduleActivityCommand)
export class ScheduleActivityHandler implements ICommandHandler<ScheduleActivityCommand> {
  constructor(private readonly training: TrainingCommands, private readonly readModels: ReadModels, private readonly agreements: PartnerAgreements) {}
  async execute({ input, context }: ScheduleActivityCommand): Promise<CommandResult> {
    const program = await this.readModels.collection<TrainingProgram & { _id: string }>(TRAINING_PROGRAMS).findById(input.programId);
    if (!program || program.instansiId !== instansiIdOf(input.unitId)) refuse(TrainingRule.PROGRAM_UNKNOWN, `Program ${input.programId} tidak ada dalam katalog instansi ini`);
    const agreement = input.agreementId ? await this.agreements.terms(input.agreementId, program.instansiId) : null;
    return this.training.scheduleActivity(
      {
        type: 'ScheduleActivity',
        activityId: activityIdOf(input.programId, input.code),
        programId: input.programId,
        instansiId: program.instansiId,
        unitId: input.unitId,
        year: input.year,
        title: input.title ?? program.title,
        route: program.route,
        form: program.form,
        jp: program.jp,
        costPerParticipant: program.costPerParticipant,
        sessions: input.sessions.map((x) => ({ sessionId: x.sessionId, date: x.date, place: x.place ?? null, online: x.online })),
        agreement,
        at: context.occurredAt,
      },
      context,
    );
  }
}
@CommandHandler(EnrolParticipantCommand)
export class EnrolParticipantHandler implements ICommandHandler<EnrolParticipantCommand> {
  constructor(private readonly training: TrainingCommands) {}
  execute({ input, context }: EnrolParticipantCommand) {
    return this.training.enrol({ activityId: input.activityId, employeeId: input.employeeId, planItemId: input.planItemId ?? null, reason: input.planItemId ? null : (input.reason ?? null) }, context);
  }
}
@CommandHandler(RecordAttendanceCommand)
export class RecordAttendanceHandler implements ICommandHandler<RecordAttendanceCommand> {
  constructor(private readonly training: TrainingCommands) {}
  execute({ input, context }: RecordAttendanceCommand) {
    return this.training.recordAttendance(input.activityId, { type: 'RecordAttendance', sessionId: input.sessionId, employeeId: input.employeeId, present: input.present, at: context.occurredAt }, context);
  }
}
@CommandHandler(CompleteActivityCommand)
export class CompleteActivityHandler implements ICommandHandler<CompleteActivityCommand> {
  constructor(private readonly training: TrainingCommands) {}
  execute({ input, context }: CompleteActivityCommand) {
    return this.training.completeActivity(
      input.activityId,
      { type: 'CompleteActivity', employeeId: input.employeeId, certificateHash: input.certificateHash, certificateNumber: input.certificateNumber, hours: input.hours ?? null, completedOn: input.completedOn, at: context.occurredAt },
      context,
    );
  }
}
@CommandHandler(VerifyCompletionCommand)
export class VerifyCompletionHandler implements ICommandHandler<VerifyCompletionCommand> {
  constructor(private readonly training: TrainingCommands) {}
  execute({ input, context }: VerifyCompletionCommand) {
    return this.training.verifyCompletion(input.activityId, input.employeeId, context);
  }
}

export class TrainingActivityQuery extends CqrsQuery<TrainingActivity | null> {
  constructor(readonly activityId: string, readonly actor: Actor) {
    super();
  }
}
@QueryHandler(TrainingActivityQuery)
export class TrainingActivityQueryHandler implements IQueryHandler<TrainingActivityQuery> {
  constructor(private readonly readModels: ReadModels, private readonly organisation: OrganisationDirectory) {}
  async execute(q: TrainingActivityQuery): Promise<TrainingActivity | null> {
    const doc = await this.readModels.collection<TrainingActivity & { _id: string }>(TRAINING_ACTIVITIES).findById(q.activityId);
    if (!doc) return null;
    if (canReadInstansi(q.actor, doc.instansiId)) return doc;
    // A participant sees the activity with only their own row; the atasan asked to assess, those rows.
    const own = ownEmployeeIds(q.actor);
    const mine: TrainingActivity['participants'] = [];
    for (const p of doc.participants) {
      const request = p.transferAssessment?.status === 'SCHEDULED' ? null : p.transferAssessment;
      if (own.includes(p.employeeId) || (request && (await mayAssess(q.actor, { atasanEmployeeId: request.atasanEmployeeId, unitId: request.unitId ?? '' }, this.organisation)))) mine.push(p);
    }
    if (mine.length > 0) return { ...doc, participants: mine };
    throw new ForbiddenError('Kegiatan ini tidak dalam cakupan Anda');
  }
}

export class JpLedgerQuery extends CqrsQuery<JpLedger> {
  constructor(readonly employeeId: string, readonly year: number, readonly actor: Actor, readonly today: string) {
    super();
  }
}
/** The ledger: the EMPLOYEE for themselves; TRAINING_ADMIN, ADMIN_BKD, AUDITOR of the employee's instansi; PEJABAT_PENILAI of a unit covering the employee's unit. */
@QueryHandler(JpLedgerQuery)
export class JpLedgerQueryHandler implements IQueryHandler<JpLedgerQuery> {
  constructor(private readonly readModels: ReadModels, private readonly employees: EmployeeDirectory, private readonly organisation: OrganisationDirectory) {}
  async execute(q: JpLedgerQuery): Promise<JpLedger> {
    const employee = await this.employees.onDate(q.employeeId, q.today);
    const own = ownEmployeeIds(q.actor).includes(q.employeeId);
    let allowed = own || (employee !== null && canReadInstansi(q.actor, employee.instansiId));
    if (!allowed && employee) for (const unit of appraiserUnits(q.actor)) if (await this.organisation.isWithin(employee.unitId, unit)) allowed = true;
    if (!allowed) throw new ForbiddenError('Catatan JP pegawai ini tidak dalam cakupan Anda');
    const doc = await this.readModels.collection<JpLedgerDoc & { _id: string }>(TRAINING_JP_LEDGER).findById(ledgerId(q.employeeId, q.year));
    const entries = doc?.entries ?? [];
    const employmentType = employee?.employmentType ?? null;
    return { employeeId: q.employeeId, year: q.year, employmentType, entries, ...summariseLedger(entries.map((e) => e.jp), employmentType) };
  }
}

const ACTIVITY_NODE = nodeView<TrainingActivity>('activity', [trainingActivitiesProjection.name], (id, actor) => new TrainingActivityQuery(id, actor));
const ActivityPayload = (name: string) => MutationPayload(name, 'activity', TrainingActivity);
const ScheduleActivityPayload = ActivityPayload('ScheduleActivityPayload');
const EnrolParticipantPayload = ActivityPayload('EnrolParticipantPayload');
const RecordAttendancePayload = ActivityPayload('RecordAttendancePayload');
const CompleteActivityPayload = ActivityPayload('CompleteActivityPayload');
const VerifyCompletionPayload = ActivityPayload('VerifyCompletionPayload');

@ArgsType()
class JpLedgerArgs {
  @Field(() => ID) @IdentifierText() @Matches(EMPLOYEE_ID_PATTERN, { message: 'employeeId must be an employee id' }) employeeId: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
}

@Resolver()
export class ActivityResolver {
  constructor(private readonly mutations: Mutations, private readonly queries: QueryBus, private readonly clock: Clock) {}

  @Mutation(() => ScheduleActivityPayload, { description: "Schedules an activity of a catalogue program (sessions, place or online), paid from an OPD's envelope. TRAINING_ADMIN of the instansi." })
  @Roles(Role.TRAINING_ADMIN)
  scheduleActivity(@Args('input') input: ScheduleActivityInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new ScheduleActivityCommand(input, c), ACTIVITY_NODE, activityIdOf(input.programId, input.code));
  }

  @Mutation(() => EnrolParticipantPayload, { description: "Enrols an employee from a plan item (or, without one, only with a `reason`) and commits the cost on the envelope; refused at the envelope or per-employee cap. TRAINING_ADMIN of the instansi." })
  @Roles(Role.TRAINING_ADMIN)
  enrolParticipant(@Args('input') input: EnrolParticipantInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new EnrolParticipantCommand(input, c), ACTIVITY_NODE, input.activityId);
  }

  @Mutation(() => RecordAttendancePayload, { description: 'Records attendance of a participant at one session. TRAINING_ADMIN of the instansi.' })
  @Roles(Role.TRAINING_ADMIN)
  recordAttendance(@Args('input') input: RecordAttendanceInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new RecordAttendanceCommand(input, c), ACTIVITY_NODE, input.activityId);
  }

  @Mutation(() => CompleteActivityPayload, { description: 'Declares a participant complete with certificate evidence (attachment content hash); it counts only once verified. The participant (EMPLOYEE) or TRAINING_ADMIN of the instansi.' })
  @Roles(Role.TRAINING_ADMIN, Role.EMPLOYEE)
  completeActivity(@Args('input') input: CompleteActivityInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new CompleteActivityCommand(input, c), ACTIVITY_NODE, input.activityId);
  }

  @Mutation(() => VerifyCompletionPayload, { description: "Verifies a completion: its JP enter the employee's ledger and the commitment is realised. TRAINING_ADMIN of the instansi (not the participant)." })
  @Roles(Role.TRAINING_ADMIN)
  verifyCompletion(@Args('input') input: VerifyCompletionInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new VerifyCompletionCommand(input, c), ACTIVITY_NODE, input.activityId);
  }

  @Query(() => TrainingActivity, { nullable: true, description: 'One activity. TRAINING_ADMIN, ADMIN_BKD, AUDITOR of the instansi; a participant sees only their own row.' })
  @Roles(Role.TRAINING_ADMIN, Role.ADMIN_BKD, Role.AUDITOR, Role.EMPLOYEE)
  trainingActivity(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor): Promise<TrainingActivity | null> {
    return this.queries.execute(new TrainingActivityQuery(id, actor));
  }

  @Query(() => JpLedger, { description: "An employee's 20-JP ledger for a calendar year: verified JP, TERPENUHI or BELUM with the shortfall, PPPK cap warning. The EMPLOYEE; TRAINING_ADMIN, ADMIN_BKD, AUDITOR of the instansi; PEJABAT_PENILAI of the employee's unit." })
  @Roles(Role.EMPLOYEE, Role.TRAINING_ADMIN, Role.ADMIN_BKD, Role.AUDITOR, Role.PEJABAT_PENILAI)
  jpLedger(@Args() args: JpLedgerArgs, @CurrentActor() actor: Actor): Promise<JpLedger> {
    return this.queries.execute(new JpLedgerQuery(args.employeeId, args.year, actor, this.clock.now().toISOString().slice(0, 10)));
  }
}

export const activityProviders = [
  ScheduleActivityHandler,
  EnrolParticipantHandler,
  RecordAttendanceHandler,
  CompleteActivityHandler,
  VerifyCompletionHandler,
  TrainingActivityQueryHandler,
  JpLedgerQueryHandler,
  ActivityResolver,
];

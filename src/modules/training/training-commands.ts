import { Injectable } from '@nestjs/common';
import { childContext, CommandContext, CommandExecutor, CommandResult } from '@kernel/command-handling';
import { DomainRuleViolation, ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { refuse } from '@kernel/rules';
import { instansiIdOf, OrganisationDirectory } from '../organisation';
import { EmployeeDirectory } from '../personnel';
import { appraiserUnits, assertTrainingAdmin } from './access/training-access';
import { CommitBudget, envelopeDecider, EnvelopeState, PlanTraining, RealiseBudget, SetEnvelope } from './budget/envelope.decider';
import { envelopeStream, GapReference } from './budget/envelope.events';
import { programDecider, PublishProgram } from './catalogue/program.decider';
import { programStream } from './catalogue/program.events';
import { ActivityRule, TrainingRule } from './training.rules';
import { ReadModels } from '@infrastructure/projections/read-models';
import { TRAINING_NEEDS, TrainingNeed } from './needs/training-needs';
import { activityDecider, ActivityState, CompleteActivity, enrolProblems, RecordAttendance, ScheduleActivity } from './activity/activity.decider';
import { activityStream } from './activity/activity.events';
import { refuseIfAny } from '@kernel/rules';
import { deriveId } from '@kernel/ids';
import { ownEmployeeIds } from './access/training-access';
import { LegalBasis } from '../shared';
import { Role } from '@infrastructure/auth/roles';
import { coversInstansi } from '../shared';
import { Deadlines } from '@infrastructure/scheduling';
import { transferAssessmentDeadline } from './evaluation/evaluation.deadline';
import { CompetencyService } from './competency/competency.graphql';
import { CompetencyRule } from './training.rules';

/**
 * Every training write, after the resolver validated its input: finds the stream, checks the actor on
 * the loaded state (scope depends on data), and runs the one command path. The envelope of an OPD and
 * year is one stream, so every reservation and commitment against it is decided on the latest state
 * and a lost race is re-read and re-decided (committed ≤ envelope under concurrency).
 */
@Injectable()
export class TrainingCommands {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly organisation: OrganisationDirectory,
    private readonly employees: EmployeeDirectory,
    private readonly readModels: ReadModels,
    private readonly deadlines: Deadlines,
    private readonly competency: CompetencyService,
  ) {}

  publishProgram(command: PublishProgram, context: CommandContext): Promise<CommandResult> {
    return this.executor.execute(programDecider, programStream(command.programId), command, context, {
      authorize: (_state, actor) => assertTrainingAdmin(actor, command.instansiId, 'Menerbitkan program'),
    });
  }

  async setEnvelope(command: SetEnvelope, context: CommandContext): Promise<CommandResult> {
    assertTrainingAdmin(context.actor, command.instansiId, 'Menetapkan pagu');
    await this.requireOpd(command.unitId);
    return this.executor.execute(envelopeDecider, envelopeStream(command.unitId, command.year), command, context, {
      authorize: (_state, actor) => assertTrainingAdmin(actor, command.instansiId, 'Menetapkan pagu'),
    });
  }

  /** A plan item: the employee must serve (on the planning day) in a unit within the envelope's OPD. */
  async planTraining(
    fields: { unitId: string; year: number; planItemId: string; employeeId: string; programId: string; gap: GapReference; programCost: number },
    context: CommandContext,
  ): Promise<CommandResult> {
    const onDate = context.occurredAt.slice(0, 10);
    const employee = await this.employees.onDate(fields.employeeId, onDate);
    const instansiId = instansiIdOf(fields.unitId);
    const within = employee !== null && employee.status === 'AKTIF' && (await this.organisation.isWithin(employee.unitId, fields.unitId));
    await this.authorisePlanner(context.actor, instansiId, employee?.unitId ?? null);
    if (!within) refuse(TrainingRule.EMPLOYEE_NOT_IN_UNIT, `Pegawai ${fields.employeeId} tidak aktif di OPD ${fields.unitId}`);
    if (fields.gap.kind === 'COMPETENCY') {
      // PP 11/2017 ps. 206: a competency gap is the employee's profile below their jabatan's standard.
      const { gaps } = await this.competency.analysis(fields.employeeId, onDate);
      const named = fields.gap.reference.trim().toLowerCase();
      if (!gaps.some((g) => g.name.trim().toLowerCase() === named)) {
        refuse(CompetencyRule.NOT_A_GAP, `${fields.gap.reference} bukan kesenjangan kompetensi pegawai ini (profil di bawah standar jabatan)`);
      }
    }
    if (fields.gap.kind === 'PERFORMANCE') {
      // A performance gap is one the performance module published for this employee (the needs analysis).
      const need = await this.readModels.collection<TrainingNeed & { _id: string }>(TRAINING_NEEDS).findById(fields.gap.reference);
      if (!need || need.employeeId !== fields.employeeId) refuse(TrainingRule.GAP_UNKNOWN, `Kesenjangan kinerja ${fields.gap.reference} tidak tercatat untuk pegawai ini`);
    }
    const command: PlanTraining = { type: 'PlanTraining', planItemId: fields.planItemId, employeeId: fields.employeeId, programId: fields.programId, gap: fields.gap, amount: fields.programCost, at: context.occurredAt };
    return this.executor.execute(envelopeDecider, envelopeStream(fields.unitId, fields.year), command, context, {
      // The planner was authorised on the employee's unit just above; the envelope must be that instansi's.
      authorize: (state) => {
        if (state.set && state.instansiId !== instansiId) throw new ForbiddenError('Pagu milik instansi lain');
      },
    });
  }

  commit(unitId: string, year: number, command: CommitBudget, context: CommandContext): Promise<CommandResult> {
    return this.onEnvelope(unitId, year, command, context, 'Mengikat anggaran');
  }

  realise(unitId: string, year: number, command: RealiseBudget, context: CommandContext): Promise<CommandResult> {
    return this.onEnvelope(unitId, year, command, context, 'Merealisasikan anggaran');
  }

  /**
   * Moves money between two OPD envelopes of one year, both with the same legal basis: the source is
   * decided first (what is free there), then the target receives it under the same command id, so a
   * repeat of the request is a duplicate on both streams.
   */
  async reallocate(
    fields: { fromUnitId: string; toUnitId: string; year: number; amount: number; legalBasis: LegalBasis; reallocationId: string },
    context: CommandContext,
  ): Promise<CommandResult> {
    const instansiId = instansiIdOf(fields.fromUnitId);
    assertTrainingAdmin(context.actor, instansiId, 'Menggeser anggaran');
    if (instansiIdOf(fields.toUnitId) !== instansiId) throw new ForbiddenError('Pergeseran hanya antar-OPD dalam satu instansi');
    const target = await this.executor.load(envelopeDecider, envelopeStream(fields.toUnitId, fields.year));
    if (!target.state.set) refuse(TrainingRule.ENVELOPE_NOT_SET, `Pagu ${fields.toUnitId} tahun ${fields.year} belum ditetapkan`);
    const { reallocationId, amount, legalBasis } = fields;
    const at = context.occurredAt;
    await this.executor.execute(envelopeDecider, envelopeStream(fields.fromUnitId, fields.year), { type: 'ReallocateOut', reallocationId, toUnitId: fields.toUnitId, amount, legalBasis, at }, context, {
      authorize: (state, actor) => this.assertEnvelopeAdmin(state, actor, 'Menggeser anggaran'),
    });
    return this.executor.execute(envelopeDecider, envelopeStream(fields.toUnitId, fields.year), { type: 'ReallocateIn', reallocationId, fromUnitId: fields.fromUnitId, amount, legalBasis, at }, childContext(context, 'training.reallocate-in'), {
      authorize: (state, actor) => this.assertEnvelopeAdmin(state, actor, 'Menggeser anggaran'),
    });
  }

  async scheduleActivity(command: ScheduleActivity, context: CommandContext): Promise<CommandResult> {
    assertTrainingAdmin(context.actor, command.instansiId, 'Menjadwalkan kegiatan');
    const envelope = await this.executor.load(envelopeDecider, envelopeStream(command.unitId, command.year));
    if (!envelope.state.set) refuse(TrainingRule.ENVELOPE_NOT_SET, `Pagu ${command.unitId} tahun ${command.year} belum ditetapkan`);
    return this.executor.execute(activityDecider, activityStream(command.activityId), command, context, {
      authorize: (_state, actor) => assertTrainingAdmin(actor, command.instansiId, 'Menjadwalkan kegiatan'),
    });
  }

  /**
   * Enrolment commits the participant's cost on the paying OPD's envelope first (the invariant is the
   * envelope's), then records the participant on the activity; both under the same command id, with a
   * commitment id derived from activity and employee, so a repeat is a duplicate on both streams.
   */
  async enrol(fields: { activityId: string; employeeId: string; planItemId: string | null; reason: string | null }, context: CommandContext): Promise<CommandResult> {
    const loaded = await this.executor.load(activityDecider, activityStream(fields.activityId));
    const activity = this.requireActivity(loaded.state, context.actor, 'Mendaftarkan peserta');
    const commitmentId = deriveId('training.enrolment', fields.activityId, fields.employeeId);
    const enrolment = { type: 'EnrolParticipant' as const, employeeId: fields.employeeId, planItemId: fields.planItemId, reason: fields.reason, commitmentId, at: context.occurredAt };
    if (loaded.state.participants[fields.employeeId]?.commitmentId !== commitmentId) refuseIfAny(enrolProblems(enrolment, loaded.state));
    const employee = await this.employees.onDate(fields.employeeId, context.occurredAt.slice(0, 10));
    if (!employee || employee.status !== 'AKTIF' || employee.instansiId !== activity.instansiId) refuse(TrainingRule.EMPLOYEE_NOT_IN_UNIT, `Pegawai ${fields.employeeId} tidak aktif di ${activity.instansiId}`);
    await this.executor.execute(
      envelopeDecider,
      envelopeStream(activity.unitId, activity.year),
      { type: 'CommitBudget', commitmentId, employeeId: fields.employeeId, planItemId: fields.planItemId, amount: activity.costPerParticipant, reason: fields.reason, at: context.occurredAt },
      context,
      { authorize: (state, actor) => this.assertEnvelopeAdmin(state, actor, 'Mendaftarkan peserta', activity.instansiId) },
    );
    return this.executor.execute(activityDecider, activityStream(fields.activityId), enrolment, childContext(context, 'training.enrol-participant'), {
      authorize: (state, actor) => void this.requireActivity(state, actor, 'Mendaftarkan peserta'),
    });
  }

  recordAttendance(activityId: string, command: RecordAttendance, context: CommandContext): Promise<CommandResult> {
    return this.executor.execute(activityDecider, activityStream(activityId), command, context, {
      authorize: (state, actor) => void this.requireActivity(state, actor, 'Mencatat kehadiran'),
    });
  }

  /** The participant submits their own completion with the certificate, or TRAINING_ADMIN does for them. */
  completeActivity(activityId: string, command: CompleteActivity, context: CommandContext): Promise<CommandResult> {
    return this.executor.execute(activityDecider, activityStream(activityId), command, context, {
      authorize: (state, actor) => {
        if (ownEmployeeIds(actor).includes(command.employeeId) && state.scheduled) return;
        this.requireActivity(state, actor, 'Menyatakan selesai');
      },
    });
  }

  /**
   * Verification by TRAINING_ADMIN (only verified completions count), then the commitment is realised
   * and the atasan's assessment of use at work is scheduled three months after completion. Each step
   * is idempotent under the command id, so a retried request completes whatever a crash left undone.
   */
  async verifyCompletion(activityId: string, employeeId: string, context: CommandContext): Promise<CommandResult> {
    const result = await this.executor.execute(activityDecider, activityStream(activityId), { type: 'VerifyCompletion', employeeId, verifiedBy: context.actor.id, at: context.occurredAt }, context, {
      authorize: (state, actor) => void this.requireActivity(state, actor, 'Memverifikasi penyelesaian'),
    });
    const state = result.state as ActivityState;
    const activity = state.scheduled!;
    const commitmentId = state.participants[employeeId].commitmentId;
    await this.executor.execute(
      envelopeDecider,
      envelopeStream(activity.unitId, activity.year),
      (envelope: EnvelopeState) => ({ type: 'RealiseBudget' as const, commitmentId, amount: envelope.commitments[commitmentId]?.amount ?? 0, at: context.occurredAt }),
      childContext(context, 'training.realise'),
      { authorize: (s, actor) => this.assertEnvelopeAdmin(s, actor, 'Merealisasikan anggaran', activity.instansiId) },
    );
    await this.deadlines.schedule(transferAssessmentDeadline(activityId, employeeId, state.participants[employeeId].completed!.completedOn), childContext(context, 'training.transfer-assessment'));
    return result;
  }

  private requireActivity(state: ActivityState, actor: Actor, what: string): ScheduleActivity {
    if (!state.scheduled) {
      if (actor.roles.some((g) => g.unit === '*')) refuse(ActivityRule.ACTIVITY_UNKNOWN, 'Kegiatan tidak ada');
      throw new ForbiddenError(`${what}: kegiatan tidak dalam cakupan Anda`);
    }
    assertTrainingAdmin(actor, state.scheduled.instansiId, what);
    return state.scheduled;
  }

  private onEnvelope(unitId: string, year: number, command: CommitBudget | RealiseBudget, context: CommandContext, what: string): Promise<CommandResult> {
    const instansiId = instansiIdOf(unitId);
    assertTrainingAdmin(context.actor, instansiId, what);
    return this.executor.execute(envelopeDecider, envelopeStream(unitId, year), command, context, {
      authorize: (state, actor) => this.assertEnvelopeAdmin(state, actor, what, instansiId),
    });
  }

  private assertEnvelopeAdmin(state: EnvelopeState, actor: Actor, what: string, fallback?: string): void {
    assertTrainingAdmin(actor, state.instansiId ?? fallback ?? '', what);
  }

  private async requireOpd(unitId: string): Promise<void> {
    const unit = await this.organisation.unit(unitId);
    if (!unit || unit.status !== 'ACTIVE' || unit.parentUnitId !== null) {
      throw new DomainRuleViolation(TrainingRule.UNIT_UNKNOWN, `${unitId} bukan OPD aktif (unit kerja tingkat teratas)`);
    }
  }

  private async authorisePlanner(actor: Actor, instansiId: string, employeeUnitId: string | null): Promise<void> {
    if (coversInstansi(actor, Role.TRAINING_ADMIN, instansiId)) return;
    for (const unit of appraiserUnits(actor)) if (employeeUnitId && (await this.organisation.isWithin(employeeUnitId, unit))) return;
    throw new ForbiddenError('Menyusun rencana pengembangan: memerlukan TRAINING_ADMIN instansi atau PEJABAT_PENILAI unit pegawai');
  }

}

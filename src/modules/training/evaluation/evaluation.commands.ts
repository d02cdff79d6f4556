import { Injectable } from '@nestjs/common';
import { Role } from '@infrastructure/auth/roles';
import { CommandContext, CommandExecutor, CommandResult } from '@kernel/command-handling';
import { ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { OrganisationDirectory } from '../../organisation';
import { AppraiserLookup, EmployeeDirectory } from '../../personnel';
import { appraiserUnits, ownEmployeeIds } from '../access/training-access';
import { activityDecider, ActivityState } from '../activity/activity.decider';
import { activityStream, ReactionRatings } from '../activity/activity.events';

/** The system acting for the instansi's development team when a deadline asks the atasan. */
const evaluationActor = (instansiId: string, onBehalfOf: string): Actor => ({ id: 'system:training', roles: [{ role: Role.TRAINING_ADMIN, unit: instansiId }], onBehalfOf });

/**
 * May `actor` give the atasan's assessment for a request? The atasan named in it (a PEJABAT_PENILAI
 * grant, sub = their employee id); when the position was vacant on the due day, a PEJABAT_PENILAI
 * whose unit covers the participant's unit.
 */
export async function mayAssess(actor: Actor, request: { atasanEmployeeId: string | null; unitId: string }, organisation: OrganisationDirectory): Promise<boolean> {
  const units = appraiserUnits(actor);
  if (units.length === 0) return false;
  if (request.atasanEmployeeId !== null) return request.atasanEmployeeId === actor.id;
  for (const unit of units) if (await organisation.isWithin(request.unitId, unit)) return true;
  return false;
}

/** Evaluation writes on the activity stream: the reaction survey, the deadline's request, the atasan's assessment. */
@Injectable()
export class EvaluationCommands {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly organisation: OrganisationDirectory,
    private readonly employees: EmployeeDirectory,
    private readonly appraisers: AppraiserLookup,
  ) {}

  /** Only the participant answers their own survey. */
  submitSurvey(activityId: string, fields: { employeeId: string; ratings: ReactionRatings; comment: string | null }, context: CommandContext): Promise<CommandResult> {
    return this.executor.execute(activityDecider, activityStream(activityId), { type: 'SubmitReactionSurvey', ...fields, at: context.occurredAt }, context, {
      authorize: (state: ActivityState, actor) => {
        if (!state.scheduled || !ownEmployeeIds(actor).includes(fields.employeeId)) throw new ForbiddenError('Survei reaksi diisi oleh peserta sendiri');
      },
    });
  }

  /**
   * The deadline fired (three months after completion): resolve the participant's atasan — their
   * pejabat penilai on the due day, from the organisation's rules (Plt/Plh aware) — and record the
   * request. The context's ids derive from the deadline, so a repeated dispatch writes nothing.
   */
  async requestAssessment(activityId: string, employeeId: string, dispatch: CommandContext): Promise<CommandResult> {
    const onDate = dispatch.occurredAt.slice(0, 10);
    const loaded = await this.executor.load(activityDecider, activityStream(activityId));
    const instansiId = loaded.state.scheduled?.instansiId ?? '';
    const employee = await this.employees.onDate(employeeId, onDate);
    let atasan: { employeeId: string | null; positionId: string | null } = { employeeId: null, positionId: null };
    if (employee) {
      const { pejabatPenilai } = await this.appraisers.appraisersOf({ employeeId, positionId: employee.positionId }, onDate);
      if (!('unresolved' in pejabatPenilai) && !pejabatPenilai.kepalaDaerah) atasan = { employeeId: pejabatPenilai.employeeId, positionId: pejabatPenilai.positionId };
    }
    const context = { ...dispatch, actor: evaluationActor(instansiId, dispatch.actor.id) };
    return this.executor.execute(
      activityDecider,
      activityStream(activityId),
      { type: 'RequestTransferAssessment', employeeId, unitId: employee?.unitId ?? loaded.state.scheduled?.unitId ?? '', atasanEmployeeId: atasan.employeeId, atasanPositionId: atasan.positionId, at: context.occurredAt },
      context,
    );
  }

  /** The atasan's assessment of use at work; the decider checks it is the atasan named and that it is due. */
  submitAssessment(activityId: string, fields: { employeeId: string; score: number; applied: boolean; description: string }, context: CommandContext): Promise<CommandResult> {
    return this.executor.execute(activityDecider, activityStream(activityId), { type: 'SubmitTransferAssessment', ...fields, assessorId: context.actor.id, at: context.occurredAt }, context, {
      authorize: async (state: ActivityState, actor) => {
        const request = state.participants[fields.employeeId]?.transfer;
        if (!state.scheduled || appraiserUnits(actor).length === 0) throw new ForbiddenError('Penilaian pemanfaatan diisi oleh atasan peserta (PEJABAT_PENILAI)');
        // Before the request, the decider says it is not due; once requested, only the atasan may answer.
        if (request && !(await mayAssess(actor, { atasanEmployeeId: request.atasanEmployeeId, unitId: request.unitId }, this.organisation))) {
          throw new ForbiddenError('Penilaian pemanfaatan diisi oleh atasan peserta');
        }
      },
    });
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandContextFactory } from '../../../kernel/command-context';
import { AppError, ServiceUnavailableError } from '../../../kernel/errors';
import { Actor, RecordedEvent } from '../../../kernel/events';
import { Projection, ProjectionWriter } from '../../../infrastructure/projections/projection';
import { Role } from '../../../infrastructure/auth/roles';
import { EMPLOYEE_REGISTRAR, EmployeeRegistrar, EmployeeRegistration } from './employee-registrar.port';
import { APPOINTMENT_OUTCOMES, AppointmentOutcome, AppointmentOutcomeSchema } from './read-models/appointment-outcomes/appointment-outcome.schema';
import { ApplicantAppointed } from './selection-round/selection-round.events';

/** Purpose of the reaction: with the event id it fixes the command id, so a replay registers nothing twice. */
export const APPOINTMENT_REACTION = 'recruitment.appoint';

/**
 * Process manager: an appointment (ApplicantAppointed) registers the CPNS in the employee record.
 * It runs in the projection runner, so it is checkpointed and resumes after a restart. The command id
 * derives from the event (CommandContextFactory.causedBy): a replay or rebuild re-sends the same
 * command, which the employee stream recognises and ignores — and a rebuild retries earlier refusals.
 * A refusal (any application error) is recorded in `appointment_outcomes` and the consumer moves on;
 * an unavailable store is thrown so the runner retries; anything else stops it visibly (systemStatus).
 */
@Injectable()
export class AppointmentProcessManager implements Projection {
  private readonly logger = new Logger(AppointmentProcessManager.name);
  readonly name = 'recruitment-appointments';
  readonly version = 1;
  readonly collections = [{ name: APPOINTMENT_OUTCOMES, schema: AppointmentOutcomeSchema }];
  readonly handles = ['personnel.ApplicantAppointed'];

  constructor(
    @Inject(EMPLOYEE_REGISTRAR) private readonly registrar: EmployeeRegistrar,
    private readonly contexts: CommandContextFactory,
  ) {}

  async apply(event: RecordedEvent, writer: ProjectionWriter): Promise<void> {
    const data = event.data as ApplicantAppointed['data'];
    const existing = await writer.findById<AppointmentOutcome>(APPOINTMENT_OUTCOMES, data.applicantId);
    if (existing?.eventId === event.eventId && existing.status === 'REGISTERED') return;
    const context = this.contexts.causedBy(event, recruitmentActor(data.instansiId, event.actor), APPOINTMENT_REACTION);
    const outcome = await this.register(registrationOf(data), context);
    await writer.upsert(APPOINTMENT_OUTCOMES, data.applicantId, {
      $set: { roundId: data.roundId, employeeId: data.employeeId, eventId: event.eventId, ...outcome },
    });
  }

  private async register(registration: EmployeeRegistration, context: Parameters<EmployeeRegistrar['register']>[1]) {
    try {
      await this.registrar.register(registration, context);
      return { status: 'REGISTERED' as const, rule: null, message: null };
    } catch (error) {
      if (!(error instanceof AppError) || error instanceof ServiceUnavailableError) throw error;
      this.logger.warn(`Employee registration for ${registration.employeeId} refused: ${error.message}`);
      return { status: 'FAILED' as const, rule: 'rule' in error ? String(error.rule) : error.code, message: error.message };
    }
  }
}

/**
 * The system acts as the instansi's BKD, on behalf of the person who appointed (kept in the event
 * metadata of the employee record for auditors).
 */
export function recruitmentActor(instansiId: string, appointedBy: Actor): Actor {
  return { id: 'system:recruitment', roles: [{ role: Role.ADMIN_BKD, unit: instansiId }], onBehalfOf: appointedBy.id };
}

function registrationOf(d: ApplicantAppointed['data']): EmployeeRegistration {
  return {
    employeeId: d.employeeId,
    employmentType: d.employmentType,
    nip: d.nip,
    name: d.name,
    birthDate: d.birthDate,
    sex: d.sex,
    tmtCpns: d.tmtCpns,
    golongan: d.golongan,
    educationLevel: d.educationLevel,
    unitId: d.unitId,
    positionId: d.positionId,
  };
}

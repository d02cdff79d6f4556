import { Logger } from '@nestjs/common';
import { AppError, ServiceUnavailableError } from '@kernel/errors';
import { CommandContext } from '@kernel/command-handling';
import { Actor } from '@kernel/events';
import { defineReaction, Reaction } from '@infrastructure/projections/reaction';
import { Role } from '@infrastructure/auth/roles';
import { EmployeeRegistrar, EmployeeRegistration } from './employee-registrar.port';
import { APPOINTMENT_OUTCOMES, AppointmentOutcomeSchema } from './read-models/appointment-outcomes/appointment-outcome.schema';
import { ApplicantAppointed, AppointmentRegistrationRetried } from './domain/selection-round.events';
import { DEFAULT_MAX_AGE_AT_APPOINTMENT } from '@modules/shared/nip';

/** The reaction's name: it names its checkpoint and enters the command id it derives from each event. */
export const APPOINTMENT_REACTION = 'recruitment-appointments';
/** Nest token of the reaction (built from the EmployeeRegistrar). */
export const APPOINTMENTS_REACTION = Symbol('APPOINTMENTS_REACTION');

const logger = new Logger('AppointmentReaction');

/**
 * Process manager: an appointment (ApplicantAppointed) registers the CPNS in the employee record.
 * A reaction on the runner: checkpointed, resumed after a restart, never rebuilt. The command id
 * derives from the event and the reaction name, so an event repeated after a crash re-sends the same
 * command, which the employee stream recognises and ignores. A refusal (any application error) is
 * recorded in `appointment_outcomes` and the reaction moves on; an unavailable store is thrown so the
 * runner retries; anything else stops it visibly (systemStatus).
 */
export function appointmentReaction(registrar: EmployeeRegistrar): Reaction {
  return defineReaction<ApplicantAppointed | AppointmentRegistrationRetried>({
    name: APPOINTMENT_REACTION,
    // A retry (after a correction) is answered like the appointment, under its own command id.
    canHandle: ['personnel.ApplicantAppointed', 'personnel.AppointmentRegistrationRetried'],
    collections: [{ name: APPOINTMENT_OUTCOMES, schema: AppointmentOutcomeSchema }],
    async react(event, { writer, commandContext }) {
      const data = event.type === 'personnel.AppointmentRegistrationRetried' ? event.data.appointment : event.data;
      const outcome = await register(registrar, registrationOf(data), commandContext(recruitmentActor(data.instansiId, event.actor)));
      await writer.upsert(APPOINTMENT_OUTCOMES, data.applicantId, {
        $set: { roundId: data.roundId, employeeId: data.employeeId, eventId: event.eventId, ...outcome },
      });
    },
  });
}

async function register(registrar: EmployeeRegistrar, registration: EmployeeRegistration, context: CommandContext) {
  try {
    await registrar.register(registration, context);
    return { status: 'REGISTERED' as const, rule: null, message: null };
  } catch (error) {
    if (!(error instanceof AppError) || error instanceof ServiceUnavailableError) throw error;
    logger.warn(`Employee registration for ${registration.employeeId} refused: ${error.message}`);
    return { status: 'FAILED' as const, rule: 'rule' in error ? String(error.rule) : error.code, message: error.message };
  }
}

/**
 * The system acts as the instansi's BKD, on behalf of the person who appointed (kept in the event
 * metadata of the employee record for auditors).
 */
export function recruitmentActor(instansiId: string, appointedBy: Actor): Actor {
  return { id: 'system:recruitment', roles: [{ role: Role.ADMIN_BKD, unit: instansiId }], onBehalfOf: appointedBy.id };
}

export function registrationOf(d: ApplicantAppointed['data']): EmployeeRegistration {
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
    maxAgeAtAppointment: d.maxAgeAtAppointment ?? DEFAULT_MAX_AGE_AT_APPOINTMENT,
  };
}

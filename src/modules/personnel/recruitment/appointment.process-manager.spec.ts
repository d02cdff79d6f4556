import { reactTo } from '@infrastructure/projections/testing/projection-spec';
import { causedBy } from '@kernel/command-context';
import { CommandContext } from '@kernel/command-handling';
import { ConflictError, DomainRuleViolation, ServiceUnavailableError } from '@kernel/errors';
import { APPOINTMENT_REACTION, appointmentReaction } from './appointment.process-manager';
import { EmployeeRegistered, EmployeeRegistrar, EmployeeRegistration } from './employee-registrar.port';
import { APPOINTMENT_OUTCOMES, AppointmentOutcome } from './read-models/appointment-outcomes/appointment-outcome.schema';
import { appointApplicant, announcedRound } from './domain/testing/selection-round.fixtures';
import { recordedHistory } from './domain/testing/recorded-history';

/** Behaves like the employee command path: a repeated command id writes nothing. */
class FakeEmployeeRegistrar implements EmployeeRegistrar {
  readonly registered = new Map<string, { registration: EmployeeRegistration; context: CommandContext }>();
  refusal?: Error;

  async register(registration: EmployeeRegistration, context: CommandContext): Promise<EmployeeRegistered> {
    if (this.refusal) throw this.refusal;
    const duplicate = [...this.registered.values()].some((r) => r.context.commandId === context.commandId);
    if (!duplicate) this.registered.set(registration.employeeId, { registration, context });
    return { employeeId: registration.employeeId, duplicate };
  }

  async check(): Promise<void> {
    if (this.refusal) throw this.refusal;
  }
}

function appointedEvent() {
  const events = recordedHistory(announcedRound(appointApplicant(1)));
  const event = events.find((e) => e.type === 'personnel.ApplicantAppointed')!;
  return { ...event, actor: { id: 'bkd-officer-7', roles: [{ role: 'ADMIN_BKD', unit: 'kota-medan' }] } };
}

describe('Appointment process manager', () => {
  it('registers the appointed applicant as a PNS employee in the formasi’s unit and position', async () => {
    const registrar = new FakeEmployeeRegistrar();
    const event = appointedEvent();
    const store = await reactTo(appointmentReaction(registrar), [event]);

    expect(registrar.registered.size).toBe(1);
    const { registration, context } = registrar.registered.get('employee-A1')!;
    expect(registration).toEqual({
      employeeId: 'employee-A1',
      employmentType: 'PNS',
      nip: '199805172025031001',
      name: 'Pelamar Nomor 1',
      birthDate: '1998-05-17',
      sex: 'MALE',
      tmtCpns: '2025-03-01',
      golongan: 'III_A',
      educationLevel: 'S1',
      unitId: 'unit-F1',
      positionId: 'pos-F1',
      maxAgeAtAppointment: 36,
    });
    expect(context).toEqual(causedBy(event, context.actor, APPOINTMENT_REACTION));
    expect(context.causationId).toBe(event.eventId);
    expect(context.occurredAt).toBe(event.occurredAt);
    expect(context.actor).toEqual({ id: 'system:recruitment', roles: [{ role: 'ADMIN_BKD', unit: 'kota-medan' }], onBehalfOf: 'bkd-officer-7' });
    expect(await store.collection<AppointmentOutcome>(APPOINTMENT_OUTCOMES).findById('A1')).toMatchObject({
      roundId: 'R1',
      employeeId: 'employee-A1',
      status: 'REGISTERED',
      rule: null,
      eventId: event.eventId,
    });
  });

  it('sends the same command id when an event is delivered again (after a crash), so the employee is registered once', async () => {
    const registrar = new FakeEmployeeRegistrar();
    const event = appointedEvent();
    const first = await reactTo(appointmentReaction(registrar), [event]);
    const firstId = registrar.registered.get('employee-A1')!.context.commandId;
    await reactTo(appointmentReaction(registrar), [event], first.store);
    expect(registrar.registered.size).toBe(1);
    expect(causedBy(event, { id: 'x', roles: [] }, APPOINTMENT_REACTION).commandId).toBe(firstId);
  });

  it('records a domain refusal as a failed outcome and keeps consuming', async () => {
    const registrar = new FakeEmployeeRegistrar();
    registrar.refusal = new DomainRuleViolation('PERSONNEL.NIP_ALREADY_REGISTERED', 'NIP 199805172025031001 is already registered');
    const store = await reactTo(appointmentReaction(registrar), [appointedEvent()]);
    expect(await store.collection<AppointmentOutcome>(APPOINTMENT_OUTCOMES).findById('A1')).toMatchObject({
      status: 'FAILED',
      rule: 'PERSONNEL.NIP_ALREADY_REGISTERED',
      message: 'NIP 199805172025031001 is already registered',
    });
  });

  it('answers a retry after a correction under its own command id, and records the new outcome', async () => {
    const registrar = new FakeEmployeeRegistrar();
    registrar.refusal = new DomainRuleViolation('PERSONNEL.POSITION_FULL', 'Jabatan sudah terisi penuh');
    const appointed = appointedEvent();
    const store = await reactTo(appointmentReaction(registrar), [appointed]);
    expect(await store.collection<AppointmentOutcome>(APPOINTMENT_OUTCOMES).findById('A1')).toMatchObject({ status: 'FAILED', rule: 'PERSONNEL.POSITION_FULL' });

    registrar.refusal = undefined; // the seat was freed
    const retried: typeof appointed = {
      ...appointed,
      eventId: 'retry-event-1',
      position: appointed.position + 1,
      revision: appointed.revision + 1,
      type: 'personnel.AppointmentRegistrationRetried' as never,
      data: { roundId: 'R1', applicantId: 'A1', employeeId: 'employee-A1', appointment: appointed.data, requestedAt: appointed.occurredAt } as never,
    };
    await reactTo(appointmentReaction(registrar), [retried], store.store);
    const { registration, context } = registrar.registered.get('employee-A1')!;
    expect(registration).toMatchObject({ employeeId: 'employee-A1', nip: appointed.data.nip });
    expect(context.causationId).toBe('retry-event-1');
    expect(await store.collection<AppointmentOutcome>(APPOINTMENT_OUTCOMES).findById('A1')).toMatchObject({ status: 'REGISTERED', eventId: 'retry-event-1' });
  });

  it('records other application errors by their code', async () => {
    const registrar = new FakeEmployeeRegistrar();
    registrar.refusal = new ConflictError('employee stream busy');
    const store = await reactTo(appointmentReaction(registrar), [appointedEvent()]);
    expect(await store.collection<AppointmentOutcome>(APPOINTMENT_OUTCOMES).findById('A1')).toMatchObject({ status: 'FAILED', rule: 'CONFLICT' });
  });

  it('throws when the store is unavailable (the runner retries) and on unexpected errors (the runner stops, visibly)', async () => {
    const registrar = new FakeEmployeeRegistrar();
    const manager = appointmentReaction(registrar);
    registrar.refusal = new ServiceUnavailableError('event store down');
    await expect(reactTo(manager, [appointedEvent()])).rejects.toBeInstanceOf(ServiceUnavailableError);
    registrar.refusal = new TypeError('no handler for RegisterEmployeeCommand');
    await expect(reactTo(manager, [appointedEvent()])).rejects.toBeInstanceOf(TypeError);
  });
});

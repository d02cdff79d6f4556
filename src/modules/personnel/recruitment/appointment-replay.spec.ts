import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedDocumentStore } from '@infrastructure/document-store/embedded/embedded-document-store';
import { SqliteEventStore } from '@infrastructure/event-store/sqlite/sqlite-event-store';
import { ProjectionRunner } from '@infrastructure/projections/projection-runner';
import { CommandContext } from '@kernel/command-handling';
import { eventRegistry } from '@kernel/event-registry';
import { appointmentReaction } from './appointment.process-manager';
import { EmployeeRegistered, EmployeeRegistrar, EmployeeRegistration } from './employee-registrar.port';
import { appointApplicant, announcedRound } from './domain/testing/selection-round.fixtures';

/** Counts every registration it is asked for, repeated command ids included. */
class CountingRegistrar implements EmployeeRegistrar {
  readonly calls: CommandContext[] = [];
  async register(_registration: EmployeeRegistration, context: CommandContext): Promise<EmployeeRegistered> {
    const duplicate = this.calls.some((c) => c.commandId === context.commandId);
    this.calls.push(context);
    return { employeeId: 'employee-A1', duplicate };
  }

  async check(): Promise<void> {}
}

describe('recruitment-appointments on the runner', () => {
  let dir: string;
  let events: SqliteEventStore;
  let docs: EmbeddedDocumentStore;
  let runner: ProjectionRunner;
  let registrar: CountingRegistrar;

  const start = async () => {
    runner = new ProjectionRunner(events, docs, eventRegistry, { pageSize: 50, onPoison: 'stop', retryDelayMs: 10 });
    runner.registerReaction(appointmentReaction(registrar));
    await runner.start();
    expect(await runner.waitFor(await events.headPosition(), [], 3000)).toBe(true);
  };

  beforeEach(async () => {
    registrar = new CountingRegistrar();
    dir = mkdtempSync(join(tmpdir(), 'akt-appoint-'));
    events = new SqliteEventStore(join(dir, 'events.db'));
    docs = new EmbeddedDocumentStore(join(dir, 'read.db'));
    const history = announcedRound(appointApplicant(1));
    await events.append(
      'personnel-selection-round-R1',
      history.map((event, index) => ({
        eventId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
        type: event.type,
        schemaVersion: 1,
        data: event.data,
        metadata: { occurredAt: '2026-03-01T02:00:00.000Z', actor: { id: 'bkd-1', roles: [] }, commandId: 'c', correlationId: 'c', causationId: 'c' },
      })),
      'no_stream',
    );
  });
  afterEach(async () => {
    await runner?.stop();
    await events.close();
    await docs.close();
  });

  it('sends the registration once: not again when projections are rebuilt, nor after a restart', async () => {
    await start();
    expect(registrar.calls).toHaveLength(1);

    const rebuild = await runner.rebuild('recruitment-appointments').then(
      () => 'rebuilt',
      (error: Error) => error.message,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(registrar.calls).toHaveLength(1);
    expect(rebuild).toBe('recruitment-appointments is a reaction: its effects happen once, it is never rebuilt');
    await runner.stop();
    await start();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(registrar.calls).toHaveLength(1);
  });
});

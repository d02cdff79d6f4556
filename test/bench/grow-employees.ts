import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@infrastructure/event-store/sqlite/sqlite-event-store';
import { NewEvent, RecordedEvent } from '@kernel/events';

const REGISTERED = 'personnel.EmployeeRegistered';

/**
 * Grows a seeded log to `target` employees fast: each seeded registration is copied, as a new
 * employee (fresh id, stream and NIP, same unit, position, name and golongan), through the store's
 * real append path (hash chain included), so the API's projections build the larger read model at
 * start exactly as they would from commands. Run with the API stopped. Returns the employee count.
 */
export async function growEmployees(eventsFile: string, target: number): Promise<number> {
  const store = new SqliteEventStore(eventsFile);
  try {
    const seeded = await registrations(store);
    const copies: [string, NewEvent][] = [];
    while (seeded.length > 0 && seeded.length + copies.length < target) {
      copies.push(copyOf(seeded[copies.length % seeded.length], copies.length));
    }
    for (let i = 0; i < copies.length; i += 200) {
      await Promise.all(copies.slice(i, i + 200).map(([stream, event]) => store.append(stream, [event], 'no_stream')));
    }
    return seeded.length + copies.length;
  } finally {
    await store.close();
  }
}

async function registrations(store: SqliteEventStore): Promise<RecordedEvent[]> {
  const found: RecordedEvent[] = [];
  for (let after = 0; ; ) {
    const page = await store.readAll({ after, maxCount: 5000, types: [REGISTERED] });
    found.push(...page.events);
    if (page.scannedTo <= after || page.scannedTo >= (await store.headPosition())) return found;
    after = page.scannedTo;
  }
}

function copyOf(event: RecordedEvent, serial: number): [string, NewEvent] {
  const employeeId = randomUUID();
  const id = randomUUID();
  const data = { ...event.data, employeeId, identifier: `9${String(serial).padStart(17, '0')}` };
  const metadata = { occurredAt: event.occurredAt, actor: event.actor, reason: 'Benchmark copy of a seeded employee', commandId: id, correlationId: id, causationId: id };
  return [event.streamId.replace(event.data.employeeId, employeeId), { eventId: id, type: event.type, schemaVersion: event.schemaVersion, data, metadata }];
}

import { join } from 'node:path';
import { SqliteEventStore } from '@infrastructure/event-store/sqlite/sqlite-event-store';
import { CommandExecutor } from '@kernel/command-handling';
import { Decider } from '@kernel/decider';
import { EventRegistry, eventRegistry } from '@kernel/event-registry';
import { newEvent } from '../fixtures/events';
import { context, tempDir } from '../fixtures/stores';

type Renamed = { type: 'test.PersonNamed'; data: { fullName: string } };

describe('schema evolution (upcasters)', () => {
  it('lifts stored v1 events to the current shape on read, without rewriting them', async () => {
    eventRegistry.register([{ type: 'test.PersonNamed', version: 3, description: 'Test: v1 {name}, v2 {firstName,lastName}, v3 {fullName}' }]);
    eventRegistry.registerUpcaster('test.PersonNamed', 1, (d) => ({ firstName: d.name.split(' ')[0], lastName: d.name.split(' ')[1] }));
    eventRegistry.registerUpcaster('test.PersonNamed', 2, (d) => ({ fullName: `${d.firstName} ${d.lastName}` }));
    const store = new SqliteEventStore(join(tempDir(), 'events.db'));
    await store.append('person-1', [newEvent('test.PersonNamed', { name: 'Siti Aminah' })], 'no_stream');
    const decider: Decider<{ suffix: string }, Renamed, string> = {
      initialState: () => '',
      evolve: (_, e) => e.data.fullName,
      decide: (c, s) => [{ type: 'test.PersonNamed', data: { fullName: `${s}${c.suffix}` } }],
    };
    const result = await new CommandExecutor(store, 3).execute(decider, 'person-1', { suffix: ', S.Kom.' }, context());
    expect(result.state).toBe('Siti Aminah, S.Kom.');
    const [old, latest] = await store.readStream('person-1');
    expect(old).toMatchObject({ schemaVersion: 1, data: { name: 'Siti Aminah' } });
    expect(latest).toMatchObject({ schemaVersion: 3, data: { fullName: 'Siti Aminah, S.Kom.' } });
    await store.close();
  });

  it('names the missing step when an upcaster is absent', () => {
    const registry = new EventRegistry();
    registry.register([{ type: 'test.X', version: 2, description: 'x' }]);
    expect(() => registry.upcast({ type: 'test.X', schemaVersion: 1, data: {} } as never)).toThrow('No upcaster for test.X v1 → v2');
    expect(() => registry.versionOf('test.Unknown')).toThrow('not declared');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventCatalogue } from '../../src/cli/event-catalogue';
import { eventDataTypes } from '../../src/cli/event-data-types';
import { eventRegistry } from '../../src/kernel/event-registry';

describe('docs/events.md', () => {
  const declared = eventDataTypes();

  it('is the catalogue generated from the registry and the declared data types (run `npm run docs:events`)', () => {
    expect(readFileSync(join(__dirname, '../../docs/events.md'), 'utf8')).toBe(eventCatalogue(undefined, declared));
  });

  it('has a DomainEvent<…> data declaration for every registered event type', () => {
    const registered = eventRegistry.list().filter((d) => !d.type.startsWith('test.'));
    expect(registered.filter((d) => !declared.has(d.type)).map((d) => d.type)).toEqual([]);
    expect(() => eventCatalogue([...registered, { type: 'personnel.NeverDeclared', version: 1, description: 'x' }], declared)).toThrow(
      /without a DomainEvent.*personnel\.NeverDeclared/,
    );
  });

  it('lists the fields as declared: type as written, optional, doc comment, inherited fields included', () => {
    const registered = declared.get('personnel.EmployeeRegistered')!;
    expect(registered.fields.find((f) => f.name === 'identifier')).toEqual({ name: 'identifier', type: 'string', optional: false, doc: 'NIP or NI PPPK, 18 digits, no spaces.' });
    expect(registered.fields.find((f) => f.name === 'golongan')).toMatchObject({ type: 'Golongan | GolonganPppk' });
    expect(declared.get('kernel.ClaimMade')!.fields.find((f) => f.name === 'supersedes')).toMatchObject({ type: 'ClaimOwner', optional: true });
    expect(declared.get('audit.CheckpointSigned')!.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['treeSize', 'rootHash', 'signature', 'lastPosition', 'frontier']));
  });
});

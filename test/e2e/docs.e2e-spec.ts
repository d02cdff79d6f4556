import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventCatalogue } from '../../src/cli/docs/event-catalogue';
import { eventDeclarations } from '../../src/cli/docs/event-data-types';
import { eventRegistry } from '@kernel/event-registry';

describe('docs/events.md', () => {
  const declared = eventDeclarations();
  const registered = () => eventRegistry.list().filter((d) => !d.type.startsWith('test.'));

  it('is the catalogue generated from the registry and the declared data types (run `npm run docs:events`)', () => {
    expect(readFileSync(join(__dirname, '../../docs/events.md'), 'utf8')).toBe(eventCatalogue(undefined, declared));
  });

  it('has a DomainEvent<…> data declaration for every registered event type, and refuses to omit one', () => {
    expect(registered().filter((d) => !declared.events.has(d.type)).map((d) => d.type)).toEqual([]);
    expect(() => eventCatalogue([...registered(), { type: 'personnel.NeverDeclared', version: 1, description: 'x' }], declared)).toThrow(
      /without a DomainEvent.*personnel\.NeverDeclared/,
    );
  });

  it('lists the fields as declared: type as written, optional, doc comment, inherited fields first', () => {
    const employee = declared.events.get('personnel.EmployeeRegistered')!;
    expect(employee.fields.find((f) => f.name === 'identifier')).toEqual({ name: 'identifier', type: 'string', optional: false, doc: 'NIP or NI PPPK, 18 digits, no spaces.' });
    expect(employee.fields.find((f) => f.name === 'golongan')).toMatchObject({ type: 'Golongan | GolonganPppk' });
    expect(declared.events.get('kernel.ClaimMade')!.fields.find((f) => f.name === 'supersedes')).toMatchObject({ type: 'ClaimOwner', optional: true });
    const checkpoint = declared.events.get('audit.CheckpointSigned')!.fields.map((f) => f.name);
    expect(checkpoint.slice(0, 2)).toEqual(['treeSize', 'rootHash']);
    expect(checkpoint.slice(-2)).toEqual(['lastPosition', 'frontier']);
  });

  it('explains the project types the fields name, nested ones included', () => {
    const byName = (name: string) => declared.types.find((t) => t.name === name);
    expect(byName('Contacts')?.fields?.map((f) => [f.name, f.type])).toEqual([['email', 'string | null'], ['phone', 'string | null']]);
    expect(byName('Sex')?.definition).toBe('"MALE" | "FEMALE"');
    expect(byName('InstansiKind')?.definition).toMatch(/^enum: "PEMERINTAH_KOTA"/);
    expect(byName('ClaimOwner')?.fields?.map((f) => f.name)).toEqual(['streamId', 'eventId', 'revision']);
    // Named only inside FieldChange and CorrectableFields, not by an event's own fields.
    expect(byName('CorrectableFields')).toBeDefined();
  });
});

import { eventRegistry } from '@kernel/event-registry';
import { EMPLOYEE_EVENT_TYPES } from './employee.events';
import './identifier-claim';

describe('Employee event catalogue', () => {
  it('registers every Employee event at version 1 with a description', () => {
    expect(EMPLOYEE_EVENT_TYPES).toHaveLength(22);
    for (const type of EMPLOYEE_EVENT_TYPES) {
      expect(eventRegistry.versionOf(type)).toBe(1);
      expect(eventRegistry.list().find((d) => d.type === type)?.description).toMatch(/\S/);
    }
  });

  it('still registers the legacy identifier claim event (old logs hold it; read as a claim)', () => {
    expect(eventRegistry.versionOf('personnel.IdentifierClaimed')).toBe(1);
  });

  it('names events as personnel past-tense facts', () => {
    for (const type of [...EMPLOYEE_EVENT_TYPES, 'personnel.IdentifierClaimed']) {
      expect(type).toMatch(/^personnel\.[A-Z][A-Za-z]+ed$/);
    }
  });
});

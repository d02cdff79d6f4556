import { recorded } from '../projections/testing/projection-spec';
import { Actor } from '@kernel/events';
import { EventScopes } from './event-scopes';

const actor = (...roles: { role: string; unit: string }[]): Actor => ({ id: 'reader', roles });

describe('EventScopes: who may see which event of the log', () => {
  const scopes = new EventScopes();
  scopes.register('organisation-', (event) => event.streamId.slice('organisation-'.length));
  scopes.register('organisation-special-', () => 'kota-binjai');
  const medan = recorded('personnel.UnitCreated', {}, { streamId: 'organisation-kota-medan' });
  const special = recorded('personnel.UnitCreated', {}, { streamId: 'organisation-special-x' });
  const unclaimed = recorded('other.Thing', {}, { streamId: 'other-thing-1' });

  it('shows everything to an all-instansi grant of a reader role', async () => {
    for (const event of [medan, special, unclaimed]) expect(await scopes.visibleTo(actor({ role: 'AUDITOR', unit: '*' }), ['AUDITOR'], event)).toBe(true);
  });

  it('shows an instansi-scoped reader only its instansi, and no unclaimed stream', async () => {
    const binjai = actor({ role: 'AUDITOR', unit: 'kota-binjai' });
    expect(await scopes.visibleTo(binjai, ['AUDITOR'], medan)).toBe(false);
    expect(await scopes.visibleTo(binjai, ['AUDITOR'], special)).toBe(true); // the longest prefix decides
    expect(await scopes.visibleTo(binjai, ['AUDITOR'], unclaimed)).toBe(false);
  });

  it('ignores grants of other roles', async () => {
    expect(await scopes.visibleTo(actor({ role: 'ADMIN_BKD', unit: '*' }), ['AUDITOR'], medan)).toBe(false);
  });

  it('refuses a second resolver for the same prefix', () => {
    expect(() => scopes.register('organisation-', () => null)).toThrow(/already/);
  });
});

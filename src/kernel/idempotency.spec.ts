import { CommandContextFactory } from './command-context';
import { FixedClock } from './clock';
import { fingerprintOf } from './idempotency';
import { IdGenerator } from './ids';

describe('request fingerprints (idempotency keys)', () => {
  it('are the canonical (RFC 8785) hash: key order and null-versus-absent do not matter, any value does', () => {
    const a = fingerprintOf({ name: 'Budi', contacts: { email: 'b@x.id', phone: null }, tags: [1, 2] });
    expect(fingerprintOf({ tags: [1, 2], contacts: { email: 'b@x.id' }, name: 'Budi', extra: undefined })).toBe(a);
    expect(fingerprintOf({ name: 'Budi', contacts: { email: 'b@x.id' }, tags: [2, 1] })).not.toBe(a);
    expect(fingerprintOf({ name: 'Budi ', contacts: { email: 'b@x.id' }, tags: [1, 2] })).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it('are given to a command only when the client sent a key; the command id derives from actor and key', () => {
    const contexts = new CommandContextFactory(new FixedClock(new Date('2026-03-01T02:00:00Z')), new IdGenerator());
    const actor = { id: 'bkd-1', roles: [] };
    const keyed = contexts.forActor(actor, { idempotencyKey: 'key-0001', reason: 'x' });
    expect(keyed.fingerprint).toBe(fingerprintOf({ idempotencyKey: 'key-0001', reason: 'x' }));
    expect(contexts.forActor(actor, { idempotencyKey: 'key-0001', reason: 'y' })).toMatchObject({ commandId: keyed.commandId });
    expect(contexts.forActor(actor, { reason: 'x' }).fingerprint).toBeUndefined();
  });
});

import { randomUUID } from 'node:crypto';
import { DocumentStore } from '@infrastructure/document-store/document-store.port';
import { SharedRateLimiter } from '@infrastructure/auth/rate-limiter';
import { DocumentStoreLeases, LeaseLostError } from '@infrastructure/projections/lease';

/**
 * The lease protocol on a real store (part of the document-store contract): the conditional write
 * gives one holder among concurrent takers, an expired lease is taken over, and the old holder's
 * fence fails from then on. Lease names are unique per run so a shared server works.
 */
export function leaseContractCases(store: () => DocumentStore): void {
  it('leases: one holder among concurrent takers, takeover after expiry, the old holder fenced out', async () => {
    const name = `lease-${randomUUID().slice(0, 8)}`;
    let now = 1_000_000;
    const instances = Array.from({ length: 6 }, (_, i) => new DocumentStoreLeases(store(), { holderId: `api-${i}`, ttlMs: 10_000, now: () => now }));
    const taken = await Promise.all(instances.map((leases) => leases.hold(name)));
    expect(taken.filter(Boolean)).toHaveLength(1);
    const first = instances[taken.indexOf(true)];
    const others = instances.filter((leases) => leases !== first);

    now += 5_000;
    expect(await first.hold(name)).toBe(true); // renewed: valid until now + 10 s
    now += 9_000;
    expect(await Promise.all(others.map((leases) => leases.hold(name)))).toEqual(others.map(() => false));

    now += 2_000; // expired
    const retaken = await Promise.all(others.map((leases) => leases.hold(name)));
    expect(retaken.filter(Boolean)).toHaveLength(1);
    const second = others[retaken.indexOf(true)];
    await expect(store().transaction((tx) => first.fence(tx, name))).rejects.toBeInstanceOf(LeaseLostError);
    expect(await first.hold(name)).toBe(false);
    await store().transaction((tx) => second.fence(tx, name));

    await second.release(name);
    expect(await first.hold(name)).toBe(true); // released: no wait for the expiry
  });
}

/** Rate limits shared by instances on one store: concurrent hits from two instances, none lost. */
export function sharedRateLimitCases(store: () => DocumentStore): void {
  it('shared rate limit: concurrent hits from two instances count against one limit', async () => {
    const key = `rate-${randomUUID().slice(0, 8)}`;
    const instances = [new SharedRateLimiter(store(), 4, 60_000, () => 90_000), new SharedRateLimiter(store(), 4, 60_000, () => 90_000)];
    const waits = await Promise.all(Array.from({ length: 10 }, (_, i) => instances[i % 2].hit(key)));
    expect(waits.filter((w) => w === 0)).toHaveLength(4);
    expect(waits.filter((w) => w > 0)).toHaveLength(6);
  });
}

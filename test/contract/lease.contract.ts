import { randomUUID } from 'node:crypto';
import { DocumentStore } from '../../src/infrastructure/document-store/document-store.port';
import { DocumentStoreLeases, LeaseLostError } from '../../src/infrastructure/projections/lease';

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

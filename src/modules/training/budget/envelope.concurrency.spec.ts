import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@infrastructure/event-store/sqlite/sqlite-event-store';
import { CommandExecutor } from '@kernel/command-handling';
import { ConflictError, DomainRuleViolation } from '@kernel/errors';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { envelopeDecider } from './envelope.decider';
import { envelopeStream } from './envelope.events';

const ctx = () => {
  const commandId = randomUUID();
  return { commandId, actor: { id: 'ta-1', roles: [{ role: 'TRAINING_ADMIN', unit: 'kota-binjai' }] }, correlationId: commandId, causationId: commandId, occurredAt: '2026-03-01T02:00:00.000Z' };
};

describe('envelope invariant under concurrency (one envelope stream, conflict-retried)', () => {
  let store: SqliteEventStore;
  beforeEach(() => {
    store = new SqliteEventStore(join(mkdtempSync(join(tmpdir(), 'akt-training-')), 'events.db'));
  });
  afterEach(() => store.close());

  it('50 concurrent commitments of Rp1,000,000 against Rp20,000,000: exactly 20 land, 30 are refused BUDGET_EXCEEDED, committed never exceeds the envelope', async () => {
    const executor = new CommandExecutor(store, 100);
    const stream = envelopeStream('kota-binjai.bkpsdm', 2026);
    await executor.execute(envelopeDecider, stream, { type: 'SetEnvelope', unitId: 'kota-binjai.bkpsdm', instansiId: 'kota-binjai', year: 2026, amount: 20_000_000, perEmployeeCap: null, legalBasis: { skNumber: 'DPA/1', skDate: '2026-01-05' }, at: '2026-01-05T02:00:00.000Z' }, ctx());
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        executor.execute(envelopeDecider, stream, { type: 'CommitBudget', commitmentId: `c${i}`, employeeId: `e${i}`, planItemId: null, amount: 1_000_000, reason: 'Undangan bimtek', at: '2026-03-01T02:00:00.000Z' }, ctx()),
      ),
    );
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason);
    expect(refused.some((e) => e instanceof ConflictError)).toBe(false);
    expect(refused.every((e) => e instanceof DomainRuleViolation && e.rule === 'TRAINING.BUDGET_EXCEEDED')).toBe(true);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(20);
    const events = await store.readStream(stream);
    const total = events.filter((e) => e.type === 'training.BudgetCommitted').reduce((sum, e) => sum + (e.data.amount as number), 0);
    expect(total).toBe(20_000_000);
  });
});

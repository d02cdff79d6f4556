import { randomUUID } from 'node:crypto';
import { DuplicateEventIdError, EventStore, WrongExpectedVersionError } from '@kernel/event-store.port';
import { ChainVerifier, GENESIS_HASH } from '@infrastructure/event-store/hash-chain';
import { join } from 'node:path';
import { CheckpointSigner } from '@infrastructure/event-store/checkpoint';
import { Checkpointer } from '@infrastructure/event-store/checkpointer';
import { verifyLog } from '@infrastructure/event-store/verify-log';
import { Clock } from '@kernel/clock';
import { newEvent, uniqueStream } from '../fixtures/events';
import { tempDir } from '../fixtures/stores';

/**
 * The one contract every EventStore adapter passes. It runs against the embedded SQLite store always,
 * and against EventStoreDB/KurrentDB when EVENT_STORE_URL is set. Streams are unique per test, so a
 * shared server works; `$all` assertions look only at this test's streams.
 */
export function eventStoreContract(name: string, open: () => Promise<EventStore>, enabled = true): void {
  const suite = enabled ? describe : describe.skip;
  suite(`EventStore contract: ${name}`, () => {
    let store: EventStore;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
    });

    it('creates a stream with no_stream and numbers revisions from 0', async () => {
      const stream = uniqueStream();
      const result = await store.append(stream, [newEvent('test.A'), newEvent('test.B')], 'no_stream');
      expect(result).toMatchObject({ revision: 1, duplicate: false });
      const events = await store.readStream(stream);
      expect(events.map((e) => [e.type, e.revision])).toEqual([
        ['test.A', 0],
        ['test.B', 1],
      ]);
      expect(events[1].position).toBe(result.position);
      expect(events[0].position).toBeLessThan(events[1].position);
    });

    it('rejects no_stream on an existing stream and a stale revision, writing nothing', async () => {
      const stream = uniqueStream();
      await store.append(stream, [newEvent('test.A')], 'no_stream');
      await expect(store.append(stream, [newEvent('test.B')], 'no_stream')).rejects.toBeInstanceOf(WrongExpectedVersionError);
      await expect(store.append(stream, [newEvent('test.B')], 5)).rejects.toBeInstanceOf(WrongExpectedVersionError);
      await expect(store.append(uniqueStream(), [newEvent('test.B')], 0)).rejects.toBeInstanceOf(WrongExpectedVersionError);
      expect(await store.readStream(stream)).toHaveLength(1);
    });

    it('appends at the exact expected revision', async () => {
      const stream = uniqueStream();
      await store.append(stream, [newEvent('test.A')], 'no_stream');
      const result = await store.append(stream, [newEvent('test.B')], 0);
      expect(result.revision).toBe(1);
    });

    it('keeps every envelope field through a round trip', async () => {
      const stream = uniqueStream();
      const event = newEvent('test.Envelope', { nip: '198609262015051001', nested: { a: [1, 'b'] } }, {});
      const withReason = { ...event, metadata: { ...event.metadata, reason: 'SK 800/123/2026' } };
      await store.append(stream, [withReason], 'no_stream');
      const [stored] = await store.readStream(stream);
      expect(stored).toMatchObject({
        eventId: event.eventId,
        type: 'test.Envelope',
        schemaVersion: 1,
        streamId: stream,
        revision: 0,
        data: event.data,
        reason: 'SK 800/123/2026',
        actor: event.metadata.actor,
        commandId: event.metadata.commandId,
        correlationId: event.metadata.correlationId,
        causationId: event.metadata.causationId,
        occurredAt: event.metadata.occurredAt,
        prevHash: GENESIS_HASH,
        hashScheme: 2,
      });
      expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(Date.parse(stored.recordedAt)).not.toBeNaN();
    });

    it('chains hashes per stream so a verifier accepts an untouched log', async () => {
      const stream = uniqueStream();
      await store.append(stream, [newEvent('test.A'), newEvent('test.B')], 'no_stream');
      await store.append(stream, [newEvent('test.C')], 1);
      const events = await store.readStream(stream);
      expect(events[1].prevHash).toBe(events[0].hash);
      expect(events[2].prevHash).toBe(events[1].hash);
      const verifier = new ChainVerifier();
      events.forEach((e) => verifier.add(e));
      expect(verifier.breaks).toEqual([]);
      const tampered = new ChainVerifier();
      events.forEach((e, i) => tampered.add(i === 1 ? { ...e, data: { forged: true } } : e));
      expect(tampered.breaks.map((b) => b.problem)).toEqual(['HASH_MISMATCH']);
    });

    it('carries the Merkle log: a checkpoint written through the port verifies, and anchors what it covers', async () => {
      const stream = uniqueStream();
      await store.append(stream, [newEvent('test.A'), newEvent('test.B')], 'no_stream');
      const witnessPath = join(tempDir('akt-contract-'), 'witness.jsonl');
      const checkpointer = new Checkpointer(store, new Clock(), { signer: new CheckpointSigner('44'.repeat(32)), witnessPath, everyEvents: 1, everySeconds: 60 });
      await checkpointer.start();
      const checkpoint = await checkpointer.tick();
      await checkpointer.stop();
      expect(checkpoint).toMatchObject({ treeSize: checkpointer.treeSize - 1 });
      const report = await verifyLog(store, { witnessFile: witnessPath, throughPort: true });
      expect(report.witness).toMatchObject({ lines: 1, problems: [] });
      // A shared server may hold checkpoints of earlier runs; this one must verify in the log too.
      expect(report.checkpoints.problems.filter((p) => p.treeSize === checkpoint!.treeSize)).toEqual([]);
    });

    it('treats a repeated append of the same event ids as already done', async () => {
      const stream = uniqueStream();
      const events = [newEvent('test.A'), newEvent('test.B')];
      const first = await store.append(stream, events, 'no_stream');
      const again = await store.append(stream, events, 'no_stream');
      expect(again).toEqual({ ...first, duplicate: true });
      expect(await store.readStream(stream)).toHaveLength(2);
    });

    it('recognises a retried append by the events right after its expected revision, even after the stream moved on', async () => {
      const stream = uniqueStream();
      const first = [newEvent('test.A')];
      const original = await store.append(stream, first, 'no_stream');
      await store.append(stream, [newEvent('test.B')], 0);
      expect(await store.append(stream, first, 'no_stream')).toEqual({ ...original, duplicate: true });
      await expect(store.append(stream, [newEvent('test.C')], 'no_stream')).rejects.toBeInstanceOf(WrongExpectedVersionError);
      // A batch that only starts like the stored one is no repeat (KurrentDB: CorruptedIdempotency).
      await expect(store.append(stream, [first[0], newEvent('test.D')], 'no_stream')).rejects.toBeInstanceOf(WrongExpectedVersionError);
      expect(await store.readStream(stream)).toHaveLength(2);
    });

    /*
     * Event ids: what both stores guarantee is within a stream — an id twice in one append, or the
     * stream's latest event appended again at its head, is refused. Across streams only the SQLite
     * adapter refuses (its id index; sqlite-event-store.spec.ts): KurrentDB's idempotency is per stream
     * and it has no index by id, so there the command path keeps ids unique (docs/decisions.md D13, D21).
     */
    it('refuses an event id twice in one append, or again at the head of its own stream, writing nothing', async () => {
      const stream = uniqueStream();
      const event = newEvent('test.A');
      await expect(store.append(stream, [event, { ...event }], 'no_stream')).rejects.toBeInstanceOf(DuplicateEventIdError);
      expect(await store.readStream(stream)).toEqual([]);
      await store.append(stream, [event], 'no_stream');
      await expect(store.append(stream, [event], 0)).rejects.toBeInstanceOf(DuplicateEventIdError);
      expect(await store.readStream(stream)).toHaveLength(1);
    });

    it('reads a stream backwards and from a revision, and an absent stream as empty', async () => {
      const stream = uniqueStream();
      await store.append(stream, ['A', 'B', 'C', 'D'].map((t) => newEvent(`test.${t}`)), 'no_stream');
      const backwards = await store.readStream(stream, { direction: 'backwards', maxCount: 2 });
      expect(backwards.map((e) => e.revision)).toEqual([3, 2]);
      const from = await store.readStream(stream, { fromRevision: 2 });
      expect(from.map((e) => e.revision)).toEqual([2, 3]);
      expect(await store.readStream(uniqueStream())).toEqual([]);
    });

    it('reads $all in order after a position, in pages, optionally filtered by type', async () => {
      const start = await store.headPosition();
      const a = uniqueStream();
      const b = uniqueStream();
      await store.append(a, [newEvent('test.Paged')], 'no_stream');
      await store.append(b, [newEvent('test.Other')], 'no_stream');
      await store.append(a, [newEvent('test.Paged')], 0);
      const page1 = await store.readAll({ after: start, maxCount: 2 });
      const mine = page1.events.filter((e) => e.streamId === a || e.streamId === b);
      expect(mine.map((e) => e.type)).toEqual(['test.Paged', 'test.Other']);
      const page2 = await store.readAll({ after: page1.scannedTo, maxCount: 10 });
      expect(page2.events.some((e) => e.streamId === a && e.revision === 1)).toBe(true);
      const filtered = await store.readAll({ after: start, maxCount: 100, types: ['test.Paged'] });
      expect(filtered.events.filter((e) => e.streamId === a)).toHaveLength(2);
      expect(filtered.events.every((e) => e.type === 'test.Paged')).toBe(true);
      expect(filtered.scannedTo).toBeGreaterThanOrEqual(page2.events.find((e) => e.streamId === a)!.position);
    });

    it('subscribes to $all: catches up, then wakes on new commits', async () => {
      // `after` must be a position the store handed out: KurrentDB refuses to read from one that is not
      // an event boundary (InvalidPosition), so no arithmetic on positions.
      const from = await store.headPosition();
      const stream = uniqueStream();
      await store.append(stream, [newEvent('test.Before')], 'no_stream');
      const controller = new AbortController();
      const seen: string[] = [];
      const done = (async () => {
        for await (const page of store.subscribeToAll({ after: from, signal: controller.signal })) {
          for (const event of page.events) if (event.streamId === stream) seen.push(event.type);
          if (seen.length === 2) controller.abort();
        }
      })();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await store.append(stream, [newEvent('test.After')], 0);
      await done;
      expect(seen).toEqual(['test.Before', 'test.After']);
    });

    it('a filtered subscription reaches the head although the latest events are of other types', async () => {
      const wanted = `test.Wanted${randomUUID().slice(0, 8)}`;
      const from = await store.headPosition();
      const stream = uniqueStream();
      await store.append(stream, [newEvent(wanted)], 'no_stream');
      const { position: head } = await store.append(stream, [newEvent('test.Unwanted'), newEvent('test.Unwanted')], 0);
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 10_000);
      let reached = 0;
      const types: string[] = [];
      for await (const page of store.subscribeToAll({ after: from, types: [wanted], signal: controller.signal })) {
        types.push(...page.events.map((e) => e.type));
        reached = page.scannedTo;
        if (reached >= head) controller.abort();
      }
      clearTimeout(timer);
      expect(types).toEqual([wanted]);
      expect(reached).toBeGreaterThanOrEqual(head);
    });

    it('serialises concurrent appends to one stream: one wins each revision', async () => {
      const stream = uniqueStream();
      await store.append(stream, [newEvent('test.A')], 'no_stream');
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, () => store.append(stream, [newEvent('test.Race')], 0)),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(failures.every((f) => f.reason instanceof WrongExpectedVersionError)).toBe(true);
      expect(await store.readStream(stream)).toHaveLength(2);
    });
  });
}

import { Logger } from '@nestjs/common';
import { open } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Clock } from '@kernel/clock';
import { eventRegistry } from '@kernel/event-registry';
import { Actor, NewEvent, RecordedEvent } from '@kernel/events';
import { deriveId } from '@kernel/ids';
import { Checkpoint, CHECKPOINT_EVENT_TYPE, CHECKPOINT_STREAM, CheckpointEventData, CheckpointSigner, parseCheckpoint } from './checkpoint';
import { EventStore, ExpectedRevision, WrongExpectedVersionError } from '@kernel/event-store.port';
import { CompactRange, eventLeafHash, toHex } from './merkle';

eventRegistry.register([
  {
    type: CHECKPOINT_EVENT_TYPE,
    version: 1,
    description:
      'The checkpointer signed a tree head: the Merkle root over the first treeSize events of the log (Ed25519), written to the witness file too.',
  },
]);

export interface CheckpointerOptions {
  /** A checkpoint once this many new events are in the tree... */
  readonly everyEvents: number;
  /** ...or once this long has passed on the clock since the last one, when anything is new. */
  readonly everySeconds: number;
  /** JSON lines, one per checkpoint: the file an auditor copies and keeps away from the server. */
  readonly witnessPath: string;
  readonly signer: CheckpointSigner;
  readonly pageSize?: number;
}

/** The checkpointer writes its events as itself, with no roles. */
export const CHECKPOINTER_ACTOR: Actor = Object.freeze({ id: 'system:checkpointer', roles: [] });

/**
 * Keeps the global Merkle tree over the log and writes signed checkpoints (signed tree heads) into
 * the log and the witness file. Works through the EventStore port only, so both adapters get the
 * same tree and the same checkpoints.
 *
 * Restart cost is the tail only: every checkpoint event carries the tree's frontier (one hash per
 * set bit of its size), so start() resumes from the last checkpoint instead of rehashing the log.
 * Every read and write runs in one queue, so the tree never sees an event twice.
 */
export class Checkpointer {
  private readonly logger = new Logger('Checkpointer');
  private range = CompactRange.empty();
  private lastPosition = 0;
  private lastCheckpoint: { treeSize: number; at: number } = { treeSize: 0, at: 0 };
  /** Events in the tree since the last checkpoint, other than checkpoints: nothing new, no checkpoint. */
  private newEvents = 0;
  private revision: ExpectedRevision = 'no_stream';
  private resumed = false;
  private queue: Promise<unknown> = Promise.resolve();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly options: CheckpointerOptions,
  ) {}

  /** Resumes the tree from the last checkpoint and checks every second whether one is due. */
  async start(): Promise<void> {
    // A store that is down at boot must not stop the API: the next tick tries again.
    await this.serial(() => this.resume()).catch((error) => this.logger.warn(`Checkpointer not resumed yet: ${(error as Error).message}`));
    this.lastCheckpoint.at ||= this.clock.now().getTime();
    const interval = Math.min(1000, this.options.everySeconds * 1000);
    let ticking = false;
    this.timer = setInterval(() => {
      if (ticking) return; // a long catch-up is still running
      ticking = true;
      this.tick()
        .catch((error) => this.logger.warn(`Checkpoint tick failed: ${(error as Error).message}`))
        .finally(() => (ticking = false));
    }, interval);
    this.timer.unref();
  }

  /** Stops the timer and anchors what was written until now (a clean shutdown leaves nothing unanchored). */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.serial(async () => {
      await this.resume();
      await this.catchUp();
      if (this.newEvents > 0) await this.write();
    }).catch((error) => this.logger.warn(`Final checkpoint not written: ${(error as Error).message}`));
  }

  /** Reads what is new; writes a checkpoint when N events or T seconds (on the clock) have passed. */
  tick(): Promise<Checkpoint | undefined> {
    return this.serial(async () => {
      await this.resume();
      await this.catchUp();
      const dueByCount = this.newEvents >= this.options.everyEvents;
      const dueByTime = this.newEvents > 0 && this.clock.now().getTime() - this.lastCheckpoint.at >= this.options.everySeconds * 1000;
      return dueByCount || dueByTime ? this.write() : undefined;
    });
  }

  /** The tree as the checkpointer holds it now. */
  get treeSize(): number {
    return this.range.end;
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Once: continues the tree from the last checkpoint in the log (or from the empty tree). */
  private async resume(): Promise<void> {
    if (this.resumed) return;
    const [last] = await this.store.readStream(CHECKPOINT_STREAM, { direction: 'backwards', maxCount: 1 });
    this.resumed = true;
    if (!last) return;
    this.revision = last.revision;
    try {
      const data = last.data as CheckpointEventData;
      const checkpoint = parseCheckpoint(data);
      const range = CompactRange.fromFrontier(checkpoint.treeSize, data.frontier);
      if (toHex(range.root()) !== checkpoint.rootHash) throw new Error('frontier does not give the root');
      this.range = range;
      this.lastPosition = checkpoint.lastPosition;
      this.lastCheckpoint = { treeSize: checkpoint.treeSize, at: Date.parse(checkpoint.time) || 0 };
    } catch (error) {
      // The tree is rebuilt from the log; `npm run verify` reports the bad checkpoint itself.
      this.logger.warn(`Last checkpoint (revision ${last.revision}) is unusable (${(error as Error).message}); rebuilding the tree from the log`);
    }
  }

  private async catchUp(): Promise<void> {
    const pageSize = this.options.pageSize ?? 5000;
    for (;;) {
      const page = await this.store.readAll({ after: this.lastPosition, maxCount: pageSize });
      for (const event of page.events) this.add(event);
      if (page.events.length < pageSize) return;
      // Embedded reads resolve as microtasks: give HTTP a turn between pages of a long catch-up.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private add(event: RecordedEvent): void {
    this.range.append(eventLeafHash(event.hash, event.recordedAt));
    this.lastPosition = event.position;
    if (event.streamId === CHECKPOINT_STREAM) this.revision = event.revision;
    else this.newEvents++;
  }

  private async write(): Promise<Checkpoint | undefined> {
    const time = this.clock.now().toISOString();
    const head = this.options.signer.sign({ treeSize: this.range.end, rootHash: toHex(this.range.root()), time });
    const checkpoint: Checkpoint = { ...head, lastPosition: this.lastPosition };
    const data: CheckpointEventData = { ...checkpoint, frontier: this.range.frontier() };
    const id = deriveId('checkpoint', checkpoint.treeSize, checkpoint.rootHash);
    const event: NewEvent = {
      eventId: id,
      type: CHECKPOINT_EVENT_TYPE,
      schemaVersion: 1,
      data,
      metadata: { occurredAt: time, actor: CHECKPOINTER_ACTOR, commandId: id, correlationId: id, causationId: id },
    };
    try {
      const result = await this.store.append(CHECKPOINT_STREAM, [event], this.revision);
      this.revision = result.revision;
      this.newEvents = 0;
      this.lastCheckpoint = { treeSize: checkpoint.treeSize, at: Date.parse(time) };
      if (!result.duplicate) await appendWitness(this.options.witnessPath, checkpoint);
      return checkpoint;
    } catch (error) {
      // Another instance checkpointed first (or the store is down): try again at the next tick.
      if (error instanceof WrongExpectedVersionError) this.revision = error.actual === 'no_stream' ? 'no_stream' : error.actual;
      this.logger.warn(`Checkpoint at tree size ${checkpoint.treeSize} not written: ${(error as Error).message}`);
      return undefined;
    }
  }
}

/** One JSON line per checkpoint, flushed to disk before the checkpoint counts as witnessed. */
async function appendWitness(file: string, checkpoint: Checkpoint): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  const handle = await open(file, 'a', 0o644);
  try {
    await handle.write(`${JSON.stringify(checkpoint)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { EmbeddedDocumentStore } from '@infrastructure/document-store/embedded/embedded-document-store';
import { SqliteEventStore } from '@infrastructure/event-store/sqlite/sqlite-event-store';
import { physicalName } from '@infrastructure/projections/projection';
import { ProjectionRunner } from '@infrastructure/projections/projection-runner';
import { eventRegistry } from '@kernel/event-registry';
import { counterProjection } from '../fixtures/counter';
import { newEvent } from '../fixtures/events';
import { tempDir } from '../fixtures/stores';

const root = join(__dirname, '../..');
const EVENTS = 20_000;
const STREAMS = 100;

describe('crash and resume', () => {
  it('a projection killed mid-way (SIGKILL) resumes from its checkpoint and equals a full rebuild', async () => {
    const dir = tempDir('akt-crash-');
    const events = new SqliteEventStore(join(dir, 'events.db'));
    const totals = new Array(STREAMS).fill(0);
    for (let batch = 0; batch < EVENTS / STREAMS; batch++) {
      await Promise.all(
        totals.map((total, s) => {
          totals[s] = total + 1;
          const data = { counterId: `c${s}`, by: 1, total: totals[s] };
          return events.append(`counter-c${s}`, [newEvent('test.CounterIncremented', data)], batch === 0 ? 'no_stream' : batch - 1);
        }),
      );
    }
    const head = await events.headPosition();
    expect(head).toBe(EVENTS);

    const killedAt = await runWorkerUntilKilled(dir, head);
    expect(killedAt).toBeGreaterThan(0);
    expect(killedAt).toBeLessThan(head);

    // Restart on the same files: resume from the checkpoint the dead process committed.
    const docs = new EmbeddedDocumentStore(join(dir, 'read.db'));
    const resumed = await project(events, docs);
    const fresh = await project(events, new EmbeddedDocumentStore());
    const collection = physicalName('counters', 1);
    const resumedDocs = await docs.collection(collection).find({}, { sort: { _id: 1 } });
    expect(resumedDocs).toHaveLength(STREAMS);
    expect(resumedDocs).toEqual(await fresh.collection(collection).find({}, { sort: { _id: 1 } }));
    expect(resumedDocs.every((d) => d.total === EVENTS / STREAMS && d.increments === EVENTS / STREAMS)).toBe(true);
    await resumed.stop();
    await fresh.stop();
    await docs.close();
    await events.close();
  }, 120_000);
});

async function project(events: SqliteEventStore, docs: EmbeddedDocumentStore) {
  const runner = new ProjectionRunner(events, docs, eventRegistry, { pageSize: 500, onPoison: 'stop' });
  runner.register(counterProjection());
  await runner.start();
  expect(await runner.waitFor(await events.headPosition(), [], 60_000)).toBe(true);
  return Object.assign(runner, { collection: (name: string) => docs.collection(name) });
}

/** Starts the worker, and SIGKILLs it once its checkpoint is between 10% and 90% of the log. */
function runWorkerUntilKilled(dir: string, head: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'test/fixtures/projection-worker.ts', dir], { cwd: root });
    let last = 0;
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        last = Number(line.split(' ')[1]);
        if (last > head * 0.1 && last < head * 0.9 && !child.killed) child.kill('SIGKILL');
      }
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(last) : reject(new Error(`worker exited without being killed (last ${last})`))));
    child.on('error', reject);
  });
}

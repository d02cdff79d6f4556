import { join } from 'node:path';
import { loadConfig } from '@config/config';
import { signLocalToken } from '@infrastructure/auth/jwt';
import { EmbeddedDocumentStore } from '@infrastructure/document-store/embedded/embedded-document-store';
import { SqliteEventStore } from '@infrastructure/event-store/sqlite/sqlite-event-store';
import { verifySqliteFile } from '@infrastructure/event-store/verify-log';
import { Checkpoint, CHECKPOINTS } from '@infrastructure/projections/checkpoint';
import { ApiProcess } from '../fixtures/api-process';
import { tempDir } from '../fixtures/stores';

const REGISTER = 'mutation($input: RegisterInstansiInput!) { registerInstansi(input: $input) { position } }';
const WORKERS = 6;
const PER_WORKER = 400;

interface Ack {
  readonly instansiId: string;
  readonly position: number;
}

/**
 * SIGTERM under load, against the real process (`src/main.ts`): readiness goes 503 first, requests
 * are still served during the drain delay, then the listener closes and running commands finish;
 * the process exits 0. Every mutation it acknowledged (HTTP 200, a position, no error) is in the log,
 * the log verifies with a final checkpoint covering all of it, projections checkpointed past every
 * acknowledged write, and the restart logs no error.
 */
describe('graceful shutdown (SIGTERM under load)', () => {
  const dataDir = tempDir('akt-shutdown-');
  const env = { DATA_DIR: dataDir, SHUTDOWN_DRAIN_DELAY_MS: '800', SHUTDOWN_TIMEOUT_MS: '10000', CHECKPOINT_EVERY_EVENTS: '100000', CHECKPOINT_EVERY_SECONDS: '3600' };
  let api: ApiProcess | undefined;
  afterEach(() => api?.kill());

  it('acknowledged mutations survive, the log verifies, the restart is clean', async () => {
    const config = loadConfig({ DATA_DIR: dataDir });
    const token = await signLocalToken(config.auth, { sub: 'bkd-root', roles: [{ role: 'ADMIN_BKD', unit: '*' }] });
    api = await ApiProcess.start(env);
    const running = api;

    const acks: Ack[] = [];
    const refused: string[] = [];
    let stop = false;
    const worker = async (w: number) => {
      for (let i = 0; i < PER_WORKER && !stop; i++) {
        const instansiId = `kota-uji-${w}-${i}`;
        try {
          const { status, body } = await running.gql(REGISTER, { input: { instansiId, name: `Pemerintah ${instansiId}`, kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' } }, token);
          if (status === 200 && !body.errors && typeof body.data?.registerInstansi?.position === 'number') acks.push({ instansiId, position: body.data.registerInstansi.position });
          else refused.push(JSON.stringify(body.errors ?? body));
        } catch {
          return; // the listener closed: this client stops, as a load balancer's would move on
        }
      }
    };
    const load = Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
    while (acks.length < 60) await new Promise((resolve) => setTimeout(resolve, 20));

    const before = acks.length;
    const terminated = running.terminate();
    // Draining: readiness says so while mutations are still being acknowledged.
    let ready = await fetch(`${running.baseUrl}/health/ready`);
    while (ready.status === 200) ready = await fetch(`${running.baseUrl}/health/ready`); // the signal is on its way
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as any).error.shutdown).toMatchObject({ status: 'down', reason: 'shutting down' });
    const draining = acks.length;
    const { code, signal, ms } = await terminated;
    stop = true;
    await load;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(ms).toBeLessThan(800 + 2 * 10_000);
    expect(acks.length).toBeGreaterThan(draining); // still served while draining
    expect(draining).toBeGreaterThanOrEqual(before);
    expect(acks.length).toBeLessThan(WORKERS * PER_WORKER); // the load was really cut short
    expect(refused).toEqual([]);
    // The only lines above info: our own readiness probes answered 503 while draining.
    expect(running.problems(40).filter((line) => (line.req as { url?: string } | undefined)?.url !== '/health/ready')).toEqual([]);
    expect(running.lines.some((line) => /shut down cleanly/.test(line.msg ?? ''))).toBe(true);

    // Every acknowledged mutation is in the log, at the position it was acknowledged with.
    const events = new SqliteEventStore(join(dataDir, 'events.db'));
    for (const ack of acks) {
      const { events: [event] } = await events.readAll({ after: ack.position - 1, maxCount: 1 });
      expect(event).toMatchObject({ position: ack.position, streamId: expect.stringContaining(ack.instansiId) });
    }
    const head = await events.headPosition();
    await events.close();

    // The final checkpoint, the last event, anchors everything before it, and the witness file agrees.
    const report = await verifySqliteFile(join(dataDir, 'events.db'), { witnessFile: config.checkpoint.witnessPath });
    expect(report).toMatchObject({ intact: true, verifiedEvents: head, checkpoints: { latest: { treeSize: head - 1 }, unanchoredEvents: 1, problems: [] }, witness: { problems: [] } });

    // Each projection committed its checkpoint past every acknowledged write before the store closed.
    const docs = new EmbeddedDocumentStore(join(dataDir, 'read-models.db'));
    const instansi = await docs.collection<Checkpoint>(CHECKPOINTS).findById('instansi');
    await docs.close();
    expect(instansi!.position).toBeGreaterThanOrEqual(Math.max(...acks.map((a) => a.position)));

    // Restart: no error or warning, ready, and every acknowledged instansi is served.
    api = await ApiProcess.start(env);
    const served = await api.gql('{ instansiList { id } }', {}, token);
    const ids = new Set(served.body.data.instansiList.map((i: { id: string }) => i.id));
    expect(acks.filter((a) => !ids.has(a.instansiId))).toEqual([]);
    expect((await fetch(`${api.baseUrl}/health/ready`)).status).toBe(200);
    expect(api.problems(40)).toEqual([]);
    expect(await api.terminate()).toMatchObject({ code: 0, signal: null });
  }, 300_000);
});

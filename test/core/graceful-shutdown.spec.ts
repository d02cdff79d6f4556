import { INestApplication } from '@nestjs/common';
import express from 'express';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { installGracefulShutdown } from '@infrastructure/lifecycle/graceful-shutdown';
import { ShutdownState } from '@infrastructure/lifecycle/shutdown-state';

/** Just what the shutdown uses of a Nest application: its HTTP server, the state, and close(). */
function fakeApp(close: () => Promise<void>) {
  const state = new ShutdownState();
  const web = express();
  web.use(state.track);
  let release!: () => void;
  const slowDone = new Promise<void>((resolve) => (release = resolve));
  web.get('/slow', async (_req, res) => {
    await slowDone;
    res.send('done');
  });
  web.get('/fast', (_req, res) => res.send('ok'));
  const server: Server = createServer(web);
  const app = { getHttpServer: () => server, get: () => state, close } as unknown as INestApplication;
  return { app, state, server, release };
}

const listen = (server: Server) => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));

describe('graceful shutdown', () => {
  it('drains first, lets a running request finish and be answered, closes the app after it, exits 0', async () => {
    const order: string[] = [];
    const { app, state, server, release } = fakeApp(async () => void order.push('app closed'));
    const url = await listen(server);
    let exitCode: number | undefined;
    let trigger!: (signal: NodeJS.Signals) => void;
    // The drain is long enough that the probe below lands inside it even on a loaded machine; the
    // steps are sequenced by awaiting, not by timers racing each other.
    const exited = new Promise<void>((resolve) => {
      trigger = installGracefulShutdown(app, { drainDelayMs: 1500, timeoutMs: 5000 }, (code) => ((exitCode = code), resolve()), []);
    });
    let slowStarted = false;
    server.once('request', () => (slowStarted = true));
    const slow = fetch(`${url}/slow`).then(async (r) => order.push(`slow answered ${r.status} ${await r.text()}`));
    while (!slowStarted) await new Promise((resolve) => setTimeout(resolve, 5));
    trigger('SIGTERM');
    expect(state.draining).toBe(true);
    // Still served while draining, told to close the connection.
    const fast = await fetch(`${url}/fast`);
    expect(fast.headers.get('connection')).toBe('close');
    order.push('fast served while draining');
    release();
    await slow;
    await exited;
    expect(exitCode).toBe(0);
    expect(order).toEqual(['fast served while draining', 'slow answered 200 done', 'app closed']);
    expect(server.listening).toBe(false);
  });

  it('exits 1 when closing hangs past drain + 2 × timeout, instead of hanging', async () => {
    const { app, server } = fakeApp(() => new Promise(() => undefined));
    await listen(server);
    const started = Date.now();
    const code = await new Promise<number>((resolve) => installGracefulShutdown(app, { drainDelayMs: 0, timeoutMs: 150 }, resolve, [])('SIGTERM'));
    expect(code).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });
});

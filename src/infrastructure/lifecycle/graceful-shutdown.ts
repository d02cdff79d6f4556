import { INestApplication, Logger } from '@nestjs/common';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { ShutdownState } from './shutdown-state';

export interface ShutdownOptions {
  /** How long readiness answers 503 while requests are still served (load balancers need a moment to notice). */
  readonly drainDelayMs: number;
  /** How long running requests may take to finish, and again how long stopping the background work may take. */
  readonly timeoutMs: number;
}

/**
 * SIGTERM / SIGINT, in this order:
 *  1. readiness goes 503 (draining), requests are still served for `drainDelayMs`;
 *  2. the listener closes (no new connections), idle keep-alive connections are closed, and running
 *     requests — commands and their read-your-writes wait — finish, for up to `timeoutMs`;
 *  3. every connection left (WebSocket subscriptions, requests past the bound) is closed;
 *  4. `app.close()`: the schedulers stop, the projection runner stops after its current transaction
 *     (each page commits its checkpoint with its documents), the checkpointer anchors the log with a
 *     final signed checkpoint, the event store flushes its group commit, the stores close;
 *  5. exit 0. Past `drainDelayMs + 2 × timeoutMs` the process exits 1 with a log line instead of hanging.
 * A second signal during the shutdown is ignored (the first one is already bounded).
 */
export function installGracefulShutdown(
  app: INestApplication,
  options: ShutdownOptions,
  exit: (code: number) => void = (code) => process.exit(code),
  signals: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT'],
): (signal: NodeJS.Signals) => void {
  const sockets = trackSockets(app.getHttpServer() as Server);
  let started = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    const logger = new Logger('Shutdown');
    const bound = options.drainDelayMs + 2 * options.timeoutMs;
    const hard = setTimeout(() => {
      logger.error(`${signal}: shutdown did not finish within ${bound} ms; exiting without it`);
      exit(1);
    }, bound);
    hard.unref();
    shutDown(app, sockets, signal, options, logger).then(
      () => {
        clearTimeout(hard);
        exit(0);
      },
      (error: unknown) => {
        logger.error(`${signal}: shutdown failed: ${(error as Error)?.stack ?? String(error)}`);
        exit(1);
      },
    );
  };
  for (const signal of signals) process.on(signal, onSignal);
  return onSignal;
}

async function shutDown(app: INestApplication, sockets: Set<Socket>, signal: NodeJS.Signals, options: ShutdownOptions, logger: Logger): Promise<void> {
  const state = app.get(ShutdownState);
  const started = Date.now();
  state.beginDraining();
  logger.log(`${signal}: draining; readiness answers 503 for ${options.drainDelayMs} ms before the listener closes`);
  await sleep(options.drainDelayMs);

  const server = app.getHttpServer() as Server;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const running = state.requestsInFlight;
  if (!(await state.idle(options.timeoutMs))) {
    logger.warn(`${state.requestsInFlight} requests still running after ${options.timeoutMs} ms; closing their connections`);
  }
  for (const socket of sockets) socket.destroy();
  await closed;
  logger.log(`${signal}: listener closed, ${running} running requests finished; stopping background work and closing the stores`);

  await app.close();
  logger.log(`${signal}: shut down cleanly in ${Date.now() - started} ms`);
}

/** Every open connection, upgraded ones (graphql-ws) included: Node's own tracking forgets those. */
function trackSockets(server: Server): Set<Socket> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  return sockets;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

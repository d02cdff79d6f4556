import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Writable } from 'node:stream';
import { loadConfig } from '@config/config';
import { createAppLogger, requestLogMiddleware } from './logging.module';
import { requestContextMiddleware } from './request-context';

function sink() {
  const lines: any[] = [];
  const stream = new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk))), done()) });
  return { lines, stream };
}

function exchange(url: string, headers: Record<string, string> = {}) {
  const request = Object.assign(new EventEmitter(), { url, method: 'POST', headers }) as unknown as IncomingMessage;
  const response = Object.assign(new EventEmitter(), { statusCode: 200, writableFinished: false, setHeader: () => undefined }) as unknown as ServerResponse & { statusCode: number; writableFinished: boolean };
  return { request, response };
}

const config = (level: string) => loadConfig({ ...process.env, LOG_LEVEL: level, JWT_SECRET: 'x'.repeat(40), DATA_DIR: '/tmp/unused' });

describe('request log', () => {
  it('writes one line per request with id, actor, status and time, at the level its status calls for', async () => {
    const { lines, stream } = sink();
    const logger = createAppLogger(config('log'), false, stream);
    const log = requestLogMiddleware(logger);
    for (const status of [200, 404, 503]) {
      const { request, response } = exchange('/graphql?x=1', { 'x-request-id': `req-${status}-0001` });
      requestContextMiddleware(request as never, response as never, () => log(request, response, () => undefined));
      (request as any).actor = { id: 'bkd-root', roles: [] };
      response.statusCode = status;
      response.writableFinished = true;
      response.emit('finish');
      response.emit('close');
    }
    await new Promise((r) => setImmediate(r));
    expect(lines.map((l) => [l.level, l.req, l.res.statusCode, l.actorId, typeof l.responseTime])).toEqual([
      [30, { id: 'req-200-0001', method: 'POST', url: '/graphql' }, 200, 'bkd-root', 'number'],
      [40, { id: 'req-404-0001', method: 'POST', url: '/graphql' }, 404, 'bkd-root', 'number'],
      [50, { id: 'req-503-0001', method: 'POST', url: '/graphql' }, 503, 'bkd-root', 'number'],
    ]);
  });

  it('logs a client that went away at error, skips probes, and writes only lines at or above LOG_LEVEL', async () => {
    const { lines, stream } = sink();
    const log = requestLogMiddleware(createAppLogger(config('warn'), false, stream));
    const ok = exchange('/graphql');
    log(ok.request, ok.response, () => undefined);
    ok.response.emit('finish');
    const gone = exchange('/graphql');
    log(gone.request, gone.response, () => undefined);
    gone.response.emit('close');
    const probe = exchange('/health/ready');
    log(probe.request, probe.response, () => undefined);
    probe.response.statusCode = 503;
    probe.response.emit('finish');
    await new Promise((r) => setImmediate(r));
    expect(lines.map((l) => [l.level, l.msg])).toEqual([[50, 'request aborted']]);
  });

  it('gives application lines written inside a request the request id', async () => {
    const { lines, stream } = sink();
    const logger = createAppLogger(config('log'), false, stream);
    const { request, response } = exchange('/graphql', { 'x-request-id': 'req-app-line-0001' });
    requestContextMiddleware(request as never, response as never, () => logger.info('inside'));
    logger.info('outside');
    await new Promise((r) => setImmediate(r));
    expect(lines.map((l) => [l.msg, l.req?.id, l.req?.url])).toEqual([
      ['inside', 'req-app-line-0001', '/graphql'],
      ['outside', undefined, undefined],
    ]);
  });
});

import autocannon from 'autocannon';
import { Agent, request } from 'node:http';

/** One GraphQL operation as the load generators send it. */
export interface Operation {
  readonly url: string;
  readonly token?: string;
  readonly body: string;
}

export interface ClosedLoopResult {
  readonly rps: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requests: number;
  readonly errors: number;
}

export function graphqlBody(query: string, variables: Record<string, unknown> = {}): string {
  return JSON.stringify({ query, variables });
}

const headers = (op: Operation) => ({ 'content-type': 'application/json', ...(op.token ? { authorization: `Bearer ${op.token}` } : {}) });

/**
 * Maximum throughput: `connections` clients each sending the next request when the previous one
 * answered, over loopback, for at most `amount` requests or `maxSeconds`, whichever comes first.
 */
export function closedLoop(op: Operation, amount: number, maxSeconds: number, connections = 16): Promise<ClosedLoopResult> {
  return new Promise((resolve, reject) => {
    // autocannon notices the end of a run on its sampling tick (1 s by default): sample every 50 ms
    // and time the run here, or a 2.1 s run counts as 3 s.
    const started = performance.now();
    const instance = autocannon(
      { url: op.url, method: 'POST', headers: headers(op), body: op.body, connections, amount, sampleInt: 50 },
      (error, result) => {
        clearTimeout(timer);
        if (error) return reject(error);
        const requests = result.requests.total;
        resolve({
          rps: Math.round((requests * 10_000) / (performance.now() - started)) / 10,
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          requests,
          errors: result.errors + result.timeouts + result.non2xx,
        });
      },
    );
    const timer = setTimeout(() => instance.stop(), maxSeconds * 1000);
  });
}

/** Sends one request on a kept-alive socket and returns the parsed JSON body. */
export function post(agent: Agent, op: Operation, body = op.body): Promise<any> {
  return new Promise((resolve, reject) => {
    const req = request(op.url, { method: 'POST', agent, headers: headers(op) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        } catch (error) {
          reject(error);
        }
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

export interface OpenLoopResult {
  readonly rate: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly count: number;
  readonly errors: number;
}

/**
 * Latency at a fixed arrival rate: operation i starts at t0 + i/rate whether or not earlier ones
 * finished, and its latency counts from that scheduled start (no coordinated omission). `run`
 * resolves true when the operation succeeded.
 */
export async function openLoop(rate: number, count: number, run: (i: number) => Promise<boolean>): Promise<OpenLoopResult> {
  const latencies: number[] = [];
  let errors = 0;
  const pending: Promise<void>[] = [];
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      run(i).then(
        (ok) => {
          if (ok) latencies.push(performance.now() - due);
          else errors++;
        },
        () => void errors++,
      ),
    );
  }
  await Promise.all(pending);
  return { rate, p50Ms: percentile(latencies, 0.5), p99Ms: percentile(latencies, 0.99), count, errors };
}

export function percentile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] * 100) / 100;
}

export function keepAlive(): Agent {
  return new Agent({ keepAlive: true, maxSockets: 64 });
}

// A closed-loop load generator: `concurrency` keep-alive connections, each sending its next request as soon as the
// last one is answered, for `durationMs`. Requests are prepared before the clock starts, so signing costs nothing.
import { Agent, request } from 'node:http';

export interface PreparedRequest {
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}

export interface LoadResult {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

const percentile = (sorted: Float64Array, p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : NaN;

function send(agent: Agent, port: number, r: PreparedRequest): Promise<number> {
  return new Promise((resolve) => {
    const req = request(
      { host: '127.0.0.1', port, method: 'POST', path: r.path, agent, headers: r.headers },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(r.body);
  });
}

export async function runLoad(opts: {
  port: number;
  next: () => PreparedRequest;
  concurrency: number;
  durationMs: number;
  /** Stop after this many requests (or at durationMs, whichever comes first). */
  maxRequests?: number;
}): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: opts.concurrency });
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const until = started + opts.durationMs;
  const max = opts.maxRequests ?? Infinity;
  let sent = 0;
  const loop = async () => {
    while (performance.now() < until && sent++ < max) {
      const r = opts.next();
      const t = performance.now();
      const status = await send(agent, opts.port, r);
      latencies.push(performance.now() - t);
      if (status < 200 || status >= 300) errors++;
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, loop));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    errors,
  };
}

// Webhook acknowledgement: Aspirasi's API process (src/main.ts, ROLE=api, logging at info) against a bare node:http
// server that only checks the HMAC and adds the BullMQ job (bench/support/bare-webhook-server.ts), on the same
// Redis in the same run, 32 concurrent keep-alive senders, rounds alternating between the two.
import { genericSourceSecrets } from '../adapters/generic/index.js';
import { loadConfig } from '../src/config.js';
import { createRedis } from '../src/queue/redis.js';
import { prepareDeliveries, BENCH_SOURCE } from './support/generic-requests.js';
import { runLoad, type LoadResult } from './support/load.js';
import { startAspirasiProcess, startChild } from './support/processes.js';
import { benchPrefix, benchRedisUrl, startBenchServices } from './support/stack.js';

const CONCURRENCY = 32;
const ROUND_MS = Number(process.env.BENCH_ACK_ROUND_MS ?? 4000);
const ROUNDS = 5;
const TARGET = { ratio: 0.8, p99: 50 };

const master = loadConfig({ ...process.env, NODE_ENV: 'development' }).GENERIC_WEBHOOK_SECRET!;
const services = await startBenchServices();
const prefixes = { aspirasi: benchPrefix(), bare: benchPrefix() };
const api = await startAspirasiProcess('api', {
  MONGODB_URI: services.databaseUri,
  REDIS_URL: benchRedisUrl(),
  QUEUE_PREFIX: prefixes.aspirasi,
});
const bare = await startChild(
  'bench/support/bare-webhook-server.ts',
  {
    REDIS_URL: benchRedisUrl(),
    QUEUE_PREFIX: prefixes.bare,
    SOURCE_SECRET: genericSourceSecrets(master, BENCH_SOURCE).inbound,
  },
  /"port":(\d+)/,
);
const ports = { aspirasi: Number(api.ready[1]), bare: Number(bare.ready[1]) };

const children = { aspirasi: api, bare };
type Round = LoadResult & { cpuPerRequestUs: number };

/** One round of load on one server, with the server's CPU time per request (robust on a busy machine). */
async function round(target: keyof typeof ports, ms: number): Promise<Round> {
  const next = prepareDeliveries(master, Math.ceil((ms / 1000) * 8000));
  const cpuBefore = children[target].cpuMs();
  const result = await runLoad({ port: ports[target], next, concurrency: CONCURRENCY, durationMs: ms });
  const cpuPerRequestUs = ((children[target].cpuMs() - cpuBefore) * 1000) / result.requests;
  return { ...result, cpuPerRequestUs };
}

const results: Record<keyof typeof ports, Round[]> = { aspirasi: [], bare: [] };
try {
  await round('bare', 2000); // warm-up: JIT, connections, Lua scripts loaded
  await round('aspirasi', 2000);
  for (let i = 0; i < ROUNDS; i++) {
    results.bare.push(await round('bare', ROUND_MS));
    results.aspirasi.push(await round('aspirasi', ROUND_MS));
  }
} finally {
  await Promise.all([api.stop(), bare.stop()]);
  const redis = createRedis(benchRedisUrl());
  for (const prefix of Object.values(prefixes)) {
    const keys = await redis.keys(`${prefix}:*`);
    for (let i = 0; i < keys.length; i += 1000) await redis.del(...keys.slice(i, i + 1000));
  }
  redis.disconnect();
  await services.stop();
}

/** The round with the median rate. */
const median = (list: Round[]) => [...list].sort((a, b) => a.perSecond - b.perSecond)[list.length >> 1];
const line = (name: string, r: Round) =>
  `  ${name.padEnd(22)} ${r.perSecond.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  server CPU ${r.cpuPerRequestUs.toFixed(0)} µs/req  errors ${r.errors}/${r.requests}`;
const a = median(results.aspirasi);
const b = median(results.bare);
console.log(
  `webhook acknowledgement, ${CONCURRENCY} concurrent senders, median of ${ROUNDS} rounds of ${ROUND_MS / 1000} s`,
);
console.log(line('bare HMAC + BullMQ', b));
console.log(line('Aspirasi (ROLE=api)', a));
console.log(
  `  ratio ${(a.perSecond / b.perSecond).toFixed(2)} of the bare rate (target >= ${TARGET.ratio}); p99 target < ${TARGET.p99} ms: ${a.p99 < TARGET.p99 ? 'OK' : 'ABOVE'}`,
);
console.log(
  `  rounds: bare ${results.bare.map((r) => r.perSecond.toFixed(0)).join(', ')} | Aspirasi ${results.aspirasi.map((r) => r.perSecond.toFixed(0)).join(', ')} req/s`,
);
process.exit(0);

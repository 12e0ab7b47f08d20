// The pipeline as production runs it, an API process and a worker process (src/main.ts by ROLE):
// 1. memory of the API after acknowledging 10,000 webhooks (no worker on that queue, so nothing else moves);
// 2. a steady rate of new cases for BENCH_STEADY_SECONDS (120; 600 for the 10-minute run): webhook -> inbox push
//    latency at that fixed rate, and the resident size of both processes sampled along the way.
// On the test database each command costs milliseconds, so the rate is low (BENCH_RATE, 4/s); with MONGODB_URI on
// a real MongoDB raise it, and the bench also prints the messages/s the pipeline sustains for 60 s.
import { Queue } from 'bullmq';
import { io } from 'socket.io-client';
import { loadConfig } from '../src/config.js';
import { createRedis } from '../src/queue/redis.js';
import { prepareDeliveries } from './support/generic-requests.js';
import { runLoad } from './support/load.js';
import { startAspirasiProcess, type Child } from './support/processes.js';
import { benchPrefix, benchRedisUrl, startBenchServices } from './support/stack.js';
import { steadyRate, sustainedThroughput } from './support/steady-rate.js';

const BURST = Number(process.env.BENCH_BURST ?? 10_000);
const RATE = Number(process.env.BENCH_RATE ?? 4);
const STEADY_SECONDS = Number(process.env.BENCH_STEADY_SECONDS ?? 120);

// BENCH_DRAIN=1: a worker also processes the burst, for its resident size along the way. On the stand-in each
// command slows as the data grows (2.9 messages/s over 2,000), so there take BENCH_BURST=2000; 10,000 on a mongod.
const DRAIN_BURST = process.env.BENCH_DRAIN === '1';

const config = loadConfig({ ...process.env, NODE_ENV: 'development' });

/** A worker takes the burst's backlog; its RSS sampled every 30 s until the inbound queue is empty. */
async function drainBurst(workerEnv: Record<string, string>, messages: number) {
  const worker = await startAspirasiProcess('worker', workerEnv);
  children.push(worker);
  const redis = createRedis(benchRedisUrl());
  const started = Date.now();
  const samples: number[] = [worker.rssMiB()];
  const inbound = new Queue('inbound', { connection: redis, prefix: workerEnv.QUEUE_PREFIX });
  const left = async () => {
    const c = await inbound.getJobCounts('waiting', 'active', 'delayed');
    return c.waiting + c.active + c.delayed;
  };
  let next = Date.now() + 30_000;
  while ((await left()) > 0) {
    await new Promise((r) => setTimeout(r, 500));
    if (Date.now() >= next) {
      samples.push(worker.rssMiB());
      next += 30_000;
    }
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(`worker processing the ${messages} messages: ${(messages / seconds).toFixed(1)} messages/s`);
  console.log(
    `  worker RSS MiB every 30 s: ${samples.map((r) => r.toFixed(0)).join(' ')}; after ${worker.rssMiB().toFixed(0)}`,
  );
  await inbound.close();
  redis.disconnect();
  await worker.stop();
}
const services = await startBenchServices();
const prefixes = [benchPrefix(), benchPrefix()];
const env = (prefix: string) => ({
  MONGODB_URI: services.databaseUri,
  REDIS_URL: benchRedisUrl(),
  QUEUE_PREFIX: prefix,
});
const children: Child[] = [];
try {
  // 1. The API alone takes a burst.
  const burstApi = await startAspirasiProcess('api', env(prefixes[0]));
  children.push(burstApi);
  const rssBefore = burstApi.rssMiB();
  const burst = await runLoad({
    port: Number(burstApi.ready[1]),
    next: prepareDeliveries(config.GENERIC_WEBHOOK_SECRET!, BURST),
    concurrency: 32,
    durationMs: 3_600_000,
    maxRequests: BURST,
  });
  console.log(
    `memory after ${burst.requests} acknowledged webhooks (${burst.perSecond.toFixed(0)}/s, errors ${burst.errors})`,
  );
  console.log(`  API RSS ${rssBefore.toFixed(0)} MiB before, ${burstApi.rssMiB().toFixed(0)} MiB after`);
  await burstApi.stop();
  if (DRAIN_BURST) await drainBurst(env(prefixes[0]), burst.requests);

  // 2. API + worker at a steady rate.
  const api = await startAspirasiProcess('api', env(prefixes[1]));
  const worker = await startAspirasiProcess('worker', env(prefixes[1]));
  children.push(api, worker);
  const url = `http://127.0.0.1:${api.ready[1]}`;
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: config.SEED_ADMIN_EMAIL, password: config.SEED_ADMIN_PASSWORD }),
  });
  const { token } = (await login.json()) as { token: string };
  const socket = io(url, { auth: { token }, transports: ['websocket'] });
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  const result = await steadyRate({
    url,
    socket,
    secret: config.GENERIC_WEBHOOK_SECRET!,
    rate: RATE,
    seconds: STEADY_SECONDS,
    processes: { api, worker },
  });
  if (services.databaseKind !== 'jongodb') {
    const secret = config.GENERIC_WEBHOOK_SECRET!;
    const perSecond = await sustainedThroughput({ url, socket, secret, seconds: 60 });
    console.log(
      `pipeline sustained for 60 s (${services.databaseKind} MongoDB): ${perSecond.toFixed(0)} messages/s`,
    );
  }
  socket.close();
  console.log(
    `webhook -> inbox push at a fixed ${RATE}/s for ${STEADY_SECONDS} s, MongoDB: ${services.databaseKind}`,
  );
  console.log(
    `  ${result.delivered}/${result.sent} pushed; latency p50 ${result.p50.toFixed(0)} ms, p99 ${result.p99.toFixed(0)} ms, max ${result.max.toFixed(0)} ms`,
  );
  for (const [name, samples] of Object.entries(result.rss))
    console.log(`  ${name} RSS MiB over the run: ${samples.map((s) => s.toFixed(0)).join(' ')}`);
} finally {
  await Promise.all(children.map((c) => c.stop()));
  const redis = createRedis(benchRedisUrl());
  for (const prefix of prefixes) {
    const keys = await redis.keys(`${prefix}:*`);
    for (let i = 0; i < keys.length; i += 1000) await redis.del(...keys.slice(i, i + 1000));
  }
  redis.disconnect();
  await services.stop();
}
process.exit(0);

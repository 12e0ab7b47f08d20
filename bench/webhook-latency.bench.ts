// How long a signed webhook takes to appear in an inbox: POST -> queue -> worker -> MongoDB -> socket push.
// Runs the real server in-process (embedded database, real Redis) and sends 100 messages one at a time.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { genericDeliveryHeaders } from '../adapters/generic/index.js';
import { startEmbeddedDatabase, withDatabaseName } from '../src/bootstrap/database.js';
import { loadConfig } from '../src/config.js';
import { ensureTestRedis } from '../src/bootstrap/redis.js';
import { log } from '../src/log.js';
import { seedDemo } from '../src/seed/seed.js';
import { startAspirasi } from '../src/server.js';
import { connectDatabase, disconnectDatabase } from '../src/store/index.js';

const N = Number(process.env.BENCH_WEBHOOKS ?? 100);
const TARGET_MEDIAN_MS = 1000; // the inbox promise: visible within a second

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

async function main() {
  log.level = 'warn';
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    LOG_LEVEL: 'warn',
    QUEUE_PREFIX: `bench-${randomBytes(4).toString('hex')}`,
  });
  const redis = await ensureTestRedis(process.env.REDIS_URL);
  const scratchDir = mkdtempSync(join(tmpdir(), 'aspirasi-bench-'));
  const db = await startEmbeddedDatabase(process.env.MONGODB_URI, { scratchDir });
  await connectDatabase(withDatabaseName(db.uri, `bench_${Date.now()}`));
  const seed = await seedDemo(config);
  const app = await startAspirasi(config);

  const login = await fetch(`${app.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: seed.admin.email, password: seed.admin.password }),
  });
  const { token } = (await login.json()) as { token: string };
  const socket = io(app.url, { auth: { token }, transports: ['websocket'] });
  await new Promise<void>((r) => socket.once('connect', () => r()));

  const latencies: number[] = [];
  for (let i = 0; i < N; i++) {
    const body = JSON.stringify({
      id: `bench-${i}`,
      author: { id: `bench-author-${i}`, name: 'Warga' },
      text: `Lampu jalan di Jl. Pahlawan no ${i} mati sudah seminggu, mohon diperbaiki`,
      createdAt: new Date().toISOString(),
    });
    const seen = new Promise<void>((resolve) => socket.once('conversation:new', () => resolve()));
    const started = performance.now();
    const res = await fetch(`${app.url}/webhooks/generic/bench`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...genericDeliveryHeaders(config.GENERIC_WEBHOOK_SECRET!, 'bench', body),
      },
      body,
    });
    if (!res.ok) throw new Error(`webhook answered ${res.status}`);
    await seen;
    latencies.push(performance.now() - started);
  }
  latencies.sort((a, b) => a - b);
  const median = percentile(latencies, 0.5);
  console.log(`webhook -> inbox (socket push), ${N} messages one at a time, MongoDB: ${db.kind}`);
  console.log(
    `  median ${median.toFixed(1)} ms | p90 ${percentile(latencies, 0.9).toFixed(1)} ms | max ${latencies.at(-1)!.toFixed(1)} ms`,
  );
  console.log(
    `  target median < ${TARGET_MEDIAN_MS} ms: ratio ${(median / TARGET_MEDIAN_MS).toFixed(3)} of budget`,
  );
  console.log(`  RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);

  socket.close();
  await app.stop();
  await disconnectDatabase();
  await db.stop();
  await redis.stop();
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);

// What durability costs a webhook. A webhook answers 2xx once its event is in Redis, so Redis's fsync policy is
// the durability of an acknowledged event. Measures the webhook's Redis work (adding the inbound job) against a
// redis-server with no AOF (baseline), AOF + appendfsync everysec, and AOF + appendfsync always (compose), one at
// a time and 16 at once; then kills each AOF server with SIGKILL mid-stream and counts acknowledged jobs lost.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { addJobOnce } from '../src/queue/add-once.js';
import { createRedis, pingRedis } from '../src/queue/redis.js';
import { freePort } from '../scripts/chaos/services.js';

const SEQUENTIAL = 400;
const CONCURRENT = 16;
const ROUNDS = 60;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

async function startRedis(
  port: number,
  dir: string,
  fsync: 'no-aof' | 'everysec' | 'always',
): Promise<ChildProcess> {
  const aof = fsync === 'no-aof' ? ['--appendonly', 'no'] : ['--appendonly', 'yes', '--appendfsync', fsync];
  const child = spawn('redis-server', ['--port', String(port), '--dir', dir, '--save', '', ...aof], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 100 && !(await pingRedis(`redis://127.0.0.1:${port}`, 200)); i++)
    await new Promise((r) => setTimeout(r, 50));
  return child;
}

async function measure(fsync: 'no-aof' | 'everysec' | 'always') {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'aspirasi-bench-redis-'));
  let server = await startRedis(port, dir, fsync);
  const connection = createRedis(`redis://127.0.0.1:${port}`, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
  });
  connection.on('error', () => {});
  const queue = new Queue('inbound', { connection, prefix: 'bench' });
  queue.on('error', () => {});
  let n = 0;
  const add = () =>
    addJobOnce(queue, { name: 'message', data: { text: 'x'.repeat(400) }, opts: { jobId: `j${++n}` } });
  for (let i = 0; i < 50; i++) await add(); // warm up
  const latencies: number[] = [];
  for (let i = 0; i < SEQUENTIAL; i++) {
    const t = performance.now();
    await add();
    latencies.push(performance.now() - t);
  }
  latencies.sort((a, b) => a - b);
  const started = performance.now();
  for (let r = 0; r < ROUNDS; r++) await Promise.all(Array.from({ length: CONCURRENT }, add));
  const perSecond = (ROUNDS * CONCURRENT) / ((performance.now() - started) / 1000);

  let lost: number | null = null;
  if (fsync !== 'no-aof') {
    // Acknowledge as fast as possible, SIGKILL the server mid-stream, restart it from its AOF, count the missing.
    const acknowledged: string[] = [];
    let stop = false;
    const stream = (async () => {
      while (!stop) {
        const id = `k${++n}`;
        const ok = await addJobOnce(queue, { name: 'message', data: {}, opts: { jobId: id } }).then(
          () => true,
          () => false,
        );
        if (ok) acknowledged.push(id);
        else stop = true;
      }
    })();
    await new Promise((r) => setTimeout(r, 500));
    server.kill('SIGKILL');
    await stream;
    server = await startRedis(port, dir, fsync);
    if (connection.status !== 'ready') await new Promise((resolve) => connection.once('ready', resolve));
    const survived = await Promise.all(acknowledged.map((id) => queue.getJob(id)));
    lost = survived.filter((j) => !j).length;
  }
  await queue.close();
  connection.disconnect();
  server.kill('SIGTERM');
  return { fsync, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), perSecond, lost };
}

const results = [];
for (const fsync of ['no-aof', 'everysec', 'always'] as const) results.push(await measure(fsync));
const base = results[0];
console.log('redis fsync policy      p50 ms   p99 ms   jobs/s (16 at once)   vs no AOF   lost on SIGKILL');
for (const r of results) {
  console.log(
    `${r.fsync.padEnd(20)} ${r.p50.toFixed(2).padStart(8)} ${r.p99.toFixed(2).padStart(8)} ` +
      `${r.perSecond.toFixed(0).padStart(12)}          ${(r.perSecond / base.perSecond).toFixed(2).padStart(6)}x` +
      `   ${r.lost === null ? '-' : r.lost}`,
  );
}

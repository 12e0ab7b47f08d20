// Which Redis a process uses. An operator's Redis (REDIS_URL, production, or a split ROLE) is used as configured
// and never replaced: if it is down, the process starts anyway and recovers when it returns. Only `npm start` on a
// developer's or pilot machine runs a Redis of its own, keeping the queue in the data directory (append-only file,
// fsync every second), on a free port so it never takes the port of a Redis the machine already runs.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pingRedis } from '../queue/redis.js';
import { killStale, startServiceProcess, type ServiceProcess } from './service-process.js';

export const MACHINE_REDIS_URL = 'redis://127.0.0.1:6379';

export type RedisPlan =
  | { kind: 'configured'; url: string }
  | { kind: 'own' }
  | { kind: 'machine'; url: string; note: string }
  | { kind: 'missing'; message: string };

export interface RedisFacts {
  /** REDIS_URL as the operator set it (undefined or '' when unset). */
  redisUrl: string | undefined;
  production: boolean;
  role: 'all' | 'api' | 'worker';
  redisServerInstalled: boolean;
  machineRedisAnswers: boolean;
}

export function planRedis(f: RedisFacts): RedisPlan {
  if (f.redisUrl) return { kind: 'configured', url: f.redisUrl };
  if (f.production || f.role !== 'all') return { kind: 'configured', url: MACHINE_REDIS_URL };
  if (f.redisServerInstalled) return { kind: 'own' };
  if (f.machineRedisAnswers)
    return {
      kind: 'machine',
      url: MACHINE_REDIS_URL,
      note: `Antrean memakai Redis yang sudah berjalan di ${MACHINE_REDIS_URL} (redis-server tidak terpasang).`,
    };
  return {
    kind: 'missing',
    message:
      'Redis tidak ditemukan.\n' +
      '  Pasang Redis 6.2+ (Debian/Ubuntu: sudo apt-get install redis-server) lalu jalankan lagi,\n' +
      '  atau arahkan REDIS_URL ke Redis yang sudah berjalan, atau pakai `docker compose up`.',
  };
}

export const redisServerInstalled = () =>
  spawnSync('sh', ['-c', 'command -v redis-server'], { stdio: 'ignore' }).status === 0;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitForRedis(url: string, service: ServiceProcess): Promise<void> {
  let exited = false;
  void service.exited.then(() => (exited = true));
  for (let i = 0; i < 100 && !exited; i++) {
    if (await pingRedis(url, 300)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('redis-server sudah dijalankan tetapi tidak menjawab dalam 10 detik.');
}

export interface OwnRedis {
  url: string;
  service: ServiceProcess;
}

/** Our own redis-server, persistent in `dir` (append-only file), bound to loopback on a free port. */
export async function startOwnRedis(dir: string): Promise<OwnRedis> {
  const redisDir = join(dir, 'redis');
  mkdirSync(redisDir, { recursive: true });
  await killStale(dir, 'redis', redisDir);
  const port = await freePort();
  const service = startServiceProcess(
    'redis',
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      redisDir,
      '--appendonly',
      'yes',
      '--appendfsync',
      'everysec',
      '--save',
      '',
      '--maxmemory-policy',
      'noeviction',
    ],
    dir,
  );
  const url = `redis://127.0.0.1:${port}`;
  await waitForRedis(url, service);
  return { url, service };
}

/** Tests: the configured Redis or the machine's; a throwaway one on that port only when nothing answers there. */
export async function ensureTestRedis(url: string | undefined): Promise<{ stop(): Promise<void> }> {
  const target = url || MACHINE_REDIS_URL;
  if (await pingRedis(target)) return { stop: async () => {} };
  if (url) throw new Error(`REDIS_URL=${url} tidak menjawab.`);
  if (!redisServerInstalled())
    throw new Error('Redis tidak ditemukan: pasang redis-server atau set REDIS_URL.');
  const dir = mkdtempSync(join(tmpdir(), 'aspirasi-test-redis-'));
  const { port } = new URL(target);
  const service = startServiceProcess(
    'redis',
    'redis-server',
    ['--port', port, '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'],
    dir,
  );
  await waitForRedis(target, service);
  return { stop: () => service.stop() };
}

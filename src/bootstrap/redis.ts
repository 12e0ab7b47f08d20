// `npm start` on a fresh machine: use the configured Redis, or start a local redis-server if one is installed.
import { spawn, spawnSync } from 'node:child_process';
import type { Logger } from 'pino';
import { pingRedis } from '../queue/redis.js';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export async function ensureRedis(url: string, log: Logger): Promise<void> {
  if (await pingRedis(url)) return;
  const { hostname, port } = new URL(url);
  const installed = spawnSync('sh', ['-c', 'command -v redis-server']).status === 0;
  if (!LOCAL_HOSTS.has(hostname) || !installed) {
    throw new Error(
      `Redis di ${url} tidak menjawab.\n` +
        (installed
          ? '  Periksa REDIS_URL, atau jalankan Redis di alamat itu.'
          : '  Pasang Redis 6.2+ (Debian/Ubuntu: sudo apt-get install redis-server) lalu jalankan lagi,\n' +
            '  atau arahkan REDIS_URL ke Redis yang sudah berjalan, atau pakai `docker compose up`.'),
    );
  }
  log.info({ port: port || '6379' }, 'starting a local redis-server (noeviction, no persistence)');
  const child = spawn(
    'redis-server',
    [
      '--port',
      port || '6379',
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--maxmemory-policy',
      'noeviction',
    ],
    { stdio: 'ignore', detached: false },
  );
  process.once('exit', () => child.kill());
  for (let i = 0; i < 50; i++) {
    if (await pingRedis(url, 300)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('redis-server sudah dijalankan tetapi tidak menjawab dalam 5 detik.');
}

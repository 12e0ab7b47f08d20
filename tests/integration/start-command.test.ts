// `npm start` as a newcomer runs it: its own Redis keeps the queue on disk, and neither it nor the database
// outlives the server, however the server ends.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import {
  exited,
  isAlive,
  newcomerEnv,
  processesMentioning,
  servicePids,
  startServerProcess,
  waitUntil,
} from '../support/start-command.js';

const dirs: string[] = [];
const newDataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'aspirasi-start-'));
  dirs.push(dir);
  return dir;
};

afterAll(() => {
  // Never leave a process behind even when an assertion failed half-way.
  for (const dir of dirs) for (const pid of processesMentioning(dir)) process.kill(pid, 'SIGKILL');
});

async function expectNoServiceLeft(dataDir: string, pids: Record<string, number>) {
  expect(Object.keys(pids).sort()).toEqual(['jongodb', 'redis']);
  const gone = await waitUntil(() => Object.values(pids).every((pid) => !isAlive(pid)));
  expect(gone, `still running: ${JSON.stringify(pids)}`).toBe(true);
  // The watchdog shells exit just after their service.
  await waitUntil(() => processesMentioning(dataDir).length === 0);
  expect(processesMentioning(dataDir)).toEqual([]);
}

// Each test starts real server processes (seconds each, more on a loaded machine).
describe('npm start on a fresh machine', { timeout: 120_000 }, () => {
  it('keeps queued work in its own Redis across a restart', async () => {
    const dataDir = newDataDir();
    const first = await startServerProcess(newcomerEnv(dataDir));
    expect(first.output()).toContain('data hanya sementara'); // no mongod on this machine: said plainly
    expect(first.redisUrl).toMatch(/^redis:\/\/127\.0\.0\.1:\d+$/);
    const redis = new Redis(first.redisUrl!);
    await redis.set('aspirasi:restart-probe', 'masih ada');
    redis.disconnect();
    first.child.kill('SIGTERM');
    expect(await exited(first.child)).toBe(0);

    const second = await startServerProcess(newcomerEnv(dataDir));
    const again = new Redis(second.redisUrl!);
    expect(await again.get('aspirasi:restart-probe')).toBe('masih ada');
    again.disconnect();
    const pids = servicePids(dataDir);
    second.child.kill('SIGINT');
    expect(await exited(second.child), second.output()).toBe(0);
    await expectNoServiceLeft(dataDir, pids);
  });

  it('leaves no database or Redis running when the server is killed outright', async () => {
    const dataDir = newDataDir();
    const server = await startServerProcess(newcomerEnv(dataDir));
    const pids = servicePids(dataDir);
    server.child.kill('SIGKILL');
    await exited(server.child);
    await expectNoServiceLeft(dataDir, pids);
  });

  it('cleans up a Redis that an earlier crash left running', async () => {
    const dataDir = newDataDir();
    const redisDir = join(dataDir, 'redis');
    mkdirSync(redisDir);
    // What a power cut leaves: our redis-server, detached from any parent, and its pid file.
    const stale = spawn('redis-server', ['--port', '0', '--dir', redisDir, '--save', ''], {
      detached: true,
      stdio: 'ignore',
    });
    stale.unref();
    writeFileSync(join(dataDir, 'redis.pid'), String(stale.pid));
    expect(await waitUntil(() => isAlive(stale.pid!))).toBe(true);

    const server = await startServerProcess(newcomerEnv(dataDir));
    expect(await waitUntil(() => !isAlive(stale.pid!))).toBe(true);
    const pids = servicePids(dataDir);
    expect(pids.redis).not.toBe(stale.pid);
    server.child.kill('SIGTERM');
    await exited(server.child);
    await expectNoServiceLeft(dataDir, pids);
  });
});

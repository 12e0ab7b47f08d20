// `npm start` with a real mongod keeps what officers stored across a restart. Needs a mongod (on PATH,
// MONGOMS_SYSTEM_BINARY, mongodb-memory-server's cache, or its download): machines without one cannot run it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findMongod } from '../../src/bootstrap/database.js';
import {
  exited,
  isAlive,
  newcomerEnv,
  processesMentioning,
  servicePids,
  startServerProcess,
  waitUntil,
} from '../support/start-command.js';

const mongod = await findMongod();
if (!mongod)
  console.log('[tests:system] no mongod can be had here (offline, none installed): restart test skipped');

const dataDir = mkdtempSync(join(tmpdir(), 'aspirasi-restart-'));
afterAll(() => {
  for (const pid of processesMentioning(dataDir)) process.kill(pid, 'SIGKILL');
});

async function api(url: string, path: string, init: { token?: string; body?: unknown } = {}) {
  const res = await fetch(`${url}${path}`, {
    method: init.body === undefined ? 'GET' : 'POST',
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

const adminLogin = async (url: string) =>
  (await api(url, '/api/auth/login', { body: { email: 'admin@aspirasi.local', password: 'aspirasi-admin' } }))
    .body.token as string;

describe.runIf(mongod)('npm start with a real mongod', () => {
  it('finds what was stored before the restart, and does not seed the demo twice', async () => {
    const env = { ...newcomerEnv(dataDir), MONGOMS_RUNTIME_DOWNLOAD: 'true' };
    const first = await startServerProcess(env, 180_000);
    expect(first.output()).toContain('data disimpan di');
    let token = await adminLogin(first.url);
    const created = await api(first.url, '/api/canned-responses', {
      token,
      body: { title: 'Uji simpan ulang', body: 'Terima kasih, laporan {{ticket}} kami terima.' },
    });
    expect(created.status).toBe(201);
    first.child.kill('SIGTERM');
    expect(await exited(first.child)).toBe(0);

    const second = await startServerProcess(env, 180_000);
    expect(second.output()).not.toContain('Data demo Kaltim dibuat');
    token = await adminLogin(second.url);
    const list = await api(second.url, '/api/canned-responses', { token });
    expect(list.body.items.map((c: { title: string }) => c.title)).toContain('Uji simpan ulang');
    const pids = servicePids(dataDir);
    second.child.kill('SIGTERM');
    await exited(second.child);
    expect(await waitUntil(() => Object.values(pids).every((p) => !isAlive(p)))).toBe(true);
  });
});

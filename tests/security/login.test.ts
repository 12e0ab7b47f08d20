// Password guessing (issue 11, item 3), against the real login endpoint behind one trusted proxy (TRUST_PROXY=1):
// per-account progressive lockout and per-address blocking, counted in Redis and shared by a second API process;
// the same scrypt work for unknown e-mails.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_LIMITS } from '../../src/auth/login-throttle.js';
import { createRedis } from '../../src/queue/redis.js';
import { AuditEntryModel } from '../../src/store/index.js';
import { startTestApp, TEST_SECRETS, type TestApp } from '../support/app.js';

let t: TestApp;
let second: ChildProcess | undefined;

const login = (email: string, password: string, forwardedFor: string, base = t.url) =>
  fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ email, password }),
  });
const accountKey = (email: string) =>
  `${t.config.QUEUE_PREFIX}:login-account:${createHash('sha256').update(email).digest('hex')}`;
const redisDel = async (key: string) => {
  const redis = createRedis(t.config.REDIS_URL);
  await redis.del(key);
  redis.disconnect();
};
let n = 0;
const freshAddress = () => `203.0.113.${++n}`;

/** Another API process on the same Redis and database, as `ROLE=api npm start` runs it. */
function startSecondApi(): Promise<string> {
  const env = {
    ...process.env,
    ...TEST_SECRETS,
    NODE_ENV: 'test',
    ROLE: 'api',
    PORT: '0',
    TRUST_PROXY: '1',
    MONGODB_URI: t.config.MONGODB_URI!,
    QUEUE_PREFIX: t.config.QUEUE_PREFIX,
    JWT_SECRET: t.config.JWT_SECRET,
    ENCRYPTION_KEY: t.config.ENCRYPTION_KEY,
    LOG_LEVEL: 'silent',
  };
  const tsx = import.meta.resolve('tsx');
  second = spawn(process.execPath, ['--import', tsx, 'src/main.ts'], { env });
  return new Promise((resolve, reject) => {
    let out = '';
    second!.stdout!.on('data', (d) => {
      out += d;
      const port = /berjalan di http:\/\/localhost:(\d+)/.exec(out)?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
    second!.on('exit', (code) => reject(new Error(`second API exited with ${code}: ${out}`)));
  });
}

beforeAll(async () => {
  t = await startTestApp({ TRUST_PROXY: '1' });
});
afterAll(async () => {
  if (second && second.exitCode === null) second.kill('SIGTERM');
  await t?.stop();
});

describe('login brute force', () => {
  const victim = 'dinkes.petugas1@demo.aspirasi.id';

  it('locks an account after 5 wrong passwords even when each comes from a new address', async () => {
    const statuses: number[] = [];
    let lockedBody: { error: { code: string; message: string } } | undefined;
    let retryAfter = '';
    for (let i = 0; i < 30; i++) {
      const res = await login(victim, `tebakan-${i}`, freshAddress());
      statuses.push(res.status);
      if (res.status === 429 && !lockedBody) {
        lockedBody = await res.json();
        retryAfter = res.headers.get('retry-after') ?? '';
      } else await res.arrayBuffer();
    }
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(statuses.slice(4).every((s) => s === 429)).toBe(true);
    expect(lockedBody!.error.code).toBe('login_locked');
    expect(lockedBody!.error.message).toMatch(/dikunci sementara; coba lagi dalam 5 menit/);
    expect(Number(retryAfter)).toBe(LOGIN_LIMITS.firstLockSeconds);
    // While locked, even the right password is refused.
    expect((await login(victim, t.seed!.demoPassword, freshAddress())).status).toBe(429);
    const audit = await AuditEntryModel.find({ 'target.label': victim }).lean();
    expect(audit.filter((a) => a.action === 'login.failed')).toHaveLength(4);
    expect(audit.filter((a) => a.action === 'login.locked')).toHaveLength(1);
  });

  it('locks longer each time the same day (progressive lockout)', async () => {
    await redisDel(accountKey(victim)); // the first lock has run out
    const statuses: number[] = [];
    let retryAfter = 0;
    for (let i = 0; i < LOGIN_LIMITS.accountFailures; i++) {
      const res = await login(victim, `lagi-${i}`, freshAddress());
      statuses.push(res.status);
      if (res.status === 429) retryAfter = Number(res.headers.get('retry-after'));
    }
    expect(statuses.at(-1)).toBe(429);
    expect(retryAfter).toBe(LOGIN_LIMITS.firstLockSeconds * 2);
  });

  it('counts in Redis: failures on two API processes add up to one lock', async () => {
    const url2 = await startSecondApi();
    const account = 'dlh.petugas1@demo.aspirasi.id';
    const statuses: number[] = [];
    for (let i = 0; i < LOGIN_LIMITS.accountFailures; i++)
      statuses.push((await login(account, `salah-${i}`, freshAddress(), i % 2 ? url2 : t.url)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    expect((await login(account, t.seed!.demoPassword, freshAddress(), url2)).status).toBe(429);
    expect((await login(account, t.seed!.demoPassword, freshAddress(), t.url)).status).toBe(429);
  }, 60_000);

  it('does the same scrypt work for an unknown e-mail as for a known one', async () => {
    const timeOf = async (email: string) => {
      const started = performance.now();
      const res = await login(email, 'bukan-kata-sandinya', freshAddress());
      expect(res.status).toBe(401);
      return performance.now() - started;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    const accounts = ['bpbd', 'dishub', 'dinsos', 'dispar', 'bkd', 'esdm', 'bapenda'];
    for (const [i, code] of accounts.entries()) {
      known.push(await timeOf(`${code}.petugas2@demo.aspirasi.id`));
      unknown.push(await timeOf(`tidak-ada-${i}@demo.aspirasi.id`));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    // Without the dummy hash an unknown e-mail answers in ~1 ms against ~50 ms of scrypt for a known one.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
    const same = await login('tidak-ada-0@demo.aspirasi.id', 'x', freshAddress());
    const wrong = await login('bpbd.petugas2@demo.aspirasi.id', 'x', freshAddress());
    expect(await same.json()).toEqual(await wrong.json()); // and the same answer
  });

  it('blocks one client address after 30 failures on any accounts, through spoofed X-Forwarded-For', async () => {
    // The client writes its own X-Forwarded-For; our one proxy appends the address it saw: only that one counts.
    const proxied = (i: number) => `198.51.100.${i % 250}, 192.0.2.77`;
    const statuses: number[] = [];
    for (let i = 0; i < LOGIN_LIMITS.addressFailures; i++)
      statuses.push((await login(`penebak-${i}@contoh.id`, 'salah', proxied(i))).status);
    expect(statuses.slice(0, LOGIN_LIMITS.addressFailures).every((s) => s === 401)).toBe(true);
    const blocked = await login('penebak-akhir@contoh.id', 'salah', proxied(99));
    expect(blocked.status).toBe(429);
    expect((await blocked.json()).error.code).toBe('login_locked');
    // The right password of an untouched account from that address waits too; from elsewhere it works.
    expect(
      (await login('dlh.spv@demo.aspirasi.id', t.seed!.demoPassword, '1.2.3.4, 192.0.2.77')).status,
    ).toBe(429);
    expect((await login('dlh.spv@demo.aspirasi.id', t.seed!.demoPassword, freshAddress())).status).toBe(200);
    const recorded = await AuditEntryModel.findOne({
      'target.label': /tidak dikenal/,
      action: 'login.failed',
    })
      .sort({ at: -1 })
      .lean();
    expect(recorded!.ip).toBe('192.0.2.77');
  });
});

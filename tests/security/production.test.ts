// A production start (issue 11, item 2): no demo logins, the first admin from `npx aspirasi admin create`, HSTS
// and Secure cookies, and only timestamped per-source signatures on the generic webhook.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { genericDeliveryHeaders } from '../../adapters/generic/index.js';
import { hmacSha256 } from '../../adapters/signature.js';
import { seedDemo } from '../../src/seed/seed.js';
import { AgencyModel, AuditEntryModel, UserModel } from '../../src/store/index.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { productionEnv } from '../support/production.js';

let t: TestApp;
let env: Record<string, string>;

/** `npx aspirasi …` as an operator runs it, against this test's database. */
function aspirasi(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/aspirasi.mjs', ...args], {
      env: { ...process.env, ...env, MONGODB_URI: t.config.MONGODB_URI!, LOG_LEVEL: 'silent' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
    child.stdin.end(stdin);
  });
}

beforeAll(async () => {
  env = productionEnv();
  t = await startTestApp(env, { seed: false });
});
afterAll(async () => {
  await t?.stop();
});

describe('production', () => {
  it('never seeds the demo province or its published logins', async () => {
    expect(t.config.SEED_DEMO).toBe('never');
    await expect(seedDemo(t.config)).rejects.toThrow(/tidak pernah dibuat di production/);
    const seed = await aspirasi(['seed']);
    expect(seed.code).toBe(2);
    expect(seed.err).toMatch(/admin create/);
    expect(await UserModel.countDocuments()).toBe(0);
    expect(await AgencyModel.countDocuments()).toBe(0);
  });

  it('creates the first admin with a generated password printed once, which logs in', async () => {
    const run = await aspirasi([
      'admin',
      'create',
      '--email',
      'kepala.humas@kaltimprov.go.id',
      '--name',
      'Kepala Humas',
    ]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const password = /hanya ditampilkan sekali[^:]*: (\S+)/.exec(run.out)?.[1];
    expect(password).toBeTruthy();
    const login = await t.api('/api/auth/login', {
      body: { email: 'kepala.humas@kaltimprov.go.id', password },
    });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ role: 'admin', agency: { isHumas: true } });
    expect(
      await AuditEntryModel.exists({
        action: 'user.created',
        'target.label': 'kepala.humas@kaltimprov.go.id',
      }),
    ).toBeTruthy();
  });

  it('refuses a weak password from stdin and a second admin with the same e-mail', async () => {
    const weak = await aspirasi(
      ['admin', 'create', '--email', 'admin2@kaltimprov.go.id', '--name', 'Admin Dua', '--password-stdin'],
      'aspirasi-admin\n',
    );
    expect(weak.code).toBe(2);
    expect(weak.err).toMatch(/Kata sandi baru ditolak: .*terlalu umum atau pernah diterbitkan/);
    const strong = await aspirasi(
      ['admin', 'create', '--email', 'admin2@kaltimprov.go.id', '--name', 'Admin Dua', '--password-stdin'],
      'Pesut-Mahakam-berenang-2026\n',
    );
    expect(strong.code).toBe(0);
    expect(strong.out).not.toMatch(/Pesut/); // a password given on stdin is never echoed
    const again = await aspirasi(
      ['admin', 'create', '--email', 'admin2@kaltimprov.go.id', '--name', 'Admin Dua', '--password-stdin'],
      'Pesut-Mahakam-berenang-2026\n',
    );
    expect(again.code).toBe(3);
    expect(again.err).toMatch(/Sudah ada pengguna/);
  });

  it('sends HSTS, and the browser session cookie is Secure, httpOnly and SameSite=Strict', async () => {
    const res = await fetch(`${t.url}/api/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin2@kaltimprov.go.id', password: 'Pesut-Mahakam-berenang-2026' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^aspirasi_session=/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; SameSite=Strict/);
  });

  it('accepts only timestamped per-source signatures on the generic webhook', async () => {
    const raw = JSON.stringify({
      id: 'prod-1',
      author: { id: 'warga-1', name: 'Rina' },
      text: 'Air PDAM mati',
      createdAt: new Date().toISOString(),
    });
    const post = (headers: Record<string, string>) =>
      fetch(`${t.url}/webhooks/generic/lapor-web`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: raw,
      });
    const secret = t.config.GENERIC_WEBHOOK_SECRET!;
    const legacy = await post({ 'x-aspirasi-signature': `sha256=${hmacSha256(secret, raw)}` });
    expect(legacy.status).toBe(401);
    expect((await legacy.json()).error.message).toMatch(/X-Aspirasi-Timestamp/);
    expect((await post(genericDeliveryHeaders(secret, 'lapor-web', raw))).status).toBe(200);
  });
});

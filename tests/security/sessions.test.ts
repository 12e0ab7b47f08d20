// Sessions and the browser (issue 11, item 4): an httpOnly SameSite=Strict cookie with CSRF protection for the
// browser, bearer tokens for API clients, security headers, bull-board behind the same login, and logins that
// end on logout, expiry, password change, deactivation and role change. Also the password policy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntryModel, SessionModel, UserModel } from '../../src/store/index.js';
import { startTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
const PASSWORD = () => t.seed!.demoPassword;

/** Logs in the way the browser does; returns the cookie header to send back and the CSRF token. */
async function browserLogin(email: string, password = PASSWORD()) {
  const res = await fetch(`${t.url}/api/auth/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = await res.json();
  const setCookie = res.headers.get('set-cookie') ?? '';
  return { res, body, setCookie, cookie: setCookie.split(';')[0]!, csrf: body.csrfToken as string };
}
const withCookie = (cookie: string, init: RequestInit & { csrf?: string } = {}) => ({
  ...init,
  headers: {
    cookie,
    'content-type': 'application/json',
    ...(init.csrf ? { 'x-csrf-token': init.csrf } : {}),
    ...(init.headers as Record<string, string>),
  },
});
const me = async (token: string) => (await t.api('/api/me', { token })).status;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.stop();
});

describe('the browser session', () => {
  it('lives in an httpOnly, Secure, SameSite=Strict cookie; the page never receives the token', async () => {
    const { res, body, setCookie } = await browserLogin('pupr.petugas1@demo.aspirasi.id');
    expect(res.status).toBe(200);
    expect(setCookie).toMatch(
      /^aspirasi_session=[^;]+; Path=\/; Expires=[^;]+; HttpOnly; Secure; SameSite=Strict$/,
    );
    expect(body).not.toHaveProperty('token');
    expect(JSON.stringify(body)).not.toContain(setCookie.split(';')[0]!.split('=')[1]);
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
  });

  it('needs the CSRF token on every change made with the cookie, not on reads', async () => {
    const { cookie, csrf } = await browserLogin('pupr.petugas1@demo.aspirasi.id');
    const read = await fetch(`${t.url}/api/me`, withCookie(cookie));
    expect(read.status).toBe(200);
    expect((await read.json()).csrfToken).toBe(csrf);
    const change = (token?: string) =>
      fetch(
        `${t.url}/api/me/presence`,
        withCookie(cookie, { method: 'PATCH', body: '{"presence":"away"}', csrf: token }),
      );
    const missing = await change();
    expect(missing.status).toBe(403);
    expect((await missing.json()).error).toMatchObject({
      code: 'csrf',
      message: expect.stringMatching(/Muat ulang/),
    });
    expect((await change('x'.repeat(43))).status).toBe(403);
    expect((await change(csrf)).status).toBe(200);
  });

  it('keeps the bearer token of POST /api/auth/login for API clients, without CSRF', async () => {
    const token = await t.login('pupr.petugas1@demo.aspirasi.id');
    const res = await t.api('/api/me/presence', { method: 'PATCH', token, body: { presence: 'away' } });
    expect(res.status).toBe(200);
  });

  it('serves the inbox with a strict CSP, nosniff, no framing, and no HSTS over plain-http development', async () => {
    const res = await fetch(`${t.url}/api/labels`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).toMatch(/img-src 'self' data: blob: https:\/\/fbcdn\.net https:\/\/\*\.fbcdn\.net/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('bull-board', () => {
  it('opens for an admin session, never with a token in the address, and refuses others', async () => {
    const admin = await browserLogin(t.config.SEED_ADMIN_EMAIL, t.config.SEED_ADMIN_PASSWORD);
    const page = await fetch(`${t.url}/admin/queues`, withCookie(admin.cookie));
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<div id="root">/);
    const bearer = await t.login(t.config.SEED_ADMIN_EMAIL);
    expect((await fetch(`${t.url}/admin/queues?token=${bearer}`)).status).toBe(401);
    expect(
      (await fetch(`${t.url}/admin/queues/api/queues`, { headers: { authorization: `Bearer ${bearer}` } }))
        .status,
    ).toBe(200);
    const officer = await browserLogin('pupr.petugas1@demo.aspirasi.id');
    expect((await fetch(`${t.url}/admin/queues`, withCookie(officer.cookie))).status).toBe(403);
  });

  it("refuses the board's state changes from another site's page", async () => {
    const admin = await browserLogin(t.config.SEED_ADMIN_EMAIL, t.config.SEED_ADMIN_PASSWORD);
    const pause = (origin?: string) =>
      fetch(
        `${t.url}/admin/queues/api/queues/maintenance/pause`,
        withCookie(admin.cookie, { method: 'PUT', headers: origin ? { origin } : {} }),
      );
    expect((await pause('https://jahat.example')).status).toBe(403);
    expect((await pause()).status).toBe(403);
    expect((await pause(t.url)).status).not.toBe(403);
    await fetch(
      `${t.url}/admin/queues/api/queues/maintenance/resume`,
      withCookie(admin.cookie, { method: 'PUT', headers: { origin: t.url } }),
    );
  });
});

describe('logins end', () => {
  it('when the session expires', async () => {
    const token = await t.login('dlh.petugas1@demo.aspirasi.id');
    expect(await me(token)).toBe(200);
    const user = (await UserModel.findOne({ email: 'dlh.petugas1@demo.aspirasi.id' }).lean())!;
    // Twelve hours later, as far as the session knows.
    await SessionModel.updateMany({ userId: user._id }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await me(token)).toBe(401);
  });

  it('on logout, for that login only; the cookie is cleared', async () => {
    const [a, b] = [
      await t.login('dlh.petugas2@demo.aspirasi.id'),
      await t.login('dlh.petugas2@demo.aspirasi.id'),
    ];
    expect((await t.api('/api/auth/logout', { method: 'POST', token: a })).status).toBe(204);
    expect(await me(a)).toBe(401);
    expect(await me(b)).toBe(200);
    const browser = await browserLogin('dlh.petugas2@demo.aspirasi.id');
    const out = await fetch(
      `${t.url}/api/auth/logout`,
      withCookie(browser.cookie, { method: 'POST', csrf: browser.csrf }),
    );
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/aspirasi_session=; .*Expires=Thu, 01 Jan 1970/);
    expect((await fetch(`${t.url}/api/me`, withCookie(browser.cookie))).status).toBe(401);
  });

  it('on a password change, everywhere; the new password must pass the policy', async () => {
    const email = 'dlh.spv@demo.aspirasi.id';
    const [a, b] = [await t.login(email), await t.login(email)];
    const change = (body: object) => t.api('/api/me/password', { token: a, body });
    const weak = await change({ currentPassword: PASSWORD(), newPassword: 'dlh.spv-123' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.message).toMatch(/tidak boleh memuat alamat e-mail/);
    expect(
      (await change({ currentPassword: PASSWORD(), newPassword: 'katasandi123' })).body.error.message,
    ).toMatch(/terlalu umum/);
    expect((await change({ currentPassword: PASSWORD(), newPassword: 'pendek' })).body.error.message).toMatch(
      /minimal 10 karakter/,
    );
    const wrong = await change({ currentPassword: 'bukan-ini', newPassword: 'Pesut-Mahakam-berenang' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.message).toBe('Kata sandi saat ini salah.');
    const ok = await change({ currentPassword: PASSWORD(), newPassword: 'Pesut-Mahakam-berenang' });
    expect(ok.status).toBe(200);
    expect(ok.body.message).toMatch(/silakan masuk kembali/);
    expect([await me(a), await me(b)]).toEqual([401, 401]);
    expect((await t.api('/api/auth/login', { body: { email, password: PASSWORD() } })).status).toBe(401);
    expect(
      (await t.api('/api/auth/login', { body: { email, password: 'Pesut-Mahakam-berenang' } })).status,
    ).toBe(200);
  });

  it('when an admin deactivates the user or changes their role, and both are audited', async () => {
    const admin = await t.login(t.config.SEED_ADMIN_EMAIL);
    const officer = await t.login('bpbd.petugas1@demo.aspirasi.id');
    const supervisor = await t.login('bpbd.spv@demo.aspirasi.id');
    const idOf = async (email: string) => String((await UserModel.findOne({ email }).lean())!._id);
    const promote = await t.api(`/api/users/${await idOf('bpbd.spv@demo.aspirasi.id')}`, {
      method: 'PATCH',
      token: admin,
      body: { role: 'officer' },
    });
    expect(promote.status).toBe(200);
    expect(await me(supervisor)).toBe(401);
    const off = await t.api(`/api/users/${await idOf('bpbd.petugas1@demo.aspirasi.id')}`, {
      method: 'PATCH',
      token: admin,
      body: { active: false },
    });
    expect(off.status).toBe(200);
    expect(await me(officer)).toBe(401);
    const again = await t.api('/api/auth/login', {
      body: { email: 'bpbd.petugas1@demo.aspirasi.id', password: PASSWORD() },
    });
    expect(again.status).toBe(401);
    expect(again.body.error.message).toBe('Email atau kata sandi salah.'); // the same answer as a wrong password
    const audit = await AuditEntryModel.find({ action: 'user.updated' }).sort({ at: 1 }).lean();
    expect(audit.map((a) => a.data)).toEqual(
      expect.arrayContaining([
        { before: { role: 'supervisor' }, after: { role: 'officer' } },
        { before: { active: true }, after: { active: false } },
      ]),
    );
  });

  it('refuses a weak password for a new user, and an admin demoting themselves', async () => {
    const admin = await t.login(t.config.SEED_ADMIN_EMAIL);
    const agencyId = (await t.api('/api/me', { token: admin })).body.user.agencyId;
    const weak = await t.api('/api/users', {
      token: admin,
      body: {
        email: 'baru@uji.aspirasi.id',
        name: 'Baru',
        role: 'officer',
        agencyId,
        password: 'aspirasi-demo',
      },
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.code).toBe('weak_password');
    const self = (await t.api('/api/me', { token: admin })).body.user.id;
    const demote = await t.api(`/api/users/${self}`, {
      method: 'PATCH',
      token: admin,
      body: { role: 'officer' },
    });
    expect(demote.status).toBe(403);
  });

  it('records the socket address, not a client-written X-Forwarded-For, when no proxy is trusted', async () => {
    await fetch(`${t.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '6.6.6.6' },
      body: JSON.stringify({ email: 'dispar.petugas1@demo.aspirasi.id', password: 'salah-tebak' }),
    });
    const entry = await AuditEntryModel.findOne({
      action: 'login.failed',
      'target.label': 'dispar.petugas1@demo.aspirasi.id',
    }).lean();
    expect(entry!.ip).toMatch(/127\.0\.0\.1$/);
  });
});

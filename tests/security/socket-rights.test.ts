// Live socket rights stay true (issue 11, item 5): after a transfer or a rejection the old agency's sockets stop
// receiving the case's messages; a role change, a deactivation, a logout and the session's expiry drop sockets.
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionModel, UserModel } from '../../src/store/index.js';
import { startTestApp, waitFor, type TestApp } from '../support/app.js';
import { laporWebEvent, newLaporWebCase } from '../support/cases.js';
import { agencyIdOf } from '../support/fixtures.js';

let t: TestApp;
const tokens: Record<string, string> = {};
const who = ['pdam.petugas1', 'pdam.spv', 'dlh.petugas1', 'humas.spv', 'admin'] as const;

const emailOf = (name: string) => (name === 'admin' ? t.config.SEED_ADMIN_EMAIL : `${name}@demo.aspirasi.id`);
const idOf = async (name: string) => String((await UserModel.findOne({ email: emailOf(name) }).lean())!._id);
const join = (s: Socket, id: string) =>
  new Promise<{ ok: boolean }>((resolve) => s.emit('conversation:join', { id }, resolve));
/** Every message:new a socket receives, by conversation. */
function inbox(s: Socket) {
  const got: string[] = [];
  s.on('message:new', (p: { message: { conversationId: string; text: string } }) => got.push(p.message.text));
  return got;
}
const disconnected = (s: Socket) =>
  new Promise<string>((resolve) => (s.disconnected ? resolve('already') : s.once('disconnect', resolve)));

/** A PDAM case from a citizen, and a function to send that citizen's next message on the same thread. */
async function pdamCase(tag: string) {
  const first = laporWebEvent(
    `sr-${tag}`,
    'Budi',
    `Air PDAM mati tiga hari di Sempaja (${tag}), mohon dicek`,
  );
  const conv = await newLaporWebCase(t, first);
  expect(String(conv.agencyId)).toBe(await agencyIdOf('PDAM'));
  const next = async (text: string) => {
    const res = await t.postGeneric('lapor-web', { ...first, id: `${first.id}-${Date.now()}`, text });
    expect(res.status).toBe(200);
  };
  return { id: String(conv._id), next };
}

beforeAll(async () => {
  t = await startTestApp();
  for (const name of who) tokens[name] = await t.login(emailOf(name));
});
afterAll(async () => {
  await t?.stop();
});

describe('sockets follow the case', () => {
  for (const move of ['transfer', 'reject'] as const) {
    it(`after a ${move}, the old agency's officer no longer receives the case's messages`, async () => {
      const { id, next } = await pdamCase(move);
      const officer = await t.socket(tokens['pdam.petugas1']!);
      const admin = await t.socket(tokens.admin!);
      expect((await join(officer, id)).ok).toBe(true);
      expect((await join(admin, id)).ok).toBe(true);
      const officerGot = inbox(officer);
      const adminGot = inbox(admin);
      await next('Masih mati sampai pagi ini');
      await waitFor(async () => officerGot.includes('Masih mati sampai pagi ini'));

      const action =
        move === 'transfer'
          ? { path: 'transfer', body: { agencyId: await agencyIdOf('DLH'), reason: 'Soal sumber air, DLH' } }
          : { path: 'reject', body: { reason: 'Bukan wewenang PDAM' } };
      const res = await t.api(`/api/conversations/${id}/${action.path}`, {
        token: tokens['pdam.spv'],
        body: action.body,
      });
      expect(res.status).toBe(200);

      await next('Sudah seminggu, tolong');
      await waitFor(async () => adminGot.includes('Sudah seminggu, tolong')); // delivered to who may still see it
      await new Promise((r) => setTimeout(r, 200)); // and given time to reach anyone else
      expect(officerGot).not.toContain('Sudah seminggu, tolong');
      expect((await join(officer, id)).ok).toBe(false);
      officer.close();
      admin.close();
    });
  }
});

describe('sockets follow the user and the login', () => {
  it('are dropped when the user’s role changes or the user is deactivated', async () => {
    const admin = tokens.admin!;
    const officer = await t.socket(tokens['dlh.petugas1']!);
    const gone = disconnected(officer);
    const id = await idOf('dlh.petugas1');
    expect(
      (await t.api(`/api/users/${id}`, { method: 'PATCH', token: admin, body: { role: 'supervisor' } }))
        .status,
    ).toBe(200);
    await gone;
    // The old login cannot reconnect; a new one gets the new rights.
    await expect(t.socket(tokens['dlh.petugas1']!)).rejects.toThrow(/unauthorized/);
    const fresh = await t.socket(await t.login(emailOf('dlh.petugas1')));
    const goneAgain = disconnected(fresh);
    expect(
      (await t.api(`/api/users/${id}`, { method: 'PATCH', token: admin, body: { active: false } })).status,
    ).toBe(200);
    await goneAgain;
  });

  it('are dropped on logout, for that login only', async () => {
    const other = await t.login(emailOf('humas.spv'));
    const [a, b] = [await t.socket(tokens['humas.spv']!), await t.socket(other)];
    const gone = disconnected(a);
    expect((await t.api('/api/auth/logout', { method: 'POST', token: tokens['humas.spv'] })).status).toBe(
      204,
    );
    await gone;
    await new Promise((r) => setTimeout(r, 200));
    expect(b.connected).toBe(true);
    b.close();
  });

  it('are dropped when the session expires', async () => {
    const token = await t.login(emailOf('pdam.spv'));
    const userId = await idOf('pdam.spv');
    await SessionModel.updateMany(
      { userId, revokedAt: null },
      { $set: { expiresAt: new Date(Date.now() + 1500) } },
    );
    const socket = await t.socket(token);
    const started = Date.now();
    await disconnected(socket);
    expect(Date.now() - started).toBeGreaterThan(800);
    await expect(t.socket(token)).rejects.toThrow(/unauthorized/);
  });
});

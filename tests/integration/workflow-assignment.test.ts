// Assignment inside an agency: least-loaded online officer, the agency queue when nobody is online, cases
// returned to the queue when their officer stays away, manual assignment rules; canned responses per agency.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConversationModel, EventModel, UserModel } from '../../src/store/index.js';
import { startTestApp, waitFor, type TestApp } from '../support/app.js';
import { laporWebEvent, newLaporWebCase } from '../support/cases.js';

let t: TestApp;
const tokens: Record<string, string> = {};
const userId: Record<string, string> = {};

async function newDinkesCase() {
  const event = laporWebEvent(
    'asg',
    'Dewi Warga',
    'Puskesmas Sempaja tutup padahal jam pelayanan, pasien menunggu dari pagi',
  );
  return newLaporWebCase(t, event);
}
const setPresence = (who: string, presence: string) =>
  t.api('/api/me/presence', { method: 'PATCH', token: tokens[who], body: { presence } });

beforeAll(async () => {
  // Officers away for more than ~1.2 s lose their cases (the sweep runs every second at this setting).
  t = await startTestApp({ OFFICER_AWAY_MINUTES: '0.02' });
  for (const who of ['dinkes.petugas1', 'dinkes.petugas2', 'dinkes.spv', 'dlh.spv']) {
    tokens[who] = await t.login(`${who}@demo.aspirasi.id`);
    userId[who] = (await t.api('/api/me', { token: tokens[who] })).body.user.id;
  }
});
afterAll(async () => {
  await t?.stop();
});

describe('auto-assignment and the agency queue', () => {
  it('queues cases while nobody is online, hands the queue out on coming online, and spreads new cases by load', async () => {
    const queued = await newDinkesCase();
    expect(queued.assigneeId).toBeNull();

    await setPresence('dinkes.petugas1', 'online');
    await setPresence('dinkes.petugas2', 'online');
    const owners: string[] = [];
    for (let i = 0; i < 4; i++) owners.push(String((await newDinkesCase()).assigneeId));
    const count = (who: string) => owners.filter((o) => o === userId[who]).length;
    expect([count('dinkes.petugas1'), count('dinkes.petugas2')]).toEqual([2, 2]);

    // The queued case went to the first officer who came online; the four new ones are spread 2/2.
    const pickedUp = await ConversationModel.findById(queued._id).lean();
    expect(String(pickedUp!.assigneeId)).toBe(userId['dinkes.petugas1']);
    const roster = (await t.api('/api/officers', { token: tokens['dinkes.spv'] })).body.items;
    const load = (who: string) => roster.find((o: any) => o.id === userId[who]);
    expect(load('dinkes.petugas1')).toMatchObject({ presence: 'online', openCount: 3 });
    expect(load('dinkes.petugas2')).toMatchObject({ presence: 'online', openCount: 2 });
  });

  it("returns an away officer's open cases to the queue, or to a colleague who is online", async () => {
    await setPresence('dinkes.petugas1', 'online');
    await setPresence('dinkes.petugas2', 'offline');
    const conv = await newDinkesCase();
    expect(String(conv.assigneeId)).toBe(userId['dinkes.petugas1']);

    await setPresence('dinkes.petugas1', 'away');
    await setPresence('dinkes.petugas2', 'online');
    const moved = await waitFor(async () => {
      const c = await ConversationModel.findById(conv._id).lean();
      return String(c?.assigneeId) === userId['dinkes.petugas2'] ? c : null;
    }, 8000);
    expect(moved.claimedBy).toBeNull();
    const returned = await EventModel.findOne({ conversationId: conv._id, type: 'unassigned' }).lean();
    expect(returned!.data).toMatchObject({ userId: userId['dinkes.petugas1'], reason: 'officer_away' });
    expect(
      await ConversationModel.countDocuments({ assigneeId: userId['dinkes.petugas1'], status: 'routed' }),
    ).toBe(0);
  });

  it('marks an officer offline when their last socket closes and online again when they reconnect', async () => {
    await setPresence('dinkes.petugas2', 'online');
    const socket = await t.socket(tokens['dinkes.petugas2']);
    socket.close();
    await waitFor(
      async () => (await UserModel.findById(userId['dinkes.petugas2']).lean())?.presence === 'offline',
    );
    await t.socket(tokens['dinkes.petugas2']);
    await waitFor(
      async () => (await UserModel.findById(userId['dinkes.petugas2']).lean())?.presence === 'online',
    );
  });
});

describe('manual assignment', () => {
  it('lets supervisors assign within the agency and officers only take a case themselves', async () => {
    await setPresence('dinkes.petugas1', 'offline');
    await setPresence('dinkes.petugas2', 'offline');
    const conv = await newDinkesCase();
    const id = String(conv._id);
    const byOfficer = await t.api(`/api/conversations/${id}/assign`, {
      token: tokens['dinkes.petugas1'],
      body: { userId: userId['dinkes.petugas2'] },
    });
    expect(byOfficer.status).toBe(403);
    const self = await t.api(`/api/conversations/${id}/assign`, {
      token: tokens['dinkes.petugas1'],
      body: { userId: userId['dinkes.petugas1'] },
    });
    expect(self.body.conversation.assignee.id).toBe(userId['dinkes.petugas1']);
    const outsider = await t.api(`/api/conversations/${id}/assign`, {
      token: tokens['dinkes.spv'],
      body: { userId: userId['dlh.spv'] },
    });
    expect(outsider.status).toBe(400);
    const bySpv = await t.api(`/api/conversations/${id}/assign`, {
      token: tokens['dinkes.spv'],
      body: { userId: null },
    });
    expect(bySpv.body.conversation.assigneeId).toBeNull();
  });
});

describe('canned responses', () => {
  it("lists the agency's own and the global responses, and lets a supervisor add only to their own agency", async () => {
    const list = (who: string) => t.api('/api/canned-responses', { token: tokens[who] });
    const before = (await list('dinkes.petugas1')).body.items;
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((c: any) => c.agencyId === null)).toBe(true); // Dinkes has no own responses yet

    const created = await t.api('/api/canned-responses', {
      token: tokens['dinkes.spv'],
      body: {
        title: 'Jadwal puskesmas',
        body: 'Halo {{nama}}, jadwal pelayanan puskesmas ... (tiket {{ticket}})',
      },
    });
    expect(created.status).toBe(201);
    const mine = (await list('dinkes.petugas1')).body.items.find((c: any) => c.title === 'Jadwal puskesmas');
    expect(mine.agencyId).toBeTruthy();
    expect((await list('dlh.spv')).body.items.some((c: any) => c.title === 'Jadwal puskesmas')).toBe(false);

    const foreign = await t.api(`/api/canned-responses/${mine.id}`, {
      method: 'DELETE',
      token: tokens['dlh.spv'],
    });
    expect(foreign.status).toBe(403);
    const global = await t.api('/api/canned-responses', {
      token: tokens['dinkes.spv'],
      body: { title: 'x', body: 'y', agencyId: null },
    });
    expect(global.status).toBe(403);
    const officer = await t.api('/api/canned-responses', {
      token: tokens['dinkes.petugas1'],
      body: { title: 'x', body: 'y' },
    });
    expect(officer.status).toBe(403);
  });
});

// Reference data cached per process: an admin's edit through the API reaches every process within a second over
// Redis pub/sub; without the subscription a process trusts its copy for a second only, and a subscriber that was
// cut off reloads everything when it is back (src/cache/reference-cache.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReferenceCaches } from '../../src/cache/reference-cache.js';
import { referenceData as agencyData } from '../../src/cache/reference-data.js';
import { routingReference } from '../../src/routing/route.js';
import { slaReference } from '../../src/sla/reference.js';
import { freePort } from '../../src/bootstrap/redis.js';
import { createRedis } from '../../src/queue/redis.js';
import { RoutingRuleModel, SlaPolicyModel } from '../../src/store/index.js';
import { startTestApp, waitFor, type TestApp } from '../support/app.js';

let t: TestApp;
let admin: string;
let agencies: Record<string, string>;
/** Two more processes' worth of caches, each with its own subscriber connection. */
const processes = [new ReferenceCaches(), new ReferenceCaches()];
const stops: (() => Promise<void>)[] = [];

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login(t.config.SEED_ADMIN_EMAIL);
  const list = (await t.api('/api/agencies', { token: admin })).body.agencies;
  agencies = Object.fromEntries(list.map((a: { code: string; id: string }) => [a.code, a.id]));
  for (const caches of processes) stops.push(caches.listen(t.config.REDIS_URL, t.config.QUEUE_PREFIX));
  await waitFor(async () => processes.every((c) => c.subscribed));
});
afterAll(async () => {
  await Promise.all(stops.map((stop) => stop()));
  await t?.stop();
});

/** Milliseconds until every process sees `check` hold. */
/** What one simulated process reads through its own caches. */
const referenceData = (caches: ReferenceCaches) => ({
  ...agencyData(caches),
  ...routingReference(caches),
  ...slaReference(caches),
});

async function timeUntilEverywhere(check: (data: ReturnType<typeof referenceData>) => Promise<boolean>) {
  const started = performance.now();
  await waitFor(
    async () => (await Promise.all(processes.map((c) => check(referenceData(c))))).every(Boolean),
    1000,
    10,
  );
  return performance.now() - started;
}

describe('an admin edit reaches every process', () => {
  it('serves repeated reads from memory, then a new routing rule everywhere within a second', async () => {
    for (const caches of processes) await referenceData(caches).routingRules();
    const loads = processes.map((c) => c.loads);
    for (const caches of processes) await referenceData(caches).routingRules();
    expect(processes.map((c) => c.loads)).toEqual(loads);

    const created = await t.api('/api/routing-rules', {
      token: admin,
      body: {
        name: 'Perahu ketinting ke Dishub',
        priority: 1,
        conditions: { keywords: ['ketinting'] },
        action: { agencyId: agencies.DISHUB },
      },
    });
    expect(created.status).toBe(201);
    const ms = await timeUntilEverywhere(async (d) =>
      (await d.routingRules()).some((r) => r.id === created.body.rule.id),
    );
    expect(ms).toBeLessThan(1000);
  });

  it("applies a changed SLA policy and a channel account's agency everywhere within a second", async () => {
    const policy = await t.api('/api/sla-policies/tinggi', {
      method: 'PUT',
      token: admin,
      body: {
        firstResponseMinutes: 45,
        resolutionMinutes: 1440,
        clock: '24x7',
        warnAtFraction: 0.5,
        escalateAtFraction: 2,
      },
    });
    expect(policy.status).toBe(200);
    await timeUntilEverywhere(async (d) => (await d.slaPolicy('tinggi')).firstResponseMinutes === 45);

    const account = await t.api('/api/channel-accounts', {
      token: admin,
      body: {
        platform: 'generic',
        accountId: 'kanal-dishub',
        name: 'Kanal Dishub',
        agencyId: agencies.DISHUB,
      },
    });
    expect(account.status).toBe(201);
    await timeUntilEverywhere(
      async (d) => (await d.accountAgencyId('generic', 'kanal-dishub')) === agencies.DISHUB,
    );
  });

  it("shows an officer's new name and a new webhook receiver everywhere within a second", async () => {
    const users = (await t.api('/api/users', { token: admin })).body.items;
    const officer = users.find((u: { role: string }) => u.role === 'officer');
    for (const caches of processes) await referenceData(caches).people([officer.id]);
    const renamed = await t.api(`/api/users/${officer.id}`, {
      method: 'PATCH',
      token: admin,
      body: { name: 'Petugas Berganti Nama' },
    });
    expect(renamed.status).toBe(200);
    await timeUntilEverywhere(
      async (d) => (await d.people([officer.id]))[0]?.name === 'Petugas Berganti Nama',
    );

    for (const caches of processes) await referenceData(caches).webhookReceivers();
    const endpoint = await t.api('/api/webhook-endpoints', {
      token: admin,
      body: { url: 'http://127.0.0.1:9/dasbor-kota', events: ['case.created'] },
    });
    expect(endpoint.status).toBe(201);
    await timeUntilEverywhere(async (d) =>
      (await d.webhookReceivers()).some((r) => String(r._id) === endpoint.body.endpoint.id),
    );
    await t.api(`/api/webhook-endpoints/${endpoint.body.endpoint.id}`, { method: 'DELETE', token: admin });
    await timeUntilEverywhere(async (d) => (await d.webhookReceivers()).length === 0);
  });

  it('knows everywhere within a second whether an agency has an officer on duty', async () => {
    const users = (await t.api('/api/users', { token: admin })).body.items;
    const officer = users.find((u: { role: string; active: boolean }) => u.role === 'officer' && u.active);
    const onDuty = (d: ReturnType<typeof referenceData>) => d.hasOfficerOnDuty(officer.agencyId);
    for (const caches of processes) expect(await onDuty(referenceData(caches))).toBe(false);
    const token = await t.login(officer.email);
    const presence = (value: string) =>
      t.api('/api/me/presence', { method: 'PATCH', token, body: { presence: value } });
    expect((await presence('online')).status).toBe(200);
    await timeUntilEverywhere(onDuty);
    expect((await presence('offline')).status).toBe(200);
    await timeUntilEverywhere(async (d) => !(await onDuty(d)));
  });

  it('routes a real message by a rule added a moment before', async () => {
    const created = await t.api('/api/routing-rules', {
      token: admin,
      body: {
        name: 'Pesut Mahakam ke DLH',
        priority: 2,
        conditions: { keywords: ['pesut'] },
        action: { agencyId: agencies.DLH },
      },
    });
    expect(created.status).toBe(201);
    const event = {
      id: `cache-${Date.now()}`,
      author: { id: 'w-cache', name: 'Warga' },
      text: 'Ada pesut terdampar di tepi sungai',
      createdAt: new Date().toISOString(),
    };
    expect((await t.postGeneric('lapor-web', event)).status).toBe(200);
    const conv = await waitFor(async () => {
      const list = (await t.api('/api/conversations?limit=50', { token: admin })).body.items ?? [];
      return list.find((c: { preview: string }) => c.preview?.includes('pesut'));
    });
    expect(conv.agency.code).toBe('DLH');
  });
});

describe('when the subscription is away', () => {
  it('a process that cannot subscribe sees a direct database edit within about a second', async () => {
    const offline = new ReferenceCaches();
    const stop = offline.listen(`redis://127.0.0.1:${await freePort()}`, t.config.QUEUE_PREFIX);
    try {
      const data = referenceData(offline);
      const before = await data.slaPolicy('rendah');
      await SlaPolicyModel.updateOne({ urgency: 'rendah' }, { $set: { firstResponseMinutes: 77 } });
      expect(offline.subscribed).toBe(false);
      await waitFor(async () => (await data.slaPolicy('rendah')).firstResponseMinutes === 77, 1500, 50);
      expect(before.firstResponseMinutes).not.toBe(77);
      await expect(offline.announce('sla-policies')).resolves.toBeUndefined(); // Redis away: no throw
    } finally {
      await stop();
    }
  });

  it('a subscriber cut off reloads everything once it is back, since announcements may have been lost', async () => {
    const [cut] = processes;
    const data = referenceData(cut);
    const rule = await RoutingRuleModel.create({
      name: 'Ditulis langsung tanpa pengumuman',
      priority: 3,
      conditions: { keywords: ['tanpapengumuman'] },
      action: { agencyId: agencies.DLH },
    });
    const redis = createRedis(t.config.REDIS_URL);
    try {
      const clients = String(await redis.call('CLIENT', 'LIST', 'TYPE', 'pubsub'));
      const line = clients.split('\n').find((l) => l.includes(`name=aspirasi-cache-${cut.origin}`));
      const id = /\bid=(\d+)/.exec(line ?? '')?.[1];
      expect(id).toBeTruthy();
      await redis.call('CLIENT', 'KILL', 'ID', id!);
      await waitFor(async () => (await data.routingRules()).some((r) => r.id === String(rule._id)), 3000, 20);
      await waitFor(async () => cut.subscribed, 3000);
    } finally {
      redis.disconnect();
    }
  });
});

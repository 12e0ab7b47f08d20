// Crisis detection end to end: eight weeks of seeded history in the Redis counters, then ordinary traffic that
// must raise nothing, then a flood surge through the real webhook -> classify -> ingest path that must raise
// exactly one explained alert grouping exactly the surge's conversations — pushed to humas leadership over
// socket.io, delivered to a signed webhook receiver that fails once (so it is retried), merged while it lasts,
// and answered with one holding reply per conversation, each carrying its ticket number.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSignal } from '../../src/crisis/counters.js';
import { verifyWebhook } from '../../src/outgoing-webhooks/signature.js';
import { ConversationModel, MessageModel } from '../../src/store/index.js';
import { startTestApp, waitFor, type TestApp } from '../support/app.js';
import { laporWebEvent } from '../support/cases.js';
import { startFakeEndpoint } from '../support/fake-endpoint.js';

let t: TestApp;
let receiver: Awaited<ReturnType<typeof startFakeEndpoint>>;
let leader: string;
let secret: string;
const crisisEvents: unknown[] = [];
const WEEK = 7 * 86_400_000;

const ROAD = [
  'Jalan rusak berlubang di jl. Juanda Samarinda sudah sebulan belum diperbaiki',
  'jalan di samarinda seberang banyak lubang pak tolong diaspal',
];
const FLOOD = [
  'Tolong pak banjir sudah masuk rumah di Sempaja Samarinda, air setinggi pinggang, anak2 belum dievakuasi',
  'banjir besar di samarinda utara, air masuk rumah warga, mohon bantuan perahu',
];

/** History: the same hour of the week in each of the last eight weeks, `counts[k]` conversations in it. */
async function seedHistory(topic: string, counts: number[], kritis = false) {
  const now = Date.now();
  for (const [k, n] of counts.entries()) {
    for (let i = 0; i < n; i++) {
      const id = `${topic}-${k}-${i}`;
      await recordSignal(
        t.app.ctx.redis,
        t.config.QUEUE_PREFIX,
        {
          messageId: `history-${id}`,
          conversationId: `history-${id}`,
          topic,
          region: 'samarinda',
          kritis,
          at: new Date(now - (k + 1) * WEEK - (5 + i) * 60_000),
        },
        1,
      );
    }
  }
}

async function send(texts: string[], n: number, prefix: string) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const body = laporWebEvent(prefix, `Warga ${prefix} ${i}`, `${texts[i % texts.length]} (${i})`);
    expect((await t.postGeneric('lapor-web', body)).status).toBe(200);
    const m = await waitFor(
      () => MessageModel.findOne({ dedupeKey: `generic:lapor-web:${body.id}` }).lean(),
      15_000,
    );
    ids.push(String(m.conversationId));
  }
  return ids;
}

const crises = async () => (await t.api('/api/crises', { token: leader })).body;
const settle = () => new Promise((r) => setTimeout(r, 5000)); // the debounced checks run 3 s after a message

beforeAll(async () => {
  t = await startTestApp({ WEBHOOK_RETRY_BASE_MS: '300' });
  receiver = await startFakeEndpoint();
  let calls = 0;
  receiver.respondWith(() => (++calls === 1 ? { status: 500, body: {} } : { status: 200, body: {} }));
  leader = await t.login('humas.spv@demo.aspirasi.id');
  const admin = await t.login(t.config.SEED_ADMIN_EMAIL);
  const created = await t.api('/api/webhook-endpoints', {
    token: admin,
    body: { url: `${receiver.url}/wa-bot`, events: ['crisis.created'], description: 'Bot grup WA pimpinan' },
  });
  expect(created.status).toBe(201);
  secret = created.body.secret;
  const socket = await t.socket(leader);
  socket.on('crisis:new', (payload) => crisisEvents.push(payload));
  // The deployment has counted messages for nine weeks; roads in Samarinda are busy at this hour (10-14
  // conversations), floods are rare (0-2).
  await recordSignal(
    t.app.ctx.redis,
    t.config.QUEUE_PREFIX,
    {
      messageId: 'history-start',
      conversationId: 'history-start',
      topic: 'lainnya',
      region: null,
      kritis: false,
      at: new Date(Date.now() - 9 * WEEK),
    },
    1,
  );
  await seedHistory('infrastruktur', [12, 10, 14, 11, 13, 12, 10, 12]);
  await seedHistory('bencana', [1, 0, 2, 0, 1, 0, 0, 1]);
}, 60_000);
afterAll(async () => {
  await t?.stop();
  await receiver?.close();
});

describe('crisis detection', () => {
  it('raises nothing for ordinary traffic, even ten road complaints within the hour', async () => {
    await send(ROAD, 10, 'jalan');
    await settle();
    expect((await crises()).items).toEqual([]);
    expect(crisisEvents).toEqual([]);
  }, 120_000);

  let surge: string[] = [];
  it('raises exactly one explained alert for a flood surge, grouping exactly its conversations', async () => {
    surge = await send(FLOOD, 12, 'banjir');
    const body = await waitFor(async () => {
      const b = await crises();
      return b.items.length > 0 ? b : null;
    }, 60_000);
    await settle();
    const { items } = await crises();
    expect(items).toHaveLength(1);
    const [alert] = items;
    expect(alert).toMatchObject({
      topic: 'bencana',
      region: 'samarinda',
      regionName: 'Kota Samarinda',
      active: true,
    });
    expect(alert.reasons).toEqual(expect.arrayContaining(['volume', 'kritis']));
    expect(alert.count).toBe(12);
    expect(alert.expected).toBe(0.5); // median of 1, 0, 2, 0, 1, 0, 0, 1
    expect(alert.baselineSource).toBe('hour_of_week');
    expect([...alert.conversationIds].sort()).toEqual([...surge].sort());
    expect(alert.explanation.summary).toMatch(/12 percakapan tentang bencana dari Kota Samarinda/);
    expect(alert.explanation.topWords.map((w: { word: string }) => w.word)).toContain('banjir');
    expect(alert.explanation.channels).toEqual({ generic: 12 });
    expect(alert.explanation.samples.length).toBeGreaterThan(0);
    expect(body.holdingReplies.some((r: { title: string }) => /sementara/i.test(r.title))).toBe(true);
  }, 180_000);

  it('pushes crisis:new to humas leadership once and delivers one signed webhook, retried after a 500', async () => {
    await waitFor(async () => crisisEvents.length > 0, 10_000);
    expect(crisisEvents).toHaveLength(1);
    await waitFor(async () => receiver.requests.length >= 2, 20_000);
    const [failed, delivered] = receiver.requests;
    expect(delivered.headers['x-aspirasi-delivery']).toBe(failed.headers['x-aspirasi-delivery']);
    for (const r of [failed, delivered]) {
      const headers = {
        timestamp: r.headers['x-aspirasi-timestamp'] as string,
        signature: r.headers['x-aspirasi-signature'] as string,
      };
      expect(verifyWebhook(secret, headers, r.body)).toBe(true);
      expect(verifyWebhook('another-secret-0123456789', headers, r.body)).toBe(false);
    }
    const payload = JSON.parse(delivered.body);
    expect(payload.type).toBe('crisis.created');
    // The alert as it was when it first fired: the kritis rise (3) may fire before the volume threshold (8).
    const first = payload.data.crisis;
    expect(first).toMatchObject({ topic: 'bencana', region: 'samarinda', threshold: 8, kritisThreshold: 3 });
    expect(first.kritisCount >= 3 || first.count >= 8).toBe(true);
    expect(first.count).toBeLessThanOrEqual(12);
    expect(delivered.body).not.toMatch(/Sempaja|Warga banjir/); // no citizen's words or names
    const admin = await t.login(t.config.SEED_ADMIN_EMAIL);
    const log = (await t.api('/api/webhook-deliveries', { token: admin })).body.items;
    expect(log.map((d: { outcome: string }) => d.outcome).sort()).toEqual(['delivered', 'retrying']);
  }, 60_000);

  it('merges more reports of the same flood into the open alert instead of raising another', async () => {
    const more = await send(FLOOD, 3, 'banjir-lagi');
    await waitFor(async () => (await crises()).items[0]?.conversationCount === 15, 30_000);
    const { items } = await crises();
    expect(items).toHaveLength(1);
    expect(items[0].conversationIds).toEqual(expect.arrayContaining(more));
    surge.push(...more);
    expect(crisisEvents).toHaveLength(1);
  }, 120_000);

  it('sends one holding reply to every grouped conversation, each with its own ticket number, once', async () => {
    const { items, holdingReplies } = await crises();
    const holding = holdingReplies.find((r: { title: string }) => /sementara/i.test(r.title));
    const res = await t.api(`/api/crises/${items[0].id}/holding-reply`, {
      token: leader,
      body: { cannedResponseId: holding.id },
    });
    expect(res.status).toBe(202);
    expect(res.body.results).toHaveLength(15);
    expect(res.body.results.every((r: { ok: boolean }) => r.ok)).toBe(true);
    for (const id of surge) {
      const conv = await ConversationModel.findById(id).lean();
      const reply = await MessageModel.findOne({ conversationId: id, direction: 'outbound' }).lean();
      expect(reply?.text).toContain(conv!.ticketNumber);
      expect(reply?.text).toMatch(/Tanggapan|laporan/i);
    }
    const again = await t.api(`/api/crises/${items[0].id}/holding-reply`, {
      token: leader,
      body: { cannedResponseId: holding.id },
    });
    expect(again.status).toBe(409);
    const officer = await t.login('pdam.petugas1@demo.aspirasi.id');
    expect((await t.api('/api/crises', { token: officer })).status).toBe(403);
  }, 120_000);
});

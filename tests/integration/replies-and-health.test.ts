// Replies leave through the outbound queue to the source's endpoint; health and Redis loss are visible.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { genericSourceSecrets, signGenericBody } from '../../adapters/generic/index.js';
import { ChannelAccountModel, MessageModel } from '../../src/store/index.js';
import { startFakeEndpoint } from '../support/fake-endpoint.js';
import { laporWebEvent, newLaporWebCase } from '../support/cases.js';
import { startTestApp, waitFor, type TestApp } from '../support/app.js';
import { waitForMessageByDedupeKey } from '../support/conversations.js';

let t: TestApp;
let fake: Awaited<ReturnType<typeof startFakeEndpoint>>;
let token: string;

/** A new case from a citizen on `lapor-web`, by id (tests/support/cases.ts). */
const newCase = async (text: string) =>
  String((await newLaporWebCase(t, laporWebEvent('rh', 'Dewi', text)))._id);
/** The case's one outbound reply, once its delivery status is `status`. */
const outboundWithStatus = (id: string, status: string, timeoutMs?: number) =>
  waitFor(async () => {
    const d = await t.api(`/api/conversations/${id}`, { token });
    const out = d.body.messages.find((m: any) => m.direction === 'outbound');
    return out?.delivery.status === status ? out : null;
  }, timeoutMs);

beforeAll(async () => {
  t = await startTestApp({}, {});
  fake = await startFakeEndpoint();
  await ChannelAccountModel.updateOne(
    { platform: 'generic', accountId: 'lapor-web' },
    { $set: { replyUrl: `${fake.url}/balasan` } },
  );
  token = await t.login('pdam.petugas1@demo.aspirasi.id');
});
afterAll(async () => {
  await t?.stop();
  await fake?.close();
});

describe('replies', () => {
  it('goes out signed to the source and turns from queued to sent', async () => {
    const id = await newCase('Air PDAM keruh sejak kemarin');
    const res = await t.api(`/api/conversations/${id}/replies`, {
      token,
      body: { text: 'Baik, petugas kami cek hari ini.' },
    });
    expect(res.status).toBe(202);
    expect(res.body.message.delivery.status).toBe('queued');

    const sent = await outboundWithStatus(id, 'sent');
    // The first reply tells the citizen the ticket number they can quote.
    expect(sent.text).toMatch(/^Baik, petugas kami cek hari ini\.[\s\S]*ASP-\d{4}-\d{6}/);
    const req = fake.requests.at(-1)!;
    expect(req.path).toBe('/balasan');
    expect(JSON.parse(req.body).text).toBe(sent.text);
    // Signed with the source's reply secret, a different key from the one it signs its deliveries with.
    const secrets = genericSourceSecrets(t.config.GENERIC_WEBHOOK_SECRET!, 'lapor-web');
    const stamp = String(req.headers['x-aspirasi-timestamp']);
    expect(req.headers['x-aspirasi-signature']).toBe(signGenericBody(secrets.reply, stamp, req.body));
    expect(req.headers['x-aspirasi-signature']).not.toBe(signGenericBody(secrets.inbound, stamp, req.body));
  });

  it('shows failed with the reason when the source refuses for good', async () => {
    fake.respondWith(() => ({ status: 400, body: { error: 'unknown recipient' } }));
    const id = await newCase('Tagihan PDAM saya dobel bulan ini');
    await t.api(`/api/conversations/${id}/replies`, { token, body: { text: 'Kami cek tagihannya.' } });
    const failed = await outboundWithStatus(id, 'failed');
    expect(failed.delivery.error).toMatch(/HTTP 400/);
    fake.respondWith(() => ({ status: 200, body: { id: 'ok' } }));
  });

  it('retries with backoff when the source is briefly down, then shows sent', async () => {
    let calls = 0;
    fake.respondWith(() =>
      ++calls === 1 ? { status: 503, body: { error: 'busy' } } : { status: 200, body: { id: 'x9' } },
    );
    const id = await newCase('Air PDAM kecil sekali alirannya');
    await t.api(`/api/conversations/${id}/replies`, { token, body: { text: 'Sedang kami periksa.' } });
    const sent = await outboundWithStatus(id, 'sent', 10_000);
    expect(calls).toBe(2);
    expect(sent.externalId).toBe('x9');
    fake.respondWith(() => ({ status: 200, body: { id: 'ok' } }));
  });

  it('never ingests our own reply when the platform echoes it back as a new message', async () => {
    fake.respondWith(() => ({ status: 200, body: { id: 'echo-of-our-reply' } }));
    const id = await newCase('PDAM air berbau kaporit');
    await t.api(`/api/conversations/${id}/replies`, { token, body: { text: 'Terima kasih laporannya.' } });
    await waitFor(() => MessageModel.exists({ externalId: 'echo-of-our-reply', direction: 'outbound' }));
    const echo = {
      id: 'echo-of-our-reply',
      author: { id: 'humas' },
      text: 'Terima kasih laporannya.',
      createdAt: new Date().toISOString(),
    };
    expect((await t.postGeneric('lapor-web', echo)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    expect(await MessageModel.exists({ dedupeKey: 'generic:lapor-web:echo-of-our-reply' })).toBeNull();
    fake.respondWith(() => ({ status: 200, body: { id: 'ok' } }));
  });

  it('never ingests the echo of our reply inside the thread it answered either', async () => {
    fake.respondWith(() => ({ status: 200, body: { id: 'echo-in-thread' } }));
    const id = await newCase('Meteran PDAM di rumah kami bocor');
    const citizen = await MessageModel.findOne({ conversationId: id, direction: 'inbound' }).lean();
    await t.api(`/api/conversations/${id}/replies`, { token, body: { text: 'Segera kami ganti.' } });
    await outboundWithStatus(id, 'sent');
    // The source files the echo under the citizen's thread: the case exists, so it is not read before the insert.
    const echo = {
      id: 'echo-in-thread',
      author: { id: citizen!.author!.id, name: 'Humas' },
      text: 'Segera kami ganti.',
      createdAt: new Date().toISOString(),
    };
    expect((await t.postGeneric('lapor-web', echo)).status).toBe(200);
    await t.postGeneric('lapor-web', { ...echo, id: 'after-echo', text: 'Terima kasih pak' });
    await waitForMessageByDedupeKey('generic:lapor-web:after-echo');
    const d = await t.api(`/api/conversations/${id}`, { token });
    expect(d.body.messages.map((m: any) => `${m.direction}:${m.text.split('\n')[0]}`)).toEqual([
      'inbound:Meteran PDAM di rumah kami bocor',
      'outbound:Segera kami ganti.',
      'inbound:Terima kasih pak',
    ]);
    fake.respondWith(() => ({ status: 200, body: { id: 'ok' } }));
  });

  it('rejects an empty reply with 400 and stores nothing', async () => {
    const id = await newCase('PDAM kapan air normal lagi?');
    const res = await t.api(`/api/conversations/${id}/replies`, { token, body: { text: '   ' } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/balasan kosong/);
    expect(await MessageModel.countDocuments({ conversationId: id, direction: 'outbound' })).toBe(0);
  });
});

describe('health and Redis loss', () => {
  it('reports MongoDB and Redis up', async () => {
    const res = await t.api('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', mongo: 'up', redis: 'up', degraded: [] });
    // The reply the source refused above is a job that failed for good: visible here for operators.
    expect(res.body.failedJobs.outbound).toBeGreaterThanOrEqual(1);
  });

  it('answers 503 to webhooks while Redis is unreachable, so the platform retries', async () => {
    t.app.ctx.redis.disconnect();
    try {
      const body = {
        id: 'while-down',
        author: { id: 'x' },
        text: 'PDAM mati',
        createdAt: new Date().toISOString(),
      };
      const res = await t.postGeneric('lapor-web', body);
      expect(res.status).toBe(503);
      // Reads still work, so the process stays in service and says what is degraded.
      const health = await t.api('/healthz');
      expect(health.status).toBe(200);
      expect(health.body).toMatchObject({ status: 'degraded', mongo: 'up', redis: 'down' });
      expect(health.body.degraded).toContain('webhooks');
      expect(health.body.message).toMatch(/webhook dijawab 503/);
      expect((await t.api('/api/conversations', { token })).status).toBe(200);
    } finally {
      await t.app.ctx.redis.connect();
    }
    expect(await MessageModel.exists({ dedupeKey: 'generic:lapor-web:while-down' })).toBeNull();
  });
});

describe('unauthenticated endpoints', () => {
  it('slows down password guessing with 429 and a clear message', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 25 }, () =>
        t.api('/api/auth/login', { body: { email: 'pdam.spv@demo.aspirasi.id', password: 'tebak-tebak' } }),
      ),
    );
    const statuses = attempts.map((a) => a.status);
    expect(statuses).toContain(401);
    expect(statuses).toContain(429);
    expect(attempts.find((a) => a.status === 429)!.body.error.message).toMatch(
      /Terlalu banyak percobaan masuk/,
    );
  });
});

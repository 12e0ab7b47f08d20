// A reply reaches the citizen at most once: the send is claimed before the platform is called, an outcome that
// cannot be known waits for an officer ("check and resend") instead of being resent, a repeated request with the
// same Idempotency-Key is the same reply, and a reply stored while Redis was away is sent once it is back.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepOutbox } from '../../src/replies/outbox.js';
import { sendReply } from '../../src/replies/send-reply.js';
import { changeCase, sweepCaseOutboxes } from '../../src/workflow/change-case.js';
import { ChannelAccountModel, ConversationModel, EventModel, MessageModel } from '../../src/store/index.js';
import { laporWebEvent, newLaporWebCase } from '../support/cases.js';
import { startTestApp, waitFor, type TestApp } from '../support/app.js';

let t: TestApp;
let token: string;
let platform: Server;
let platformUrl: string;
/** Requests the platform received, by reply text. */
const received: string[] = [];
/** 'answer' replies 200; 'cut' reads the request, then drops the connection without answering. */
let mode: 'answer' | 'cut' = 'answer';

beforeAll(async () => {
  t = await startTestApp();
  platform = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push(JSON.parse(body).text);
      if (mode === 'cut') return void req.socket.destroy();
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ id: `p-${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => platform.listen(0, '127.0.0.1', resolve));
  platformUrl = `http://127.0.0.1:${(platform.address() as AddressInfo).port}/balasan`;
  await ChannelAccountModel.updateOne(
    { platform: 'generic', accountId: 'lapor-web' },
    { $set: { replyUrl: platformUrl } },
  );
  token = await t.login('pdam.petugas1@demo.aspirasi.id');
});
afterAll(async () => {
  await t?.stop();
  await new Promise((resolve) => platform?.close(resolve));
});

/** A new case from a citizen on `lapor-web`, by id, once its routed step has run, so nothing else changes it meanwhile. */
const newCase = async (text: string) =>
  String((await newLaporWebCase(t, laporWebEvent('rd', 'Dewi', text)))._id);

const reply = (caseId: string, text: string, key?: string) =>
  fetch(`${t.url}/api/conversations/${caseId}/replies`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...(key ? { 'idempotency-key': key } : {}),
    },
    body: JSON.stringify({ text }),
  }).then(async (r) => ({ status: r.status, body: await r.json() }));

const statusOf = (messageId: string, status: string, timeoutMs = 8000) =>
  waitFor(async () => {
    const m = await MessageModel.findById(messageId).lean();
    return m?.delivery?.status === status ? m : null;
  }, timeoutMs);

const timesReceived = (text: string) => received.filter((r) => r.startsWith(text)).length;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Idempotency-Key', () => {
  it('makes a repeated request the same reply, sent once', async () => {
    const id = await newCase('Air PDAM keruh');
    const first = await reply(id, 'Kami cek hari ini. (a)', 'klik-1');
    const second = await reply(id, 'Kami cek hari ini. (a)', 'klik-1');
    expect([first.status, second.status]).toEqual([202, 202]);
    expect(second.body.message.id).toBe(first.body.message.id);
    await statusOf(first.body.message.id, 'sent');
    expect(await MessageModel.countDocuments({ conversationId: id, direction: 'outbound' })).toBe(1);
    expect(timesReceived('Kami cek hari ini. (a)')).toBe(1);
  });

  it('refuses the same key for a different reply, and a malformed key', async () => {
    const id = await newCase('Tagihan PDAM naik');
    await reply(id, 'Kami periksa tagihannya.', 'kunci-2');
    const reused = await reply(id, 'Balasan lain sama sekali.', 'kunci-2');
    expect(reused.status).toBe(409);
    expect(reused.body.error.code).toBe('idempotency_key_reused');
    const bad = await reply(id, 'Halo', 'ada spasi');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/Idempotency-Key/);
  });
});

describe('an outcome that cannot be known', () => {
  it('becomes unknown, not a second send, when the platform drops the connection after the request', async () => {
    mode = 'cut';
    const id = await newCase('Pipa PDAM bocor');
    const res = await reply(id, 'Petugas menuju lokasi. (cut)');
    const unknown = await statusOf(res.body.message.id, 'unknown');
    expect(unknown.delivery?.error).toMatch(/Periksa di platform/);
    await sleep(2500); // longer than the first retry's backoff: nothing may resend it
    expect(timesReceived('Petugas menuju lokasi. (cut)')).toBe(1);
    mode = 'answer';

    // The officer checked the platform: not there, resend. One more send, by a person's decision.
    const resend = await t.api(`/api/conversations/${id}/replies/${res.body.message.id}/resend`, {
      token,
      body: {},
    });
    expect(resend.status).toBe(200);
    await statusOf(res.body.message.id, 'sent');
    expect(timesReceived('Petugas menuju lokasi. (cut)')).toBe(2);
    const again = await t.api(`/api/conversations/${id}/replies/${res.body.message.id}/resend`, {
      token,
      body: {},
    });
    expect(again.status).toBe(409);
  });

  it('becomes unknown when a send job finds its reply already claimed by an attempt that died', async () => {
    const id = await newCase('Air PDAM berbau');
    const claimed = await outboundReply(id, 'Terkirim atau tidak? (claimed)', 'claim-of-a-dead-worker');
    await sendReply(t.app.ctx, attempt(String(claimed._id)));
    const after = await MessageModel.findById(claimed._id).lean();
    expect(after?.delivery?.status).toBe('unknown');
    expect(timesReceived('Terkirim atau tidak? (claimed)')).toBe(0);

    // The officer saw it arrive on the platform: confirm, no send at all.
    const confirm = await t.api(`/api/conversations/${id}/replies/${claimed._id}/confirm-sent`, {
      token,
      body: {},
    });
    expect(confirm.body.message.delivery.status).toBe('sent');
    expect(timesReceived('Terkirim atau tidak? (claimed)')).toBe(0);
  });

  it('is recorded as sent, without calling again, when the job kept the platform answer in Redis', async () => {
    const id = await newCase('Meteran PDAM rusak');
    const claimed = await outboundReply(id, 'Sudah diterima platform. (kept)', 'claim-7');
    await sendReply(
      t.app.ctx,
      attempt(String(claimed._id), { claim: 'claim-7', outcome: 'sent', externalId: 'p-kept' }),
    );
    const after = await MessageModel.findById(claimed._id).lean();
    expect(after?.delivery?.status).toBe('sent');
    expect(after?.externalId).toBe('p-kept');
    expect(timesReceived('Sudah diterima platform. (kept)')).toBe(0);
  });
});

describe('Redis away when the reply is written', () => {
  it('keeps a case change written while Redis is away; the sweep then records it once and starts its SLA timers', async () => {
    const id = await newCase('Air PDAM keruh sejak pagi');
    const note = { type: 'note' as const, actorId: null, data: { note: 'dicek ulang' } };
    t.app.ctx.redis.disconnect();
    let done;
    try {
      // A change that re-plans the SLA: its timers need Redis, the change itself does not.
      done = await changeCase(t.app.ctx, id, 'redis-away-change', () => ({
        events: [note],
        replanSla: true,
      }));
    } finally {
      await t.app.ctx.redis.connect();
    }
    expect(done.changed).toBe(true);
    expect((await ConversationModel.findById(id).lean())?.outbox?.pending).toBe(true);
    await sweepCaseOutboxes(t.app.ctx, Date.now() + 60_000);
    await sweepCaseOutboxes(t.app.ctx, Date.now() + 60_000);
    const conv = await ConversationModel.findById(id).lean();
    expect(conv?.outbox?.pending).toBe(false);
    expect(await EventModel.countDocuments({ conversationId: id, type: 'note' })).toBe(1);
    const timers = await t.app.ctx.queues.sla.getDelayed();
    expect(
      timers.some((job) => job.data.conversationId === id && job.data.version === conv?.sla?.timerVersion),
    ).toBe(true);
  });

  it('accepts the reply as queued and sends it once Redis is back (outbox sweep)', async () => {
    const id = await newCase('PDAM tidak mengalir');
    t.app.ctx.redis.disconnect();
    let res;
    try {
      res = await reply(id, 'Kami kirim tangki air. (outbox)');
    } finally {
      await t.app.ctx.redis.connect();
    }
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(res.body.message.delivery.status).toBe('queued');
    await sweepOutbox(t.app.ctx, Date.now() + 60_000);
    await statusOf(res.body.message.id, 'sent');
    expect(timesReceived('Kami kirim tangki air. (outbox)')).toBe(1);
    // The case update the API could not finish (SLA timers need Redis) was finished by the send job, once.
    const conv = await ConversationModel.findById(id).lean();
    expect(conv?.firstRespondedAt).toBeTruthy();
    expect(await EventModel.countDocuments({ conversationId: id, type: 'replied' })).toBe(1);
  });
});

/** A reply as a send attempt that died after claiming it leaves it: `sending`, with that attempt's claim. */
async function outboundReply(conversationId: string, text: string, claim: string) {
  const inbound = await MessageModel.findOne({ conversationId, direction: 'inbound' }).lean();
  return MessageModel.create({
    conversationId,
    direction: 'outbound',
    platform: 'generic',
    accountId: 'lapor-web',
    dedupeKey: `out:test:${claim}:${Date.now()}`,
    visibility: 'private',
    text,
    replyToExternalId: inbound!.externalId,
    delivery: { status: 'sending', claim, attempts: 1, updatedAt: new Date() },
    createdAt: new Date(),
  });
}

function attempt(messageId: string, pending?: { claim: string; outcome: 'sent'; externalId: string }) {
  return { data: { messageId, pending }, attempt: 2, maxAttempts: 10, rememberOutcome: async () => {} };
}

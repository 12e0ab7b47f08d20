// The walking skeleton end to end: signed webhook -> queue -> worker -> MongoDB -> API and live socket push.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageModel, ConversationModel } from '../../src/store/index.js';
import { startTestApp, waitFor, type TestApp } from '../support/app.js';

let t: TestApp;
let pdamOfficer: string;
let puprOfficer: string;
let seq = 0;

const event = (text: string, extra: Record<string, unknown> = {}) => ({
  id: `evt-${Date.now()}-${++seq}`,
  author: { id: `warga-${seq}`, name: 'Warga Loa Janan' },
  text,
  createdAt: new Date().toISOString(),
  ...extra,
});

beforeAll(async () => {
  t = await startTestApp();
  pdamOfficer = await t.login('pdam.petugas1@demo.aspirasi.id');
  puprOfficer = await t.login('pupr.petugas1@demo.aspirasi.id');
});
afterAll(() => t?.stop());

describe('signed generic webhook', () => {
  // How fast is measured by bench/webhook-latency.bench.ts, not asserted here (a loaded machine is slower).
  it('becomes a routed conversation, visible in the API and pushed to the agency room', async () => {
    const socket = await t.socket(pdamOfficer);
    const pushed = new Promise<any>((resolve) => socket.once('conversation:new', resolve));
    const body = event('Air PDAM mati sudah 3 hari di Loa Janan, mohon segera diperbaiki');
    const res = await t.postGeneric('lapor-web', body);
    expect(res.status).toBe(200);

    const { conversation } = await pushed;
    expect(conversation.agency.code).toBe('PDAM');
    expect(conversation.status).toBe('routed');
    expect(conversation.ticketNumber).toMatch(/^ASP-\d{4}-\d{6}$/);

    const list = await t.api('/api/conversations', { token: pdamOfficer });
    expect(list.status).toBe(200);
    expect(list.body.items.map((c: any) => c.id)).toContain(conversation.id);
    const detail = await t.api(`/api/conversations/${conversation.id}`, { token: pdamOfficer });
    expect(detail.body.messages).toHaveLength(1);
    expect(detail.body.messages[0].text).toBe(body.text);
    expect(detail.body.events.map((e: any) => e.type)).toEqual(['created', 'classified', 'routed']);
  });

  it('stores one message when the same event arrives twice, even concurrently', async () => {
    const body = event('Meteran air PDAM rusak, tagihan bulan ini naik tiga kali lipat');
    const sequential = await t.postGeneric('lapor-web', body);
    const concurrent = await Promise.all(Array.from({ length: 6 }, () => t.postGeneric('lapor-web', body)));
    expect([sequential, ...concurrent].map((r) => r.status)).toEqual(Array(7).fill(200));
    await waitFor(() => MessageModel.exists({ dedupeKey: `generic:lapor-web:${body.id}` }));
    await new Promise((r) => setTimeout(r, 300)); // let any stray duplicate job finish
    expect(await MessageModel.countDocuments({ dedupeKey: `generic:lapor-web:${body.id}` })).toBe(1);
    expect(
      await ConversationModel.countDocuments({ threadRef: `generic:lapor-web:author:${body.author.id}` }),
    ).toBe(1);
  });

  it('threads later messages of the same thread into one conversation', async () => {
    const first = event('Pipa PDAM bocor di depan rumah saya', { threadId: 'thread-77' });
    const later = new Date(Date.parse(first.createdAt as string) + 60_000).toISOString();
    const second = event('Sudah dua hari belum ada petugas datang', {
      threadId: 'thread-77',
      createdAt: later,
    });
    await t.postGeneric('lapor-web', first);
    await t.postGeneric('lapor-web', second);
    // The inbox row shows the newer message once both are in (a wrong preview times out here).
    const conv = await waitFor(async () => {
      const c = await ConversationModel.findOne({ threadRef: 'generic:lapor-web:thread:thread-77' }).lean();
      return c?.messageCount === 2 && c.preview === second.text ? c : null;
    });
    expect(conv.preview).toBe(second.text);
  });

  it('rejects a missing or wrong signature with 401 and stores nothing', async () => {
    const body = event('PDAM tolong air keruh');
    const missing = await t.postGeneric('lapor-web', body, { signature: null });
    const wrong = await t.postGeneric('lapor-web', body, { signature: 'sha256=' + '0'.repeat(64) });
    expect(missing.status).toBe(401);
    expect((await missing.json()).error.message).toMatch(/X-Aspirasi-Signature/);
    expect(wrong.status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(await MessageModel.exists({ dedupeKey: `generic:lapor-web:${body.id}` })).toBeNull();
  });

  it('answers 400 with a reason for malformed JSON or missing fields, and 413 above 1 MiB', async () => {
    const badJson = await t.postGeneric('lapor-web', null, { raw: '{"id": "x", ' });
    expect(badJson.status).toBe(400);
    expect((await badJson.json()).error.message).toMatch(/JSON/);

    const missing = await t.postGeneric('lapor-web', { id: 'x1', author: { id: 'a' } });
    expect(missing.status).toBe(400);
    const reason = (await missing.json()).error.message;
    expect(reason).toMatch(/text/);
    expect(reason).toMatch(/createdAt/);

    const huge = await t.postGeneric('lapor-web', event('x'.repeat(1024 * 1024 + 10)));
    expect(huge.status).toBe(413);
    expect(await MessageModel.exists({ dedupeKey: 'generic:lapor-web:x1' })).toBeNull();
  });
});

describe('agency scoping', () => {
  it("hides another agency's conversation on REST and on socket.io", async () => {
    const puprSocket = await t.socket(puprOfficer);
    const leaked: unknown[] = [];
    puprSocket.on('conversation:new', (e) => leaked.push(e));
    puprSocket.on('conversation:updated', (e) => leaked.push(e));

    const body = event('Tagihan air PDAM tidak sesuai pemakaian');
    await t.postGeneric('lapor-web', body);
    const conv = await waitFor(async () => {
      const m = await MessageModel.findOne({ dedupeKey: `generic:lapor-web:${body.id}` }).lean();
      return m ? ConversationModel.findById(m.conversationId).lean() : null;
    });
    const id = String(conv!._id);

    expect((await t.api(`/api/conversations/${id}`, { token: puprOfficer })).status).toBe(404);
    const reply = await t.api(`/api/conversations/${id}/replies`, {
      token: puprOfficer,
      body: { text: 'halo' },
    });
    expect(reply.status).toBe(404);
    const list = await t.api('/api/conversations?agencyId=' + String(conv!.agencyId), { token: puprOfficer });
    expect(list.body.items).toEqual([]);
    const joined = await puprSocket.emitWithAck('conversation:join', { id });
    expect(joined.ok).toBe(false);

    await new Promise((r) => setTimeout(r, 300));
    expect(leaked.filter((e: any) => e.conversation.id === id)).toEqual([]);
  });

  it('rejects API calls without a valid token', async () => {
    expect((await t.api('/api/conversations')).status).toBe(401);
    expect((await t.api('/api/conversations', { token: 'not-a-token' })).status).toBe(401);
    const bad = await t.api('/api/auth/login', {
      body: { email: 'pdam.petugas1@demo.aspirasi.id', password: 'salah' },
    });
    expect(bad.status).toBe(401);
  });
});

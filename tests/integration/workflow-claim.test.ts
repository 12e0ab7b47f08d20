// Collision control: the claim lock on replies and claims, take-over, and live viewing/typing presence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageModel } from '../../src/store/index.js';
import { startTestApp, waitFor, type TestApp } from '../support/app.js';
import { laporWebEvent, newLaporWebCase } from '../support/cases.js';

let t: TestApp;
const tokens: Record<string, string> = {};

async function newPuprCase() {
  const event = laporWebEvent(
    'claim',
    'Budi Warga',
    'Jalan berlubang besar di Jl. Juanda Samarinda, mohon segera ditambal',
  );
  return String((await newLaporWebCase(t, event))._id);
}
const reply = (who: string, id: string, text: string, extra: object = {}) =>
  t.api(`/api/conversations/${id}/replies`, { token: tokens[who], body: { text, ...extra } });

beforeAll(async () => {
  t = await startTestApp();
  for (const who of ['pupr.petugas1', 'pupr.petugas2', 'pupr.spv'])
    tokens[who] = await t.login(`${who}@demo.aspirasi.id`);
});
afterAll(() => t?.stop());

describe('claim lock', () => {
  it("refuses a second officer's reply with 409 naming the claimer, until they take over explicitly", async () => {
    const id = await newPuprCase();
    expect((await reply('pupr.petugas1', id, 'Kami cek lokasinya.')).status).toBe(202);

    const second = await reply('pupr.petugas2', id, 'Saya juga bantu jawab.');
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('claimed_by_other');
    const first = (await t.api(`/api/conversations/${id}`, { token: tokens['pupr.spv'] })).body.conversation;
    expect(first.claimer.name).toMatch(/PUPR/);
    expect(second.body.error.message).toContain(first.claimer.name);

    const claim = await t.api(`/api/conversations/${id}/claim`, { token: tokens['pupr.petugas2'], body: {} });
    expect(claim.status).toBe(409);
    const takeOver = await t.api(`/api/conversations/${id}/claim`, {
      token: tokens['pupr.petugas2'],
      body: { takeOver: true },
    });
    expect(takeOver.status).toBe(200);
    expect(takeOver.body.conversation.claimer.id).toBe(takeOver.body.conversation.assigneeId);
    expect((await reply('pupr.petugas2', id, 'Tim berangkat siang ini.')).status).toBe(202);
    expect((await reply('pupr.petugas1', id, 'Sudah saya jadwalkan.')).status).toBe(409);
    expect((await reply('pupr.petugas1', id, 'Saya lanjutkan.', { takeOver: true })).status).toBe(202);

    const outbound = await MessageModel.countDocuments({ conversationId: id, direction: 'outbound' });
    expect(outbound).toBe(3);
    const claims = (
      await t.api(`/api/conversations/${id}`, { token: tokens['pupr.spv'] })
    ).body.events.filter((e: any) => e.type === 'claimed');
    expect(claims.map((e: any) => e.data.takeOver)).toEqual([false, true, true]);
  });

  it('lets exactly one of two simultaneous first replies through', async () => {
    const id = await newPuprCase();
    const results = await Promise.all([
      reply('pupr.petugas1', id, 'Jawaban petugas satu'),
      reply('pupr.petugas2', id, 'Jawaban petugas dua'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([202, 409]);
    expect(await MessageModel.countDocuments({ conversationId: id, direction: 'outbound' })).toBe(1);
  });
});

describe('presence', () => {
  it('shows who is viewing and who is typing in a conversation, live', async () => {
    const id = await newPuprCase();
    const one = await t.socket(tokens['pupr.petugas1']);
    const two = await t.socket(tokens['pupr.petugas2']);
    const seen: any[] = [];
    one.on('presence', (p) => seen.push(p));

    expect((await one.emitWithAck('presence:viewing', { conversationId: id })).ok).toBe(true);
    expect((await two.emitWithAck('presence:viewing', { conversationId: id })).ok).toBe(true);
    two.emit('presence:typing', { conversationId: id, typing: true });
    const typing = await waitFor(async () =>
      seen.find(
        (p) => p.conversationId === id && p.viewers.length === 2 && p.viewers.some((v: any) => v.typing),
      ),
    );
    const typist = typing.viewers.find((v: any) => v.typing);
    expect(typist.name).toMatch(/PUPR/);
    expect(typing.viewers.filter((v: any) => v.typing)).toHaveLength(1);

    two.close();
    await waitFor(async () => seen.at(-1)?.viewers.length === 1);
    expect(seen.at(-1).viewers[0].typing).toBe(false);
  });

  it('refuses to show presence in a conversation of another agency', async () => {
    const id = await newPuprCase();
    const other = await t.socket(await t.login('pdam.petugas1@demo.aspirasi.id'));
    expect((await other.emitWithAck('presence:viewing', { conversationId: id })).ok).toBe(false);
  });
});

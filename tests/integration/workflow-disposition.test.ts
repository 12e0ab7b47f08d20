// Disposition end to end: auto-assignment, bukan wewenang back to humas with the reason, re-disposition and
// transfers keeping the whole history, illegal moves as 409, reopening, notes, tags, public ticket lookup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConversationModel } from '../../src/store/index.js';
import { afterRoutedStep } from '../support/cases.js';
import { startTestApp, waitFor, type TestApp } from '../support/app.js';
import { waitForMessageByDedupeKey } from '../support/conversations.js';

let t: TestApp;
let seq = 0;
const tokens: Record<string, string> = {};

/** Post a citizen message and wait until the case is stored, assigned (or queued) and its SLA scheduled. */
async function citizenWrites(text: string, threadId = `wf-${++seq}`, author = `warga-wf-${seq}`) {
  const body = {
    id: `wf-evt-${Date.now()}-${++seq}`,
    author: { id: author, name: 'Siti Warga' },
    text,
    createdAt: new Date().toISOString(),
    threadId,
  };
  expect((await t.postGeneric('lapor-web', body)).status).toBe(200);
  const message = await waitForMessageByDedupeKey(`generic:lapor-web:${body.id}`);
  return String(message.conversationId);
}
/** The new case once it is assigned or queued (its routed step has run). */
const scheduled = (id: string) => afterRoutedStep(t, id);
const act = (who: string, id: string, action: string, body: unknown = {}) =>
  t.api(`/api/conversations/${id}/${action}`, { token: tokens[who], body });
const detail = (who: string, id: string) => t.api(`/api/conversations/${id}`, { token: tokens[who] });

beforeAll(async () => {
  t = await startTestApp();
  for (const who of [
    'pdam.petugas1',
    'pdam.petugas2',
    'pupr.petugas1',
    'dlh.petugas1',
    'humas.spv',
    'humas.petugas1',
  ]) {
    tokens[who] = await t.login(`${who}@demo.aspirasi.id`);
  }
  await t.api('/api/me/presence', {
    method: 'PATCH',
    token: tokens['pdam.petugas1'],
    body: { presence: 'online' },
  });
});
afterAll(() => t?.stop());

describe('auto-assignment', () => {
  it('gives a new PDAM case to the online PDAM officer; with nobody online a case waits in the queue', async () => {
    const id = await citizenWrites('Air PDAM mati sejak kemarin di Sempaja, mohon dicek');
    const conv = await scheduled(id);
    const { body } = await detail('pdam.petugas1', id);
    expect(body.conversation.agency.code).toBe('PDAM');
    expect(body.conversation.assignee.name).toMatch(/PDAM/);
    expect(String(conv.assigneeId)).toBe(body.conversation.assignee.id);
    expect(body.events.find((e: any) => e.type === 'assigned').data.by).toBe('auto');

    const pupr = await citizenWrites('Jalan berlubang besar di Jl. Juanda, sudah banyak pengendara jatuh');
    const puprCase = await scheduled(pupr);
    expect(puprCase.assigneeId).toBeNull(); // no PUPR officer online: agency queue
  });
});

describe('disposisi', () => {
  it('returns a rejected case to humas with the reason visible, and keeps every step when it moves on', async () => {
    const id = await citizenWrites('Tagihan PDAM saya naik dua kali lipat padahal rumah kosong');
    await scheduled(id);

    const reject = await act('pdam.petugas1', id, 'reject', {
      reason: 'Ini soal pajak bumi, bukan layanan air',
    });
    expect(reject.status).toBe(200);
    expect(reject.body.conversation).toMatchObject({
      status: 'rejected',
      rejectionReason: 'Ini soal pajak bumi, bukan layanan air',
    });
    expect(reject.body.conversation.agency.code).toBe('HUMAS');
    expect(reject.body.conversation.assigneeId).toBeNull();
    expect((await detail('pdam.petugas1', id)).status).toBe(404); // no longer PDAM's case

    const humasView = await detail('humas.petugas1', id);
    expect(humasView.body.conversation.rejectionReason).toMatch(/bukan layanan air/);

    const agencies = (await t.api('/api/agencies', { token: tokens['humas.spv'] })).body.agencies;
    const idOf = (code: string) => agencies.find((a: any) => a.code === code).id;
    const routed = await act('humas.petugas1', id, 'transfer', {
      agencyId: idOf('PUPR'),
      reason: 'Meteran di saluran umum',
    });
    expect(routed.status).toBe(200);
    expect(routed.body.conversation).toMatchObject({ status: 'routed', rejectionReason: null });
    const moved = await act('pupr.petugas1', id, 'transfer', {
      agencyId: idOf('DLH'),
      reason: 'Limbah, bukan jalan',
    });
    expect(moved.body.conversation.agency.code).toBe('DLH');

    const history = (await detail('dlh.petugas1', id)).body.events;
    const steps = history.filter((e: any) => ['routed', 'rejected', 'transferred'].includes(e.type));
    expect(steps.map((e: any) => [e.type, e.data.toAgency ?? e.data.fromAgency ?? null])).toEqual([
      ['routed', null], // the automatic routing on arrival
      ['rejected', 'PDAM'],
      ['routed', 'Dinas PUPR-PERA'],
      ['transferred', 'DLH'],
    ]);
    expect(steps[1].data.reason).toBe('Ini soal pajak bumi, bukan layanan air');
    expect(steps[1].actor.name).toMatch(/PDAM/);
  });

  it('answers an illegal move with 409 and the reason, and changes nothing', async () => {
    const id = await citizenWrites('Pipa PDAM bocor di depan sekolah');
    await scheduled(id);
    const resolve = await act('pdam.petugas1', id, 'resolve', {});
    expect(resolve.status).toBe(409);
    expect(resolve.body.error.code).toBe('illegal_transition');
    expect(resolve.body.error.message).toMatch(/Terima kasus terlebih dahulu/);

    const triage = await citizenWrites('Selamat pagi admin, saya mau bertanya');
    await scheduled(triage);
    const humasReject = await act('humas.petugas1', triage, 'reject', { reason: 'bukan urusan kami' });
    expect(humasReject.status).toBe(409);
    expect(humasReject.body.error.message).toMatch(/masih di humas; disposisikan/);
    const noReason = await act('pdam.petugas1', id, 'reject', {});
    expect(noReason.status).toBe(400);
    expect((await ConversationModel.findById(id).lean())!.status).toBe('routed');
  });
});

describe('status and reopening', () => {
  it('runs accept -> first reply with the ticket number -> waiting -> citizen resumes -> resolve -> citizen reopens', async () => {
    const thread = `wf-reopen-${Date.now()}`;
    const id = await citizenWrites('Air PDAM keruh dan berbau di Gunung Kelua', thread, 'warga-reopen');
    await scheduled(id);
    expect((await act('pdam.petugas1', id, 'accept')).body.conversation.status).toBe('in_progress');

    const reply = await t.api(`/api/conversations/${id}/replies`, {
      token: tokens['pdam.petugas1'],
      body: { text: 'Baik, tim kami cek hari ini.' },
    });
    expect(reply.status).toBe(202);
    const ticket = (await ConversationModel.findById(id).lean())!.ticketNumber;
    expect(reply.body.message.text).toContain(`Nomor tiket Anda: ${ticket}`);
    const second = await t.api(`/api/conversations/${id}/replies`, {
      token: tokens['pdam.petugas1'],
      body: { text: 'Mohon kirim foto airnya.' },
    });
    expect(second.body.message.text).toBe('Mohon kirim foto airnya.');

    expect((await act('pdam.petugas1', id, 'status', { status: 'waiting' })).body.conversation.status).toBe(
      'waiting',
    );
    await citizenWrites('Ini fotonya pak', thread, 'warga-reopen');
    await waitFor(async () => (await ConversationModel.findById(id).lean())?.status === 'in_progress');

    const resolved = await act('pdam.petugas1', id, 'resolve', { note: 'Pipa diganti' });
    expect(resolved.body.conversation.status).toBe('resolved');
    await citizenWrites('Airnya keruh lagi pak', thread, 'warga-reopen');
    const reopened = await waitFor(async () => {
      const c = await ConversationModel.findById(id).lean();
      return c?.status === 'in_progress' ? c : null;
    });
    expect(reopened.resolvedAt).toBeNull();
    const types = (await detail('pdam.petugas1', id)).body.events.filter(
      (e: any) => e.type === 'status_changed',
    );
    expect(types.map((e: any) => `${e.data.from}>${e.data.to}`)).toEqual([
      'in_progress>waiting',
      'waiting>in_progress',
      'in_progress>resolved',
      'resolved>in_progress',
    ]);
  });
});

describe('notes, tags, links and the public lookup', () => {
  it('keeps private notes and tags on the case and answers everyone who reported the same incident', async () => {
    const a = await citizenWrites('PDAM, air tidak mengalir di Jl. Pramuka sejak subuh');
    const b = await citizenWrites('Air PDAM mati total di Jl. Pramuka, kapan nyala?');
    await scheduled(a);
    await scheduled(b);
    const note = await act('pdam.petugas1', a, 'notes', {
      text: 'Pompa induk rusak, teknisi sudah berangkat',
    });
    expect(note.status).toBe(200);
    const tagged = await act('pdam.petugas1', a, 'tags', { add: ['Pompa Rusak', 'pramuka'] });
    expect(tagged.body.conversation.tags).toEqual(['pompa-rusak', 'pramuka']);
    const linked = await act('pdam.petugas1', a, 'links', { conversationId: b });
    expect(linked.body.conversation.linkedIds).toEqual([b]);
    expect((await detail('pdam.petugas1', b)).body.conversation.linkedIds).toEqual([a]);

    const all = await act('pdam.petugas1', a, 'linked-replies', {
      text: 'Halo {{nama}}, pompa sedang diperbaiki. Tiket: {{ticket}}',
    });
    expect(all.status).toBe(202);
    expect(all.body.results.map((r: any) => r.ok)).toEqual([true, true]);
    for (const r of all.body.results)
      expect(r.message.text).toContain(`Halo Siti Warga, pompa sedang diperbaiki. Tiket: ${r.ticketNumber}`);

    const events = (await detail('pdam.petugas1', a)).body.events;
    expect(events.find((e: any) => e.type === 'note').data.note).toMatch(/Pompa induk/);
    const messages = (await detail('pdam.petugas1', a)).body.messages;
    expect(messages.some((m: any) => /Pompa induk/.test(m.text))).toBe(false); // notes never go to the citizen
  });

  it('shows status and agency by ticket number without a token, and nothing personal', async () => {
    const id = await citizenWrites('Meteran air PDAM rumah saya hilang, atas nama Siti, HP 081234567890');
    const conv = await scheduled(id);
    const res = await t.api(`/api/public/tickets/${conv.ticketNumber}`);
    expect(res.status).toBe(200);
    expect(res.body.ticket).toMatchObject({
      ticketNumber: conv.ticketNumber,
      status: 'routed',
      statusLabel: 'Didisposisikan',
    });
    expect(res.body.ticket.agency.shortName).toBe('PDAM');
    const raw = JSON.stringify(res.body);
    for (const secret of ['Siti', '0812', 'Meteran', 'lapor-web', String(conv.contactId)])
      expect(raw).not.toContain(secret);
    expect((await t.api('/api/public/tickets/ASP-2020-999999')).status).toBe(404);
  });
});

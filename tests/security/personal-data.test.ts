// Personal data (issue 11, items 7 and 9): attachment links only to platform media hosts; cases finished past the
// retention are anonymised by the scheduled job; an admin exports or erases one citizen's data; officers' label
// corrections reach training only once a supervisor approved them. Everything through the real endpoints and worker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMISE_JOB } from '../../src/privacy/retention-job.js';
import {
  AuditEntryModel,
  ContactModel,
  ConversationModel,
  EventModel,
  MessageModel,
  SessionModel,
} from '../../src/store/index.js';
import { correctionsFromEvents } from '../../src/training/db-corrections.js';
import { startTestApp, waitFor, type TestApp } from '../support/app.js';
import { agencyIdOf, insertCase, insertFacebookMessage } from '../support/fixtures.js';

let t: TestApp;
let admin: string;
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);
const NIK = '6472031508900003';

beforeAll(async () => {
  t = await startTestApp({ PERSONAL_DATA_RETENTION_DAYS: '365' });
  admin = await t.login(t.config.SEED_ADMIN_EMAIL);
});
afterAll(async () => {
  await t?.stop();
});

describe('attachments', () => {
  it('keep a link only when it is https on the platform’s own media host', async () => {
    const conv = await insertCase({ agencyId: await agencyIdOf('PUPR') });
    await insertFacebookMessage(conv.id, 'ini fotonya', [
      { type: 'image', url: 'https://scontent-sin6-1.xx.fbcdn.net/v/t1/foto.jpg?oh=1' },
      { type: 'image', url: 'http://scontent.xx.fbcdn.net/foto.jpg' },
      { type: 'image', url: 'https://fbcdn.net.jahat.example/foto.jpg' },
      { type: 'document', url: 'javascript:alert(document.cookie)', name: 'surat.pdf' },
      { type: 'image', url: 'https://user:pw@scontent.xx.fbcdn.net/foto.jpg' },
      { type: 'link', url: 'https://pbs.twimg.com/media/x.jpg' }, // X's host, on a Facebook message
    ]);
    const detail = await t.api(`/api/conversations/${conv.id}`, { token: admin });
    const message = detail.body.messages.find((m: { text: string }) => m.text === 'ini fotonya');
    expect(message.attachments.map((a: { url?: string }) => a.url ?? null)).toEqual([
      'https://scontent-sin6-1.xx.fbcdn.net/v/t1/foto.jpg?oh=1',
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(message.attachments[3]).toMatchObject({ type: 'document', name: 'surat.pdf' });
    expect(message.attachments[3]).not.toHaveProperty('url');
  });
});

describe('retention', () => {
  it('anonymises cases finished longer ago than the retention, by the scheduled job, and nothing else', async () => {
    const agencyId = await agencyIdOf('PDAM');
    const text = `Air mati. NIK saya ${NIK}, hubungi 0812-5555-1234, Budi Santoso, Jl. Merdeka No. 5 RT 03`;
    const citizen = { name: 'Budi Santoso', phone: '6281255551234' };
    const aged = (status: string, name: string, days: number) =>
      insertCase({ agencyId, status, text, citizen: { ...citizen, name }, updatedAt: daysAgo(days) });
    const old = await aged('closed', 'Budi Santoso', 400);
    const recent = await aged('closed', 'Sri', 20);
    const open = await aged('in_progress', 'Ani', 400);
    await MessageModel.updateOne(
      { conversationId: old.id },
      { $set: { attachments: [{ type: 'image', url: 'https://x.fbcdn.net/a.jpg' }] } },
    );

    const ended = await SessionModel.create({
      userId: old.id,
      kind: 'bearer',
      expiresAt: daysAgo(100),
      ip: '10.1.2.3',
    });
    const job = await t.app.ctx.queues.maintenance.add(ANONYMISE_JOB, {});
    await waitFor(async () => (await job.isCompleted()) || null, 15_000);

    const [msg] = await MessageModel.find({ conversationId: old.id }).lean();
    expect(msg!.text).not.toContain(NIK);
    expect(msg!.text).not.toContain('0812');
    expect(msg!.text).not.toContain('Budi Santoso');
    expect(msg!.text).toMatch(/\[NIK\].*\[TELEPON\].*\[NAMA\]/);
    expect(msg!.author?.name).toBeUndefined();
    expect(msg!.attachments ?? []).toEqual([]);
    const contact = (await ContactModel.findById(old.contactId).lean())!;
    expect(contact).toMatchObject({ externalUserId: 'anon', identityKey: `anon:${old.contactId}` });
    expect(contact.name).toBeUndefined();
    expect(contact.phone).toBeUndefined();
    const conv = (await ConversationModel.findById(old.id).lean())!;
    expect(conv).toMatchObject({
      searchText: '',
      contactName: null,
      threadRef: `anon:${old.id}`,
      ticketNumber: old.ticketNumber,
    });
    expect(conv.anonymisedAt).toBeInstanceOf(Date);

    for (const kept of [recent, open]) {
      expect((await MessageModel.findOne({ conversationId: kept.id }).lean())!.text).toContain(NIK);
      expect((await ContactModel.findById(kept.contactId).lean())!.name).toBeTruthy();
    }
    expect(await SessionModel.exists({ _id: ended._id })).toBeNull(); // a login ended 100 days ago is dropped
    const audit = await AuditEntryModel.findOne({ action: 'personal_data.anonymised' }).lean();
    expect(audit).toMatchObject({ actor: null, data: { conversations: 1, contacts: 1, retentionDays: 365 } });
    // The job runs nightly.
    const schedulers = await t.app.ctx.queues.maintenance.getJobSchedulers();
    expect(schedulers.map((s) => s.key)).toContain(ANONYMISE_JOB);
  });
});

describe("a citizen's request", () => {
  it('finds the citizen by phone, exports everything held about them, and audits the export', async () => {
    const c = await insertCase({
      agencyId: await agencyIdOf('DINKES'),
      text: 'Puskesmas tutup, saya Wulan',
      citizen: { name: 'Wulan', phone: '6281399990000' },
    });
    const found = await t.api('/api/privacy/contacts?phone=0813-9999-0000', { token: admin });
    expect(found.status).toBe(200);
    expect(found.body.items).toEqual([
      expect.objectContaining({ id: c.contactId, name: 'Wulan', tickets: [c.ticketNumber] }),
    ]);
    const exported = await t.api(`/api/privacy/contacts/${c.contactId}/export`, { token: admin });
    expect(exported.status).toBe(200);
    expect(exported.body.contact).toMatchObject({ name: 'Wulan', phone: '6281399990000' });
    expect(exported.body.cases[0]).toMatchObject({
      ticketNumber: c.ticketNumber,
      messages: [expect.objectContaining({ direction: 'inbound', text: 'Puskesmas tutup, saya Wulan' })],
    });
    expect(
      await AuditEntryModel.exists({ action: 'personal_data.exported', 'target.id': c.contactId }),
    ).toBeTruthy();
  });

  it('erases the citizen on confirmation: identity and texts gone, the case kept for statistics', async () => {
    const c = await insertCase({
      agencyId: await agencyIdOf('DINKES'),
      citizen: { name: 'Yanti', phone: '6281211112222' },
    });
    const unconfirmed = await t.api(`/api/privacy/contacts/${c.contactId}/erase`, {
      token: admin,
      body: { reason: 'x' },
    });
    expect(unconfirmed.status).toBe(400);
    const erased = await t.api(`/api/privacy/contacts/${c.contactId}/erase`, {
      token: admin,
      body: { confirm: true, reason: 'Permintaan tertulis warga, surat 12/2026' },
    });
    expect(erased.body).toEqual({ erased: true, cases: 1 });
    const detail = await t.api(`/api/conversations/${c.id}`, { token: admin });
    expect(detail.body.conversation).toMatchObject({
      ticketNumber: c.ticketNumber,
      contact: { name: null, handle: null },
    });
    expect(detail.body.messages.map((m: { text: string }) => m.text)).toEqual([
      '[dihapus atas permintaan warga]',
    ]);
    expect((await t.api('/api/privacy/contacts?phone=081211112222', { token: admin })).body.items).toEqual(
      [],
    );
    const audit = await AuditEntryModel.findOne({
      action: 'personal_data.erased',
      'target.id': c.contactId,
    }).lean();
    expect(audit!.data).toMatchObject({ reason: 'Permintaan tertulis warga, surat 12/2026', cases: 1 });
  });
});

describe("officers' label corrections", () => {
  it('reach training only after a supervisor of the agency approved them', async () => {
    const conv = await insertCase({
      agencyId: await agencyIdOf('PUPR'),
      text: 'gorong-gorong mampet bikin banjir',
    });
    const officer = await t.login('pupr.petugas1@demo.aspirasi.id');
    const res = await t.api(`/api/conversations/${conv.id}/classification`, {
      token: officer,
      method: 'PATCH',
      body: { topic: 'lingkungan' },
    });
    expect(res.status).toBe(200);
    const pending = (await correctionsFromEvents()).map((c) => c.text);
    expect(pending).not.toContain('gorong-gorong mampet bikin banjir');

    const event = (await EventModel.findOne({ conversationId: conv.id, type: 'reclassified' }).lean())!;
    const otherSpv = await t.login('dinkes.spv@demo.aspirasi.id');
    const review = (token: string, decision: string) =>
      t.api(`/api/corrections/${event._id}/review`, { token, body: { decision } });
    expect((await review(otherSpv, 'approved')).status).toBe(404);
    const queue = await t.api('/api/corrections', { token: await t.login('pupr.spv@demo.aspirasi.id') });
    expect(queue.body.items).toEqual([
      expect.objectContaining({
        id: String(event._id),
        after: { topic: 'lingkungan' },
        review: { status: 'pending' },
      }),
    ]);
    const ok = await review(await t.login('pupr.spv@demo.aspirasi.id'), 'approved');
    expect(ok.status).toBe(200);
    expect(await correctionsFromEvents()).toContainEqual({
      text: 'gorong-gorong mampet bikin banjir',
      topic: 'lingkungan',
    });
    expect(
      await AuditEntryModel.exists({ action: 'correction.reviewed', 'target.id': String(event._id) }),
    ).toBeTruthy();
  });

  it('leave out a rejected correction, and take a supervisor’s own correction as approved', async () => {
    const pupr = await agencyIdOf('PUPR');
    const [a, b] = [
      await insertCase({ agencyId: pupr, text: 'lampu jalan padam' }),
      await insertCase({ agencyId: pupr, text: 'trotoar ambles' }),
    ];
    const officer = await t.login('pupr.petugas2@demo.aspirasi.id');
    const spv = await t.login('pupr.spv@demo.aspirasi.id');
    await t.api(`/api/conversations/${a.id}/classification`, {
      token: officer,
      method: 'PATCH',
      body: { topic: 'energi' },
    });
    const event = (await EventModel.findOne({ conversationId: a.id, type: 'reclassified' }).lean())!;
    expect(
      (await t.api(`/api/corrections/${event._id}/review`, { token: spv, body: { decision: 'rejected' } }))
        .status,
    ).toBe(200);
    await t.api(`/api/conversations/${b.id}/classification`, {
      token: spv,
      method: 'PATCH',
      body: { urgency: 'tinggi' },
    });
    const texts = (await correctionsFromEvents()).map((c) => c.text);
    expect(texts).not.toContain('lampu jalan padam');
    expect(texts).toContain('trotoar ambles');
  });
});

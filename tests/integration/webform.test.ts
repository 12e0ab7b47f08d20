// The website form end to end: the public page, the anti-spam gate, a report with a photo through the inbound
// queue into the inbox under the ticket the citizen was shown, and the officer's reply by e-mail (to a local SMTP
// server) and on the status page.
import exifReader from 'exif-reader';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConversationModel } from '../../src/store/index.js';
import { startTestApp, waitFor, type TestApp } from '../support/app.js';
import { conversationsAs, waitForMessageByDedupeKey } from '../support/conversations.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { citizenAddress, photoWithGps, postReport, solvedProof } from '../support/webform.js';
import { sampleChannels } from '../../src/cli/simulate/deliveries.js';

let t: TestApp;
let smtp: SmtpSink;
let admin: string;
const GOV_SITE = 'https://kaltimprov.go.id';

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await startTestApp({
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Humas Kaltim <humas@aspirasi.test>',
    PUBLIC_URL: 'https://lapor.aspirasi.test',
    WEBFORM_FRAME_ANCESTORS: `${GOV_SITE} https://*.kaltimprov.go.id`,
    TRUST_PROXY: '1',
  });
  admin = await t.login(t.config.SEED_ADMIN_EMAIL);
});
afterAll(async () => {
  await t?.stop();
  await smtp?.close();
});

const storedReport = (submissionId: unknown) => waitForMessageByDedupeKey(`webform:situs:${submissionId}`);
const statusPage = async (ticket: string, code?: string) =>
  (await fetch(`${t.url}/lapor/status?tiket=${ticket}${code ? `&kode=${code}` : ''}`)).text();

describe('GET /lapor', () => {
  it('is an Indonesian form with the regions, embeddable only by the configured sites', async () => {
    const res = await fetch(`${t.url}/lapor`);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('Sampaikan laporan Anda');
    expect(html).toContain('Kota Samarinda');
    expect(html).toContain('Pelindungan Data Pribadi');
    expect(html).toContain('dikirim ke e-mail Anda');
    expect(res.headers.get('x-frame-options')).toBeNull();
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain(`frame-ancestors 'self' ${GOV_SITE} https://*.kaltimprov.go.id`);
    expect(csp).toContain("script-src 'self'");
    // The inbox itself stays unframable.
    expect((await fetch(`${t.url}/healthz`)).headers.get('x-frame-options')).toBe('DENY');
    const script = await fetch(`${t.url}/lapor/embed.js`);
    expect(script.status).toBe(200);
    expect(await script.text()).toContain("'/lapor?embed=1'");
  });
});

describe('POST /api/public/reports', () => {
  it('refuses a bare POST without the proof of work, in Indonesian, and stores nothing', async () => {
    const res = await postReport(t.url, { text: 'Jalan rusak parah di depan pasar', email: 'a@b.id' }, null);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('proof_required');
    expect(res.body.error.message).toMatch(/bukti anti-spam/i);
    expect(await ConversationModel.countDocuments({ platform: 'webform' })).toBe(0);
  });

  it('refuses a forged and a reused proof', async () => {
    const proof = await solvedProof(t.url);
    const forged = JSON.parse(Buffer.from(proof, 'base64').toString());
    forged.challenge.parameters.keyPrefix = '0';
    const bad = await postReport(
      t.url,
      { text: 'Lampu jalan mati sudah seminggu', email: 'c@d.id' },
      Buffer.from(JSON.stringify(forged)).toString('base64'),
    );
    expect(bad.status).toBe(403);
    expect(bad.body.error.message).toMatch(/tidak sah/);
    const first = await postReport(
      t.url,
      { text: 'Lampu jalan mati sudah seminggu', email: 'c@d.id' },
      proof,
    );
    expect(first.status).toBe(201);
    const again = await postReport(t.url, { text: 'Lampu jalan mati lagi', email: 'c@d.id' }, proof);
    expect(again.status).toBe(403);
    expect(again.body.error.message).toMatch(/sudah dipakai/);
  });

  it('names every bad field, and needs an e-mail or a WhatsApp number', async () => {
    const res = await postReport(t.url, { text: 'pendek', consent: false });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('minimal 10 huruf');
    expect(res.body.error.message).toContain('persetujuan');
    expect(res.body.error.message).toContain('e-mail atau nomor WhatsApp');
  });

  it('a report with a photo is in the inbox under the ticket shown at once; the photo has no location left', async () => {
    const res = await postReport(t.url, {
      text: 'Banjir setinggi lutut di Jl. Juanda, air tidak surut sejak pagi',
      name: 'Rina',
      whatsapp: '0812-3456-7890',
      regionCode: 'samarinda',
      photo: await photoWithGps(),
      shareLocation: false,
    });
    expect(res.status).toBe(201);
    expect(res.body.ticketNumber).toMatch(/^ASP-\d{4}-\d{6}$/);
    expect(res.body.followUpCode).toMatch(/^[A-Z2-9]{8}$/);
    expect(res.body.statusUrl).toBe(
      `https://lapor.aspirasi.test/lapor/status?tiket=${res.body.ticketNumber}&kode=${res.body.followUpCode}`,
    );
    const message = await storedReport(res.sent.submissionId);
    const conv = await ConversationModel.findById(message.conversationId).lean();
    expect(conv!.ticketNumber).toBe(res.body.ticketNumber);
    expect(conv!.region).toBe('samarinda');

    const detail = await conversationsAs(t, admin).detail(message.conversationId);
    const [inbound] = detail.messages;
    expect(inbound.author.name).toBe('Rina');
    expect(inbound.text).toContain('Wilayah: Kota Samarinda');
    expect(inbound.attachments).toHaveLength(1); // no location: the citizen did not share it
    const photo = await fetch(`${t.url}${inbound.attachments[0].url}`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
    const meta = await sharp(Buffer.from(await photo.arrayBuffer())).metadata();
    expect(meta.exif).toBeUndefined();
    expect((await fetch(`${t.url}${inbound.attachments[0].url}`)).status).toBe(401);

    // The citizen asks for erasure: the photo goes with the rest of their data.
    const erased = await t.api(`/api/privacy/contacts/${conv!.contactId}/erase`, {
      token: admin,
      body: { confirm: true, reason: 'permintaan warga lewat e-mail' },
    });
    expect(erased.status).toBe(200);
    const gone = await fetch(`${t.url}${inbound.attachments[0].url}`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(gone.status).toBe(404);
  });

  it('keeps the photo location as a location when the citizen shares it, never inside the photo', async () => {
    const res = await postReport(t.url, {
      text: 'Pohon tumbang menutup jalan poros',
      email: 'warga.lokasi@contoh.id',
      photo: await photoWithGps(),
      shareLocation: true,
    });
    expect(res.status).toBe(201);
    const message = await storedReport(res.sent.submissionId);
    const location = message.attachments.find((a: { type: string }) => a.type === 'location');
    expect(location?.location).toMatchObject({ latitude: -0.5, longitude: 117.15 });
    const image = message.attachments.find((a: { type: string }) => a.type === 'image')!;
    const bytes = await fetch(`${t.url}${image.url}`, { headers: { authorization: `Bearer ${admin}` } });
    const exif = (await sharp(Buffer.from(await bytes.arrayBuffer())).metadata()).exif;
    expect(exif ? exifReader(exif).GPSInfo : undefined).toBeUndefined();
  });

  it('refuses a file that is not a photo', async () => {
    const res = await postReport(t.url, {
      text: 'Lampiran bukan foto, coba saja',
      email: 'x@y.id',
      photo: Buffer.from('%PDF-1.4 bukan gambar').toString('base64'),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/JPG, PNG atau WebP/);
  });
});

describe('replies to a website-form report', () => {
  it('go by e-mail when an address was left, and show on the status page for the follow-up code only', async () => {
    const res = await postReport(t.url, {
      text: 'Pungutan liar di kantor kelurahan saat mengurus KTP',
      email: 'budi.warga@contoh.id',
    });
    const { ticketNumber, followUpCode } = res.body;
    expect(await statusPage(ticketNumber, followUpCode)).toMatch(/Diterima|Belum ada balasan/);
    const message = await storedReport(res.sent.submissionId);
    const officer = conversationsAs(t, admin);
    const reply = await officer.reply(message.conversationId, {
      text: 'Terima kasih, laporan Anda sudah kami teruskan ke Inspektorat.',
    });
    expect(reply.status).toBe(202);
    await officer.waitForReplyStatus(message.conversationId, reply.body.message.id, 'sent');

    const mail = await smtp.waitForMailTo('budi.warga@contoh.id');
    expect(mail.subject).toBe(`Re: Laporan ${ticketNumber}`);
    expect(mail.text).toContain('sudah kami teruskan ke Inspektorat');
    expect(mail.text).toContain(`https://lapor.aspirasi.test/lapor/status?tiket=${ticketNumber}`);

    const withCode = await statusPage(ticketNumber, followUpCode);
    expect(withCode).toContain('sudah kami teruskan ke Inspektorat');
    const withoutCode = await statusPage(ticketNumber);
    expect(withoutCode).toContain(ticketNumber);
    expect(withoutCode).not.toContain('Inspektorat');
    expect(await statusPage(ticketNumber, 'SALAH234')).toContain('Kode pantau tidak cocok');
  });

  it('without an e-mail address are delivered on the status page', async () => {
    const res = await postReport(t.url, { text: 'Sekolah rusak atapnya bocor', whatsapp: '+6281299990000' });
    const message = await storedReport(res.sent.submissionId);
    const officer = conversationsAs(t, admin);
    const before = smtp.mails.length;
    const reply = await officer.reply(message.conversationId, { text: 'Tim Disdik akan meninjau besok.' });
    await officer.waitForReplyStatus(message.conversationId, reply.body.message.id, 'sent');
    expect(smtp.mails.length).toBe(before);
    const page = await waitFor(async () => {
      const html = await statusPage(res.body.ticketNumber, res.body.followUpCode);
      return html.includes('Tim Disdik akan meninjau besok.') ? html : null;
    });
    expect(page).toContain('Status');
  });
});

describe('simulate', () => {
  it("the website form's sample, completed against the server, becomes a report", async () => {
    const sample = sampleChannels({}).webform(
      { id: 'sim-web-1', n: 1 },
      { id: '7001', name: 'Siti Aisyah', phone: '6281300000001' },
      'Drainase tersumbat di Sempaja, air meluap ke rumah warga',
    );
    const delivery = await sample.prepare!(t.url);
    const res = await fetch(`${t.url}${delivery.path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': citizenAddress(),
        ...delivery.headers,
      },
      body: delivery.body,
    });
    expect(res.status).toBe(201);
    const message = await storedReport(JSON.parse(delivery.body).submissionId);
    expect(message.author).toMatchObject({ id: 'wa:6281300000001', name: 'Siti Aisyah' });
  });
});

describe('per-address limits', () => {
  it('an address that keeps posting is told to wait, with Retry-After', async () => {
    let last: Response | undefined;
    for (let i = 0; i < 12; i++) {
      last = await fetch(`${t.url}/api/public/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' },
        body: '{}',
      });
      if (last.status === 429) break;
    }
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await last!.json()).error.message).toMatch(/Terlalu banyak laporan/);
    // Another address is not held back by it.
    const other = await postReport(t.url, { text: 'Laporan dari alamat lain', email: 'lain@contoh.id' });
    expect(other.status).toBe(201);
  });
});

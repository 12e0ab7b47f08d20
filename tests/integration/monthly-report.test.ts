// The monthly evaluation report: figures of a known set of cases in March against February, as a printable page
// and as a PDF whose extracted text carries the agency's figures, and the scheduled run on the 1st that e-mails
// each agency's supervisors through a real (local) SMTP server — once.
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { extractText, getDocumentProxy } from 'unpdf';
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueMonthlyReports } from '../../src/reports/monthly/deliver.js';
import { MessageModel, UserModel } from '../../src/store/index.js';
import { startTestApp, waitFor, type TestApp } from '../support/app.js';
import { waitForFacts, writeCase } from '../support/case-history.js';

let t: TestApp;
let smtp: SMTPServer;
const mails: { to: string[]; raw: string }[] = [];
let pdamSupervisor: string;
let pdamOfficer: string;
let caseA: string;
const wita = (local: string) => `${local}+08:00`;

async function startSmtp(): Promise<number> {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  return (smtp.server.address() as { port: number }).port;
}

async function pdfText(buf: ArrayBuffer): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(buf));
  return (await extractText(pdf, { mergePages: true })).text as string;
}

beforeAll(async () => {
  const port = await startSmtp();
  t = await startTestApp({
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    MAIL_FROM: 'Aspirasi <laporan@aspirasi.test>',
  });
  pdamSupervisor = await t.login('pdam.spv@demo.aspirasi.id');
  pdamOfficer = await t.login('pdam.petugas1@demo.aspirasi.id');
  const officer = String((await UserModel.findOne({ email: 'pdam.petugas1@demo.aspirasi.id' }).lean())!._id);
  const reply = (at: string) => ({ at: wita(at), type: 'replied', actorId: officer, data: { first: true } });
  const resolve = (at: string) => ({
    at: wita(at),
    type: 'status_changed',
    actorId: officer,
    data: { from: 'in_progress', to: 'resolved' },
  });
  const specs = [
    // March: answered after 10, 20 and 45 minutes (median: the bucket [20,21), shown as 21 mnt); two resolved in
    // time. February: one answered after 90 minutes (bucket [90,92): 1 jam 31 mnt).
    {
      createdAt: wita('2026-03-03T09:00:00'),
      resolutionDueAt: wita('2026-03-10T09:00:00'),
      steps: [reply('2026-03-03T09:10:00'), resolve('2026-03-03T11:00:00')],
    },
    {
      createdAt: wita('2026-03-10T13:00:00'),
      resolutionDueAt: wita('2026-03-17T13:00:00'),
      steps: [reply('2026-03-10T13:20:00'), resolve('2026-03-10T15:00:00')],
    },
    {
      createdAt: wita('2026-03-12T08:00:00'),
      platform: 'instagram',
      topic: 'lingkungan',
      steps: [reply('2026-03-12T08:45:00')],
    },
    { createdAt: wita('2026-02-10T09:00:00'), steps: [reply('2026-02-10T10:30:00')] },
  ];
  const ids = [];
  for (const s of specs) ids.push((await writeCase({ agencyCode: 'PDAM', ...s })).id);
  caseA = ids[0];
  await waitForFacts(t, ids, 4 * 2 + 4 + 2 + 2);
});
afterAll(async () => {
  await t?.stop();
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
});

describe('GET /api/reports/monthly', () => {
  it('lets a supervisor choose a good reply for the report', async () => {
    const message = await MessageModel.create({
      conversationId: new Types.ObjectId(caseA),
      direction: 'outbound',
      platform: 'whatsapp',
      accountId: 'history',
      dedupeKey: `out:test-${caseA}`,
      visibility: 'private',
      text: 'Terima kasih Bapak, pipa bocor sudah kami perbaiki. Hubungi 0812-3456-7890 bila masih ada kendala.',
      createdAt: new Date(wita('2026-03-03T11:00:00')),
    });
    const res = await t.api('/api/reports/good-replies', {
      token: pdamSupervisor,
      body: { messageId: String(message._id), note: 'Jelas dan sopan' },
    });
    expect(res.status).toBe(201);
    expect(res.body.goodReply.text).not.toContain('0812-3456-7890');
    const again = await t.api('/api/reports/good-replies', {
      token: pdamSupervisor,
      body: { messageId: String(message._id) },
    });
    expect(again.status).toBe(409);
  });

  it('serves a printable page with March against February', async () => {
    const res = await fetch(`${t.url}/api/reports/monthly?month=2026-03`, {
      headers: { authorization: `Bearer ${pdamSupervisor}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('Evaluasi Kinerja Media Sosial — PDAM — Maret 2026');
    expect(html).toMatch(/<td>Pesan\/kasus diterima<\/td><td>3<\/td><td>1<\/td><td>\+2<\/td>/);
    expect(html).toMatch(/<td>Respons pertama, median<\/td><td>21 mnt<\/td><td>1 jam 31 mnt<\/td>/);
    expect(html).toContain('<svg');
    expect(html).toContain('Jelas dan sopan');
    expect(html).toContain('Instagram');
  });

  it('renders a PDF that opens and carries the agency figures', async () => {
    const res = await fetch(`${t.url}/api/reports/monthly?month=2026-03&format=pdf`, {
      headers: { authorization: `Bearer ${pdamSupervisor}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = await res.arrayBuffer();
    if (process.env.SAVE_REPORT_PDF)
      (await import('node:fs')).writeFileSync(process.env.SAVE_REPORT_PDF, Buffer.from(bytes));
    const text = await pdfText(bytes);
    expect(text).toContain('Evaluasi Kinerja Media Sosial — PDAM — Maret 2026');
    expect(text).toMatch(/Pesan\/kasus diterima\s*3\s*1\s*\+2/);
    expect(text).toMatch(/Respons pertama, median\s*21 mnt\s*1 jam 31 mnt/);
    expect(text).toMatch(/Memenuhi SLA\s*100%/);
    expect(text).toContain('Lingkungan');
    expect(text).toContain('Jelas dan sopan');
  });

  it('refuses officers, bad months and months to come', async () => {
    expect((await t.api('/api/reports/monthly?month=2026-03', { token: pdamOfficer })).status).toBe(403);
    expect((await t.api('/api/reports/monthly?month=2026-13', { token: pdamSupervisor })).status).toBe(400);
    expect((await t.api('/api/reports/monthly?month=2999-01', { token: pdamSupervisor })).status).toBe(400);
  });
});

describe('the monthly schedule', () => {
  it("e-mails each agency's supervisors last month's PDF on the 1st, once", async () => {
    const first = new Date(wita('2026-04-01T07:00:00'));
    await enqueueMonthlyReports(t.app.ctx.queues.reports, first);
    const mail = await waitFor(
      async () => mails.find((m) => m.to.includes('pdam.spv@demo.aspirasi.id')),
      30_000,
    );
    const parsed = await simpleParser(mail.raw);
    expect(parsed.subject).toBe('Evaluasi Kinerja Media Sosial — PDAM — Maret 2026');
    const [pdf] = parsed.attachments;
    expect(pdf).toMatchObject({ contentType: 'application/pdf', filename: 'evaluasi-2026-03.pdf' });
    expect(await pdfText(new Uint8Array(pdf.content).buffer)).toMatch(/Pesan\/kasus diterima\s*3\s*1/);
    const province = await waitFor(
      async () => mails.find((m) => m.to.includes('humas.spv@demo.aspirasi.id')),
      30_000,
    );
    expect(province.to).toContain(t.config.SEED_ADMIN_EMAIL);
    const queue = t.app.ctx.queues.reports;
    const idle = async () => {
      const c = await queue.getJobCounts('waiting', 'active', 'prioritized');
      return Object.values(c).every((n) => n === 0);
    };
    await waitFor(idle, 30_000);
    const count = mails.length;
    // Run again (a retried schedule): nothing is sent twice.
    await queue.add('monthly-report', { month: '2026-03', agencyId: null });
    await new Promise((r) => setTimeout(r, 500));
    await waitFor(idle, 30_000);
    expect(mails.length).toBe(count);
  }, 60_000);
});

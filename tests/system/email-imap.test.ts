// E-mail against a real IMAP server (Debian's dovecot, started here) and a local SMTP server: mail delivered to
// the mailbox becomes clean citizen messages through the poll runner, automatic mail is dropped, replies are
// threaded, and neither a restart nor a renumbered mailbox (new UIDVALIDITY) loses or doubles a mail.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchMailbox } from '../../adapters/email/idle.js';
import { sampleChannels } from '../../src/cli/simulate/deliveries.js';
import { startAspirasi, type RunningAspirasi } from '../../src/server.js';
import { ChannelAccountModel, MessageModel } from '../../src/store/index.js';
import { startTestApp, waitFor, type TestApp } from '../support/app.js';
import { conversationsAs } from '../support/conversations.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { startCutAfterDataSmtp } from './support/smtp-cut.js';
import { MAIL_USER, startDovecot, type Dovecot } from './support/dovecot.js';
import { bounce, htmlMailWithAttachment, outOfOffice, plainMail, uniqueId } from './support/mails.js';

const MAILBOX = 'Pengaduan';
let dovecot: Dovecot;
let smtp: SmtpSink;
let t: TestApp;
let admin: string;
let restarted: RunningAspirasi | undefined;

beforeAll(async () => {
  dovecot = await startDovecot();
  await dovecot.recreate(MAILBOX);
  smtp = await startSmtpSink();
  t = await startTestApp({ EMAIL_POLL_SECONDS: '1' });
  admin = await t.login(t.config.SEED_ADMIN_EMAIL);
  const res = await t.api('/api/channel-accounts', {
    token: admin,
    body: {
      platform: 'email',
      accountId: MAIL_USER,
      name: 'Surel Humas',
      credentials: { imapUrl: dovecot.imapUrl(MAILBOX), smtpUrl: smtp.url, fromName: 'Humas Pemprov' },
    },
  });
  expect(res.status).toBe(201);
}, 90_000);
afterAll(async () => {
  await restarted?.stop();
  await t?.stop();
  await smtp?.close();
  await dovecot?.stop();
});

const storedMail = (messageId: string, timeoutMs = 20_000) =>
  waitFor(() => MessageModel.findOne({ dedupeKey: `email:${MAIL_USER}:${messageId}` }).lean(), timeoutMs);
/** A citizen's plain mail delivered into the mailbox; returns its Message-ID. */
async function citizenMail(tag: string, mail: Omit<Parameters<typeof plainMail>[0], 'messageId'>) {
  const messageId = uniqueId(tag);
  await dovecot.append(plainMail({ ...mail, messageId }), MAILBOX);
  return messageId;
}
const emailCount = () => MessageModel.countDocuments({ platform: 'email', direction: 'inbound' });

describe('e-mail in', () => {
  it('an HTML mail becomes clean text without the quoted history or signature, its attachment kept', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(2000)]);
    const messageId = uniqueId('html');
    await dovecot.append(htmlMailWithAttachment({ from: 'andi@warga.test', messageId, pdf }), MAILBOX);
    const message = await storedMail(messageId);
    const detail = await conversationsAs(t, admin).detail(message.conversationId);
    expect(detail.conversation).toMatchObject({
      platform: 'email',
      accountId: MAIL_USER,
      visibility: 'private',
    });
    const [inbound] = detail.messages;
    expect(inbound.author).toMatchObject({ id: 'andi@warga.test', name: 'Andi Pratama' });
    expect(inbound.text).toBe(
      'Jalan berlubang di Pramuka\n\nSelamat siang,\nJalan di Jl. Pramuka berlubang besar dan sudah memakan korban.\nMohon segera ditambal.',
    );
    expect(inbound.attachments).toHaveLength(1);
    expect(inbound.attachments[0]).toMatchObject({ type: 'document', name: 'foto-jalan.pdf' });
    const file = await fetch(`${t.url}${inbound.attachments[0].url}`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(file.headers.get('content-disposition')).toContain('attachment');
    expect(Buffer.from(await file.arrayBuffer()).equals(pdf)).toBe(true);
  });

  it('out-of-office answers and bounces never reach the inbox', async () => {
    const before = await emailCount();
    await dovecot.append(outOfOffice(uniqueId('ooo')), MAILBOX);
    await dovecot.append(bounce(uniqueId('dsn')), MAILBOX);
    const after = await citizenMail('after', {
      from: 'siti@warga.test',
      subject: 'Lampu jalan mati',
      body: 'Sudah 3 hari gelap.',
    });
    await storedMail(after);
    // The mail after them is in, so they were read, and passed.
    expect(await emailCount()).toBe(before + 1);
  });
});

describe('simulate', () => {
  it("the e-mail sample lands in the mailbox and is read like a citizen's mail", async () => {
    const channels = sampleChannels({ EMAIL_SIMULATE_IMAP_URL: dovecot.imapUrl(MAILBOX) });
    const ref = { id: `sim${Date.now()}`, n: 1 };
    const sample = channels.email(
      ref,
      { id: '7009', name: 'Ayu Lestari', phone: '6281' },
      'Lampu PJU mati di Jl. Juanda',
    );
    expect(await sample.deliver!()).toMatchObject({ ok: true });
    const message = await storedMail(`<${ref.id}@warga.simulasi>`);
    expect(message.text).toBe('Lampu PJU mati di Jl. Juanda');
    expect(sampleChannels({}).email).toBeUndefined(); // no mailbox configured: no e-mail samples
  });
});

describe('IMAP IDLE', () => {
  it('the server announces new mail on the open connection, without waiting for a poll', async () => {
    let hints = 0;
    const stop = await watchMailbox(
      { platform: 'email', accountId: MAIL_USER, credentials: { imapUrl: dovecot.imapUrl(MAILBOX) } },
      () => hints++,
    );
    try {
      expect(stop).not.toBeNull(); // dovecot offers IDLE
      await waitFor(async () => hints >= 1); // the catch-up hint on opening
      const before = hints;
      await dovecot.append(
        plainMail({
          from: 'idle@warga.test',
          subject: 'Tes',
          body: 'Ada surat baru.',
          messageId: uniqueId('idle'),
        }),
        MAILBOX,
      );
      await waitFor(async () => hints > before, 5000);
    } finally {
      await stop?.();
    }
  });
});

describe('e-mail out', () => {
  it('a reply goes by SMTP threaded under the citizen mail; their answer joins the same case', async () => {
    const root = await citizenMail('root', {
      from: 'Budi <budi@warga.test>',
      subject: 'Pungli di kelurahan',
      body: 'Saya dimintai uang saat mengurus KK.\n\nSent from my iPhone',
    });
    const first = await storedMail(root);
    expect(first.text).toBe('Pungli di kelurahan\n\nSaya dimintai uang saat mengurus KK.');
    const officer = conversationsAs(t, admin);
    const reply = await officer.reply(first.conversationId, {
      text: 'Terima kasih, kami teruskan ke Inspektorat.',
    });
    expect(reply.status).toBe(202);
    const sent = await officer.waitForReplyStatus(first.conversationId, reply.body.message.id, 'sent');

    const mail = await smtp.waitForMailTo('budi@warga.test');
    expect(mail.subject).toBe('Re: Pungli di kelurahan');
    expect(mail.inReplyTo).toBe(root);
    expect(mail.references).toEqual(root);
    expect(mail.from?.text).toBe('"Humas Pemprov" <humas@kaltim.test>');
    expect(mail.messageId).toBe(sent.externalId);

    const answer = await citizenMail('answer', {
      from: 'Budi <budi@warga.test>',
      subject: 'Re: Pungli di kelurahan',
      body: `Baik, terima kasih.\n\nPada hari ini Humas menulis:\n> Terima kasih, kami teruskan ke Inspektorat.`,
      headers: { 'In-Reply-To': mail.messageId!, References: `${root} ${mail.messageId}` },
    });
    const second = await storedMail(answer);
    expect(String(second.conversationId)).toBe(String(first.conversationId));
    expect(second.text).toBe('Baik, terima kasih.');
  });

  it('an SMTP refusal is shown on the reply', async () => {
    const root = uniqueId('refused');
    await dovecot.append(
      plainMail({ from: 'rina@warga.test', subject: 'Banjir', body: 'Air masuk rumah.', messageId: root }),
      MAILBOX,
    );
    const message = await storedMail(root);
    smtp.refuseWith(550);
    try {
      const officer = conversationsAs(t, admin);
      const reply = await officer.reply(message.conversationId, { text: 'Tim BPBD menuju lokasi.' });
      const failed = await officer.waitForReplyStatus(
        message.conversationId,
        reply.body.message.id,
        'failed',
      );
      expect(failed.delivery.error).toMatch(/Server surat menolak balasan/);
    } finally {
      smtp.refuseWith(null);
    }
  });

  it('a connection cut after the message left makes the reply unknown, never sent twice by itself', async () => {
    const cut = await startCutAfterDataSmtp();
    const account = (smtpUrl: string) =>
      t.api('/api/channel-accounts', {
        token: admin,
        body: {
          platform: 'email',
          accountId: MAIL_USER,
          name: 'Surel Humas',
          credentials: { imapUrl: dovecot.imapUrl(MAILBOX), smtpUrl, fromName: 'Humas Pemprov' },
        },
      });
    try {
      const root = await citizenMail('cut', {
        from: 'joko@warga.test',
        subject: 'Air PDAM keruh',
        body: 'Sejak kemarin.',
      });
      const message = await storedMail(root);
      expect((await account(cut.url)).status).toBeLessThan(300);
      const officer = conversationsAs(t, admin);
      const reply = await officer.reply(message.conversationId, { text: 'Petugas PDAM kami kirim.' });
      await officer.waitForReplyStatus(message.conversationId, reply.body.message.id, 'unknown');
      await new Promise((r) => setTimeout(r, 2000));
      expect(cut.messages()).toBe(1);
    } finally {
      await account(smtp.url);
      await cut.close();
    }
  });
});

describe('no gaps, no doubles', () => {
  it('a wrong password is shown on the account', async () => {
    const res = await t.api('/api/channel-accounts', {
      token: admin,
      body: {
        platform: 'email',
        accountId: 'salah@kaltim.test',
        name: 'Sandi salah',
        credentials: { imapUrl: dovecot.imapUrl(MAILBOX).replace(/:[^:@]+@/, ':sandi-salah@') },
      },
    });
    expect(res.status).toBe(201);
    const view = await waitFor(async () => {
      const list = (await t.api('/api/channel-accounts', { token: admin })).body;
      const account = list.items.find((a: { accountId: string }) => a.accountId === 'salah@kaltim.test');
      return account?.poll?.lastError ? account : null;
    }, 20_000);
    expect(view.poll.lastError).toMatch(/Login IMAP ditolak/);
  });

  it('a renumbered mailbox (new UIDVALIDITY) is read again without doubling what was already read', async () => {
    const kept = uniqueId('kept');
    const keptMail = plainMail({
      from: 'dewi@warga.test',
      subject: 'Sampah',
      body: 'Belum diangkut.',
      messageId: kept,
    });
    await dovecot.append(keptMail, MAILBOX);
    await storedMail(kept);
    const { pollState: before } = (await ChannelAccountModel.findOne({ accountId: MAIL_USER }).lean())!;
    await dovecot.recreate(MAILBOX);
    await dovecot.append(keptMail, MAILBOX); // the same mail, under the new numbering
    const fresh = await citizenMail('fresh', {
      from: 'dewi@warga.test',
      subject: 'Sampah lagi',
      body: 'Masih menumpuk.',
    });
    await storedMail(fresh);
    const { pollState: after } = (await ChannelAccountModel.findOne({ accountId: MAIL_USER }).lean())!;
    expect((after as any).cursor.uidValidity).not.toBe((before as any).cursor.uidValidity);
    expect(await MessageModel.countDocuments({ dedupeKey: `email:${MAIL_USER}:${kept}` })).toBe(1);
  });

  it('mail that arrives while Aspirasi is down is read after the restart, each once', async () => {
    await t.app.stop();
    const before = await emailCount();
    const ids = [uniqueId('down1'), uniqueId('down2'), uniqueId('down3')];
    for (const id of ids)
      await dovecot.append(
        plainMail({
          from: 'yohanes@warga.test',
          subject: `Laporan ${id}`,
          body: 'Jembatan retak.',
          messageId: id,
        }),
        MAILBOX,
      );
    // A fresh worker process's view: nothing in memory, only the cursor stored on the account.
    const workerOnly = { ...t.config, ROLE: 'worker' as const };
    restarted = await startAspirasi(workerOnly);
    for (const id of ids) await storedMail(id, 30_000);
    // A few more ticks: nothing is read twice.
    await new Promise((r) => setTimeout(r, 3000));
    expect(await emailCount()).toBe(before + ids.length);
  });
});

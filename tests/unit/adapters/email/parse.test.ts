import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { automaticMailReason } from '../../../../adapters/email/automatic.js';
import { mailThreadKey, mailToMessage } from '../../../../adapters/email/parse.js';

const at = { accountId: 'humas@kaltim.test', mailbox: 'INBOX', uidValidity: '1700000000', uid: 7 };
const mail = (headers: string, body = 'Isi surat.') =>
  simpleParser(`From: Budi <budi@warga.test>\r\nTo: humas@kaltim.test\r\n${headers}\r\n\r\n${body}\r\n`);

describe('e-mail parse', () => {
  it('keys the message by Message-ID, keeps the IMAP position, threads by the first reference', async () => {
    const parsed = await mail(
      'Subject: Re: Pungli\r\nMessage-ID: <b2@warga.test>\r\nIn-Reply-To: <r1@kaltim.test>\r\nReferences: <a1@warga.test> <r1@kaltim.test>',
      'Baik.',
    );
    const outcome = await mailToMessage(parsed, at);
    expect('message' in outcome && outcome.message).toMatchObject({
      platform: 'email',
      externalId: '<b2@warga.test>',
      threadKey: '<a1@warga.test>',
      author: { id: 'budi@warga.test', name: 'Budi' },
      text: 'Baik.',
      replyToExternalId: '<r1@kaltim.test>',
      meta: {
        mailbox: 'INBOX',
        uidValidity: '1700000000',
        uid: '7',
        references: '<a1@warga.test> <r1@kaltim.test>',
      },
    });
  });

  it('a mail without Message-ID gets a stable one from sender, date, subject and body', async () => {
    const headers = 'Subject: Banjir\r\nDate: Mon, 01 Dec 2026 09:00:00 +0800';
    const one = await mailToMessage(await mail(headers), at);
    const two = await mailToMessage(await mail(headers), { ...at, uid: 8 });
    const other = await mailToMessage(await mail(headers, 'Lain.'), at);
    const id = (o: typeof one) => ('message' in o ? o.message.externalId : '');
    expect(id(one)).toMatch(/^<[0-9a-f]{32}@tanpa-message-id\.aspirasi>$/);
    expect(id(two)).toBe(id(one));
    expect(id(other)).not.toBe(id(one));
    expect(mailThreadKey(await mail(headers))).toBe(id(one));
  });

  it('recognises automatic mail and lets a person through', async () => {
    expect(automaticMailReason(await mail('Subject: x\r\nAuto-Submitted: auto-replied'))).toMatch(
      /Auto-Submitted/,
    );
    expect(automaticMailReason(await mail('Subject: x\r\nAuto-Submitted: no'))).toBeNull();
    expect(automaticMailReason(await mail('Subject: x\r\nPrecedence: bulk'))).toMatch(/bulk/);
    expect(automaticMailReason(await mail('Subject: Out of Office: cuti'))).toBe('automatic subject');
    expect(automaticMailReason(await mail('Subject: x\r\nX-Autoreply: yes'))).toBe('x-autoreply');
    expect(automaticMailReason(await mail('Subject: Lampu jalan mati'))).toBeNull();
  });

  it('ignores mail the mailbox sent itself', async () => {
    const own = await simpleParser('From: humas@kaltim.test\r\nSubject: x\r\n\r\nhalo\r\n');
    expect(await mailToMessage(own, at)).toEqual({ skipped: 'sent by this mailbox' });
  });
});

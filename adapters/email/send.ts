// An officer's reply by SMTP from the mailbox's own address, threaded under the citizen's mail: In-Reply-To is
// their Message-ID, References their References plus it, the subject theirs with one "Re: ".
import { randomUUID } from 'node:crypto';
import { notRetryable } from '../http-send.js';
import { replySubject, sendMail } from '../smtp-send.js';
import type { OutboundReply, SendContext, SendResult } from '../types.js';

export async function sendEmailReply(
  reply: OutboundReply,
  ctx: Pick<SendContext, 'credentials'>,
  defaultSmtpUrl: string | undefined,
): Promise<SendResult> {
  const smtpUrl = ctx.credentials.smtpUrl ?? defaultSmtpUrl;
  if (!smtpUrl)
    return notRetryable(
      'Akun e-mail ini belum punya smtpUrl dan SMTP_URL tidak diatur: balasan tidak bisa dikirim.',
    );
  const meta = reply.inReplyTo.meta ?? {};
  const original = meta.messageId ?? reply.inReplyTo.externalId;
  const references = [...(meta.references ?? '').split(/\s+/).filter(Boolean), original].filter(
    (id, i, all) => all.indexOf(id) === i,
  );
  const name = ctx.credentials.fromName?.replace(/["\r\n]/g, '');
  const domain = reply.accountId.split('@')[1] ?? 'aspirasi.local';
  return sendMail({
    smtpUrl,
    from: name ? `"${name}" <${reply.accountId}>` : reply.accountId,
    to: reply.recipient.id,
    subject: replySubject(meta.subject, 'Tanggapan atas pesan Anda'),
    text: reply.text,
    messageId: `<aspirasi.${randomUUID()}@${domain}>`,
    inReplyTo: original,
    references,
  });
}

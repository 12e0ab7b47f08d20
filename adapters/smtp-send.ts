// The one SMTP send of the adapters that answer by e-mail (e-mail, website form): nodemailer with deadlines, and
// the triage of its failures into "certainly not delivered" (retry or give up) and "may have been delivered"
// (the connection broke after the message left: the reply becomes unknown for an officer, never resent blindly).
import nodemailer from 'nodemailer';
import type { SendResult } from './types.js';

export interface MailToSend {
  smtpUrl: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  /** Our Message-ID for this reply, `<id@domain>`. */
  messageId: string;
  inReplyTo?: string;
  references?: string[];
}

const DEADLINES = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };
/** Failures that come before the message could have been handed over. */
const BEFORE_DATA = new Set(['EDNS', 'EAUTH', 'ENOAUTH', 'EENVELOPE', 'EMESSAGE', 'ETLS', 'EREQUIRETLS']);
/** Socket errors of a connection that was never made (nodemailer reports them as ESOCKET with the cause). */
const NEVER_CONNECTED = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|Greeting never received/;

interface NodemailerError {
  code?: string;
  command?: string;
  responseCode?: number;
  message: string;
}

export function smtpFailure(err: NodemailerError): Extract<SendResult, { ok: false }> {
  const why = `Server surat menolak balasan: ${err.message}`.slice(0, 300);
  if (err.responseCode && err.responseCode >= 500) return { ok: false, retryable: false, error: why };
  if (err.responseCode && err.responseCode >= 400) return { ok: false, retryable: true, error: why };
  if (err.code === 'EAUTH' || err.code === 'ENOAUTH')
    return {
      ok: false,
      retryable: false,
      error: 'Login ke server surat (SMTP) ditolak: periksa kredensial.',
    };
  // nodemailer names a connection closed during DATA "CONN" too, so only a connection never made is certain.
  const neverSent =
    (err.code !== undefined && BEFORE_DATA.has(err.code)) || NEVER_CONNECTED.test(err.message);
  const error = `Server surat tidak dapat dihubungi: ${err.message}`.slice(0, 300);
  return { ok: false, retryable: true, error, ...(neverSent ? {} : { mayHaveDelivered: true }) };
}

/** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465, with our deadlines. */
export function smtpOptions(smtpUrl: string) {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  return {
    host: url.hostname,
    port: Number(url.port) || (secure ? 465 : 587),
    secure,
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    ...DEADLINES,
  };
}

export async function sendMail(mail: MailToSend): Promise<SendResult> {
  const transport = nodemailer.createTransport(smtpOptions(mail.smtpUrl));
  try {
    const info = await transport.sendMail({
      from: mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: mail.messageId,
      inReplyTo: mail.inReplyTo,
      references: mail.references,
    });
    return { ok: true, externalId: info.messageId ?? mail.messageId };
  } catch (err) {
    return smtpFailure(err as NodemailerError);
  } finally {
    transport.close();
  }
}

/** `Re: ` once, however many times the subject went back and forth. */
export function replySubject(subject: string | undefined, fallback: string): string {
  const base = (subject ?? '').replace(/^(\s*(re|balas|aw|fw|fwd)\s*:\s*)+/i, '').trim();
  return `Re: ${base || fallback}`;
}

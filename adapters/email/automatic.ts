// Mail no citizen wrote: out-of-office answers, bounces, delivery reports and bulk mail. They are dropped before
// the inbox (RFC 3834 Auto-Submitted, RFC 3464 delivery reports, and the headers mail programs use instead).
import type { ParsedMail } from 'mailparser';

const BULK_PRECEDENCE = new Set(['bulk', 'junk', 'list', 'auto_reply']);
const DAEMON_SENDERS = /^(mailer-daemon|postmaster|mail-daemon|bounce[s]?)([+-].*)?@/i;
const AUTOMATIC_SUBJECTS =
  /^(auto(matic)?[ -]?reply|autoreply|out of (the )?office|balasan otomatis|sedang cuti|di luar kantor|undeliverable|undelivered mail|delivery status notification|mail delivery (failed|failure|system)|returned mail|pesan tidak terkirim)/i;

function header(mail: ParsedMail, name: string): string {
  const value = mail.headers.get(name);
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value);
  return String(value);
}

/** Why this mail is automatic, or null when a person wrote it. */
export function automaticMailReason(mail: ParsedMail): string | null {
  const autoSubmitted = header(mail, 'auto-submitted').trim().toLowerCase();
  if (autoSubmitted && autoSubmitted !== 'no') return `Auto-Submitted: ${autoSubmitted}`;
  for (const name of ['x-autoreply', 'x-autorespond', 'x-autoresponder', 'x-failed-recipients'])
    if (mail.headers.has(name)) return name;
  const precedence = header(mail, 'precedence').trim().toLowerCase();
  if (BULK_PRECEDENCE.has(precedence)) return `Precedence: ${precedence}`;
  if (mail.headers.has('list-id') || mail.headers.has('list-unsubscribe')) return 'mailing list';
  if (header(mail, 'content-type').toLowerCase() === 'multipart/report') return 'delivery report';
  const from = mail.from?.value[0]?.address ?? '';
  if (!from) return 'no sender';
  if (DAEMON_SENDERS.test(from)) return `sender ${from}`;
  if (AUTOMATIC_SUBJECTS.test((mail.subject ?? '').trim())) return 'automatic subject';
  return null;
}

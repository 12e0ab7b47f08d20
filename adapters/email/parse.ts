// One fetched mail -> the citizen message it is, or the reason it is none. Keyed by the mailbox, its UIDVALIDITY
// and the UID (kept in meta; the cursor is the poller's), deduplicated across mailboxes and UID renumbering by
// Message-ID (a hash of sender, date, subject and body when a mail has none), threaded by References.
import { createHash } from 'node:crypto';
import { convert as htmlToText } from 'html-to-text';
import type { Attachment as MailAttachment, ParsedMail } from 'mailparser';
import type { Attachment, InboundMessage } from '../types.js';
import { automaticMailReason } from './automatic.js';
import { trimReply } from './trim.js';

export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
const MAX_ATTACHMENTS = 10;
const MAX_REFERENCES = 10;

export interface MailPosition {
  accountId: string;
  mailbox: string;
  uidValidity: string;
  uid: number;
}

/** Keeps one attachment's bytes (src/media via the poll context) and returns the inbox URL of the file. */
export type KeepFile = (file: {
  messageKey: string;
  mimeType: string;
  name?: string;
  data: Buffer;
}) => Promise<string>;

export type MailOutcome = { message: InboundMessage } | { skipped: string };

const referencesOf = (mail: ParsedMail): string[] =>
  (Array.isArray(mail.references) ? mail.references : mail.references ? [mail.references] : []).filter(
    Boolean,
  );

export function mailMessageId(mail: ParsedMail): string {
  if (mail.messageId) return mail.messageId;
  const hash = createHash('sha256')
    .update(mail.from?.text ?? '')
    .update('\0')
    .update(mail.date?.toISOString() ?? '')
    .update('\0')
    .update(mail.subject ?? '')
    .update('\0')
    .update(mail.text ?? mail.html?.toString() ?? '')
    .digest('hex')
    .slice(0, 32);
  return `<${hash}@tanpa-message-id.aspirasi>`;
}

/** The thread a mail belongs to: the first message of its References, else the one it answers, else itself. */
export function mailThreadKey(mail: ParsedMail): string {
  return referencesOf(mail)[0] ?? mail.inReplyTo ?? mailMessageId(mail);
}

/** The plain-text part, else the HTML as text: links kept as text, images and scripts dropped, quotes as "> ". */
export function mailText(mail: ParsedMail): string {
  if (mail.text?.trim()) return mail.text;
  if (!mail.html) return '';
  return htmlToText(mail.html, {
    wordwrap: false,
    selectors: [
      { selector: 'img', format: 'skip' },
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'blockquote', format: 'blockquote', options: { trimEmptyLines: true } },
    ],
  });
}

const kindOf = (mime: string): Attachment['type'] =>
  mime.startsWith('image/')
    ? 'image'
    : mime.startsWith('video/')
      ? 'video'
      : mime.startsWith('audio/')
        ? 'audio'
        : 'document';

async function keepAttachments(files: MailAttachment[], messageKey: string, keep: KeepFile | undefined) {
  // Inline pictures of an HTML mail (logos in signatures) are decoration, not evidence.
  const real = files.filter((f) => !(f.related && f.contentType.startsWith('image/')));
  const kept: Attachment[] = [];
  for (const f of real.slice(0, MAX_ATTACHMENTS)) {
    const base = { type: kindOf(f.contentType), mimeType: f.contentType, name: f.filename ?? undefined };
    if (!keep) {
      kept.push(base);
      continue;
    }
    if (f.size > ATTACHMENT_MAX_BYTES) {
      kept.push({
        ...base,
        caption: 'Lampiran lebih dari 10 MB, tidak disimpan; minta warga mengirim ulang.',
      });
      continue;
    }
    const url = await keep({ messageKey, mimeType: f.contentType, name: f.filename, data: f.content });
    kept.push({ ...base, url });
  }
  return kept;
}

/** The subject says something of its own: not empty, not "Re: …", not the first words of the body again. */
const leadsWithSubject = (subject: string, body: string) =>
  Boolean(subject) &&
  !/^(re|balas|fwd?)\s*:/i.test(subject) &&
  !body.toLowerCase().startsWith(subject.toLowerCase());

export async function mailToMessage(
  mail: ParsedMail,
  at: MailPosition,
  keep?: KeepFile,
): Promise<MailOutcome> {
  const automatic = automaticMailReason(mail);
  if (automatic) return { skipped: automatic };
  const from = mail.from!.value[0];
  const address = from.address!.toLowerCase();
  if (address === at.accountId.toLowerCase()) return { skipped: 'sent by this mailbox' };
  const messageId = mailMessageId(mail);
  const messageKey = `email:${at.accountId}:${messageId}`;
  const subject = (mail.subject ?? '').trim();
  const body = trimReply(mailText(mail));
  const references = referencesOf(mail);
  const meta: Record<string, string> = {
    mailbox: at.mailbox,
    uidValidity: at.uidValidity,
    uid: String(at.uid),
    messageId,
    subject: subject.slice(0, 300),
    // The thread's first and latest messages are what a reply's References need.
    references: (references.length <= MAX_REFERENCES
      ? references
      : [references[0], ...references.slice(1 - MAX_REFERENCES)]
    ).join(' '),
  };
  return {
    message: {
      platform: 'email',
      accountId: at.accountId,
      externalId: messageId,
      threadKey: mailThreadKey(mail),
      visibility: 'private',
      author: { id: address, name: from.name || undefined },
      // The subject often is the complaint ("Lampu jalan mati"): it leads the text unless it is only "Re: …".
      text: leadsWithSubject(subject, body) ? `${subject}\n\n${body}` : body,
      attachments: await keepAttachments(mail.attachments, messageKey, keep),
      createdAt: (mail.date ?? new Date()).toISOString(),
      action: 'create',
      ...(mail.inReplyTo ? { replyToExternalId: mail.inReplyTo } : {}),
      meta,
    },
  };
}

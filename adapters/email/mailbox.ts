// Reading a mailbox over IMAP (imapflow): which mail is new since the cursor, as raw sources. The mailbox is
// opened read-only (EXAMINE), so officers who also read it in a mail program see their flags untouched.
import { ImapFlow } from 'imapflow';

export interface ImapAccess {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  pass: string;
  mailbox: string;
}

/** imaps://user:pass@host:993/INBOX (TLS) or imap://user:pass@host:143/INBOX (STARTTLS when offered). */
export function imapAccess(imapUrl: string): ImapAccess {
  const url = new URL(imapUrl);
  if (url.protocol !== 'imap:' && url.protocol !== 'imaps:')
    throw new Error('imapUrl harus diawali imap:// atau imaps://');
  const secure = url.protocol === 'imaps:';
  return {
    host: url.hostname,
    port: Number(url.port) || (secure ? 993 : 143),
    secure,
    user: decodeURIComponent(url.username),
    pass: decodeURIComponent(url.password),
    mailbox: decodeURIComponent(url.pathname.replace(/^\/+/, '')) || 'INBOX',
  };
}

export function imapClient(access: ImapAccess, extra: { autoIdleDelay?: number } = {}) {
  return new ImapFlow({
    ...extra,
    host: access.host,
    port: access.port,
    secure: access.secure,
    auth: { user: access.user, pass: access.pass },
    logger: false,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
}

export interface NewMail {
  uidValidity: string;
  mails: { uid: number; source: Buffer }[];
  /** More new mail waits beyond this batch. */
  more: boolean;
}

/**
 * The mail after `lastUid` of this UIDVALIDITY, oldest first, at most `limit`. A different UIDVALIDITY than the
 * cursor's means the server renumbered the mailbox: everything is new again (Message-ID dedupes it).
 */
export async function fetchNewMail(
  access: ImapAccess,
  cursor: { uidValidity?: string; lastUid?: string },
  limit: number,
): Promise<NewMail> {
  const client = imapClient(access);
  client.on('error', () => {}); // a dropped connection surfaces as the failed command below
  await client.connect();
  try {
    const box = await client.mailboxOpen(access.mailbox, { readOnly: true });
    const uidValidity = String(box.uidValidity);
    const lastUid = cursor.uidValidity === uidValidity ? Number(cursor.lastUid ?? 0) : 0;
    // "n:*" also answers the newest mail when none is above n: filter, do not trust the range.
    const found = box.exists ? await client.search({ uid: `${lastUid + 1}:*` }, { uid: true }) : [];
    const uids = (found || []).filter((u) => u > lastUid).sort((a, b) => a - b);
    const batch = uids.slice(0, limit);
    const mails: NewMail['mails'] = [];
    if (batch.length) {
      for (const msg of await client.fetchAll(batch.join(','), { uid: true, source: true }, { uid: true }))
        if (msg.source) mails.push({ uid: msg.uid, source: msg.source });
    }
    mails.sort((a, b) => a.uid - b.uid);
    return { uidValidity, mails, more: uids.length > batch.length };
  } finally {
    await client.logout().catch(() => client.close());
  }
}

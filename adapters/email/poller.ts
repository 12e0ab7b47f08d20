// The e-mail poller: each tick reads the mail that arrived since the account's cursor { uidValidity, lastUid },
// parses it and hands the citizens' messages to the runner, which queues them before it stores the new cursor —
// so a crash re-reads the same UIDs and the Message-ID dedupe makes them one message each (no gap, no double).
import { simpleParser } from 'mailparser';
import type { PollContext, PollerSpec, PollResult, PolledAccount } from '../poller.js';
import type { InboundMessage } from '../types.js';
import { watchMailbox } from './idle.js';
import { fetchNewMail, imapAccess } from './mailbox.js';
import { mailToMessage } from './parse.js';

/** Mail read per tick; a fuller mailbox is drained over the next ticks. */
export const MAIL_BATCH = 50;

export interface EmailPollSettings {
  EMAIL_POLL_SECONDS: number;
}

async function pollMailbox(account: PolledAccount, ctx: PollContext): Promise<PollResult> {
  const { imapUrl } = account.credentials;
  if (!imapUrl)
    return {
      ok: false,
      retryable: false,
      error: 'Akun e-mail ini belum punya imapUrl (imaps://user:pass@host/INBOX).',
    };
  let access;
  try {
    access = imapAccess(imapUrl);
  } catch (err) {
    return { ok: false, retryable: false, error: (err as Error).message };
  }
  let fetched;
  try {
    fetched = await fetchNewMail(access, ctx.cursor, MAIL_BATCH);
  } catch (err) {
    const e = err as { authenticationFailed?: boolean; message: string };
    if (e.authenticationFailed)
      return {
        ok: false,
        retryable: false,
        error: 'Login IMAP ditolak: periksa nama pengguna dan sandi akun e-mail.',
      };
    return { ok: false, retryable: true, error: `Server IMAP tidak dapat dibaca: ${e.message}` };
  }
  const messages: InboundMessage[] = [];
  const problems: string[] = [];
  for (const { uid, source } of fetched.mails) {
    const position = {
      accountId: account.accountId,
      mailbox: access.mailbox,
      uidValidity: fetched.uidValidity,
      uid,
    };
    try {
      const outcome = await mailToMessage(await simpleParser(source), position, ctx.keepFile);
      if ('message' in outcome) messages.push(outcome.message);
    } catch (err) {
      // One unreadable mail must not stop the mailbox: it is reported and passed.
      problems.push(`UID ${uid}: ${(err as Error).message}`);
    }
  }
  const lastUid = fetched.mails.at(-1)?.uid;
  const sameBox = ctx.cursor.uidValidity === fetched.uidValidity;
  return {
    ok: true,
    delivery: { messages, statuses: [], problems },
    cursor: {
      uidValidity: fetched.uidValidity,
      lastUid: String(lastUid ?? (sameBox ? Number(ctx.cursor.lastUid ?? 0) : 0)),
    },
  };
}

export const emailPoller: PollerSpec<EmailPollSettings> = {
  everyMs: (s) => s.EMAIL_POLL_SECONDS * 1000,
  poll: (account, ctx) => pollMailbox(account, ctx),
  watch: (account, changed) => watchMailbox(account, changed),
};

// E-mail: one ChannelAccount per mailbox (accountId = its address) with credentials
// { imapUrl: "imaps://user:pass@host:993/INBOX", smtpUrl?: "smtp://user:pass@host:587", fromName? }.
// Mail comes in by polling (poller.ts, every EMAIL_POLL_SECONDS, sooner when the server announces new mail over
// IDLE: idle.ts); replies go out by SMTP (send.ts), the account's smtpUrl or else SMTP_URL. No webhook.
import { z } from 'zod';
import { defineAdapter } from '../adapter-spec.js';
import type { ChannelAdapter } from '../types.js';
import { emailPoller } from './poller.js';
import { emailSample } from './simulate.js';
import { sendEmailReply } from './send.js';

export function createEmailAdapter(opts: { smtpUrl?: string }): ChannelAdapter {
  return {
    name: 'email',
    verify: () => ({
      ok: false,
      status: 404,
      reason: 'E-mail tidak memakai webhook: kotak surat dibaca lewat IMAP.',
    }),
    parse: () => ({ messages: [], statuses: [], problems: ['E-mail tidak memakai webhook.'] }),
    send: (reply, ctx) => sendEmailReply(reply, ctx, opts.smtpUrl),
  };
}

export const emailAdapter = defineAdapter({
  name: 'email',
  platforms: ['email'],
  config: {
    /** Seconds between two reads of one mailbox (IDLE brings new mail sooner where the server supports it). */
    EMAIL_POLL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    /** `simulate` appends sample mails to this mailbox (imap://user:pass@host/INBOX); unset: no e-mail samples. */
    EMAIL_SIMULATE_IMAP_URL: z
      .string()
      .regex(/^imaps?:\/\//, 'harus diawali imap:// atau imaps://')
      .optional(),
  },
  create: (s) => createEmailAdapter({ smtpUrl: s.SMTP_URL }),
  poller: emailPoller,
  samples: { email: emailSample },
  samplesReady: (s) => Boolean(s.EMAIL_SIMULATE_IMAP_URL),
});

// The website form (GET /lapor). It has no webhook: citizens post to POST /api/public/reports (src/webform/).
// Replies: always on the public status page (shown to the holder of the report's follow-up code), and also by
// e-mail (SMTP_URL) when the citizen left an address. A WhatsApp number is kept for officers to call back; a
// first WhatsApp message to it would need an approved template, so no reply is sent there.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { defineAdapter } from '../adapter-spec.js';
import { replySubject, sendMail } from '../smtp-send.js';
import type { ChannelAdapter, OutboundReply, SendResult } from '../types.js';
import { webformSample } from './simulate.js';

export interface WebformAdapterOptions {
  smtpUrl?: string;
  mailFrom: string;
  /** Where citizens open their status page (PUBLIC_URL); absent: the e-mail names the ticket only. */
  publicUrl?: string;
}

export const STATUS_PAGE_DELIVERY = 'halaman-status';

export function webformReplyText(text: string, ticketNumber: string, publicUrl?: string): string {
  const link = publicUrl
    ? `\n\nIkuti perkembangan laporan Anda di ${publicUrl.replace(/\/+$/, '')}/lapor/status?tiket=${ticketNumber}`
    : '';
  return `${text}\n\n— Nomor tiket Anda: ${ticketNumber}${link}`;
}

export function createWebformAdapter(opts: WebformAdapterOptions): ChannelAdapter {
  return {
    name: 'webform',
    verify: () => ({
      ok: false,
      status: 404,
      reason: 'Formulir web tidak memakai webhook; kirim laporan lewat POST /api/public/reports.',
    }),
    parse: () => ({ messages: [], statuses: [], problems: ['Formulir web tidak memakai webhook.'] }),
    async send(reply: OutboundReply): Promise<SendResult> {
      const meta = reply.inReplyTo.meta ?? {};
      const statusPage = { ok: true as const, externalId: `${STATUS_PAGE_DELIVERY}:${randomUUID()}` };
      if (!meta.email || !opts.smtpUrl) return statusPage;
      const ticket = meta.ticketNumber ?? '';
      const domain = opts.mailFrom.match(/@([^>\s]+)/)?.[1] ?? 'localhost';
      return sendMail({
        smtpUrl: opts.smtpUrl,
        from: opts.mailFrom,
        to: meta.email,
        subject: replySubject(undefined, `Laporan ${ticket}`),
        text: webformReplyText(reply.text, ticket, opts.publicUrl),
        messageId: `<${randomUUID()}@${domain}>`,
      });
    },
  };
}

export const webformAdapter = defineAdapter({
  name: 'webform',
  platforms: ['webform'],
  config: {
    /** Sites that may show the report form (GET /lapor) in an iframe: origins separated by spaces or commas,
     *  e.g. "https://kaltimprov.go.id https://*.kaltimprov.go.id". Unset: only Aspirasi's own pages. */
    WEBFORM_FRAME_ANCESTORS: z
      .string()
      .default('')
      .transform((v) => v.split(/[\s,]+/).filter(Boolean))
      .refine((list) => list.every((o) => /^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d{1,5})?$/i.test(o)), {
        message: 'daftar origin (https://situs.go.id), dipisah spasi atau koma',
      }),
  },
  create: (s) =>
    createWebformAdapter({ smtpUrl: s.SMTP_URL, mailFrom: s.MAIL_FROM ?? '', publicUrl: s.PUBLIC_URL }),
  samples: { webform: webformSample },
});

export { submissionSchema, webformMessage, WEBFORM_ACCOUNT, normalizeWhatsapp } from './submission.js';
export type { Submission, AcceptedSubmission } from './submission.js';

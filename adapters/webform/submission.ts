// What a citizen sends through the website form (POST /api/public/reports), and the message it becomes.
// Pure: the HTTP edge (src/webform/) checks the proof of work, stores the photo and reserves the ticket first.
import { z } from 'zod';
import type { Attachment, InboundMessage } from '../types.js';

export const WEBFORM_ACCOUNT = 'situs';
export const TEXT_MIN = 10;
export const TEXT_MAX = 4000;

/** Empty form fields arrive as "" (or not at all): both mean "not given". */
const optionalText = (schema: z.ZodString) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

/** 08…, +628… or 628… -> 628… (the form WhatsApp and the inbox expect). */
export function normalizeWhatsapp(input: string): string {
  const digits = input.replace(/[\s().-]/g, '').replace(/^\+/, '');
  return digits.startsWith('0') ? `62${digits.slice(1)}` : digits;
}

export const submissionSchema = z
  .object({
    submissionId: z.string().uuid('harus UUID dari formulir'),
    text: z
      .string({ message: 'isi laporan wajib diisi' })
      .trim()
      .min(TEXT_MIN, `isi laporan minimal ${TEXT_MIN} huruf`)
      .max(TEXT_MAX, `isi laporan paling banyak ${TEXT_MAX} huruf`),
    name: optionalText(z.string().trim().max(100, 'nama paling banyak 100 huruf')),
    email: optionalText(z.string().trim().toLowerCase().max(254).email('alamat e-mail tidak valid')),
    whatsapp: optionalText(
      z
        .string()
        .trim()
        .regex(/^(\+?62|0)\s?8[\d\s-]{7,14}$/, 'nomor WhatsApp tidak valid (contoh: 0812 3456 7890)'),
    ).transform((v) => (v ? normalizeWhatsapp(v) : undefined)),
    regionCode: optionalText(z.string().max(20)),
    /** The photo as base64 (data: URL prefix allowed); size and type are checked on the decoded bytes. */
    photo: optionalText(z.string().max(8_000_000, 'foto terlalu besar (maksimal 5 MB)')),
    shareLocation: z.boolean().default(false),
    consent: z.literal(true, { message: 'persetujuan penggunaan data pribadi wajib dicentang' }),
    proof: z.string({ message: 'bukti anti-spam tidak ada' }).min(1).max(10_000),
  })
  .refine((s) => s.email || s.whatsapp, {
    message: 'isi alamat e-mail atau nomor WhatsApp agar kami bisa menghubungi Anda',
    path: ['email'],
    // Said together with the other mistakes, not only once they are fixed.
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
  });
export type Submission = z.infer<typeof submissionSchema>;

export interface AcceptedSubmission {
  ticketNumber: string;
  /** sha256 of the follow-up code the citizen was given: the status page shows replies to its holder only. */
  followUpHash: string;
  regionName?: string;
  attachments: Attachment[];
  receivedAt: Date;
}

export function webformMessage(s: Submission, accepted: AcceptedSubmission): InboundMessage {
  // The picked region is written into the text, where the classifier's gazetteer reads it like any other.
  const text = accepted.regionName ? `${s.text}\n\nWilayah: ${accepted.regionName}` : s.text;
  const meta: Record<string, string> = {
    ticketNumber: accepted.ticketNumber,
    followUpHash: accepted.followUpHash,
  };
  if (s.email) meta.email = s.email;
  if (s.whatsapp) meta.whatsapp = s.whatsapp;
  return {
    platform: 'webform',
    accountId: WEBFORM_ACCOUNT,
    externalId: s.submissionId,
    threadKey: `laporan:${s.submissionId}`,
    visibility: 'private',
    // One contact per address: the same citizen's reports are linked in the inbox.
    author: { id: s.email ?? `wa:${s.whatsapp}`, name: s.name, phone: s.whatsapp },
    text,
    attachments: accepted.attachments,
    createdAt: accepted.receivedAt.toISOString(),
    reservedTicketNumber: accepted.ticketNumber,
    action: 'create',
    meta,
  };
}

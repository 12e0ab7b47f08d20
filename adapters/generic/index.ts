// The signed generic webhook: any system can deliver citizen messages to Aspirasi.
//   POST /webhooks/generic/:source
//   X-Aspirasi-Timestamp: <unix seconds>
//   X-Aspirasi-Signature: sha256=<hex HMAC-SHA256("<timestamp>.<raw body>", the source's inbound secret)>
//   body { id, author: { id, name }, text, createdAt, threadId? }
// Each source has its own secrets, derived from GENERIC_WEBHOOK_SECRET (signing.ts): a leaked source secret signs
// for that source only. Deliveries older than 5 minutes are refused (replays). Replies go back as a POST to the
// source's ChannelAccount.replyUrl, signed the same way with the source's reply secret, a different key.
import { z } from 'zod';
import { defineAdapter } from '../adapter-spec.js';
import { parseJsonBody } from '../json.js';
import type { ChannelAdapter, IncomingRequest, ParsedDelivery, SendResult } from '../types.js';
import { signedHeaders, verifyGenericRequest } from './signing.js';
import { genericSample } from './simulate.js';

const SOURCE = /^[a-z0-9][a-z0-9_-]{0,63}$/;

const bodySchema = z.object({
  id: z.union([z.string().min(1), z.number().int()]).transform(String),
  author: z.object({
    id: z.union([z.string().min(1), z.number().int()]).transform(String),
    name: z.string().optional(),
  }),
  text: z.string().max(20_000),
  createdAt: z.string().datetime({ offset: true, message: 'harus tanggal ISO 8601' }),
  threadId: z
    .union([z.string().min(1), z.number().int()])
    .transform(String)
    .optional(),
});

export {
  genericSourceSecrets,
  genericDeliveryHeaders,
  signGenericBody,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
} from './signing.js';

export interface GenericAdapterOptions {
  /** GENERIC_WEBHOOK_SECRET: the master the per-source secrets derive from. */
  secret?: string;
  /** Development only: also accept the old body-only signature with the master secret (the first version of the contract). */
  acceptLegacySignature?: boolean;
}

export function createGenericAdapter(opts: GenericAdapterOptions): ChannelAdapter {
  return {
    name: 'generic',
    verify(req: IncomingRequest) {
      if (!opts.secret)
        return { ok: false, status: 503, reason: 'GENERIC_WEBHOOK_SECRET belum diatur di server.' };
      const source = req.params.source ?? '';
      if (!SOURCE.test(source))
        return { ok: false, status: 404, reason: 'Nama sumber harus huruf kecil, angka, - atau _.' };
      return verifyGenericRequest(req, opts.secret, source, {
        acceptLegacy: Boolean(opts.acceptLegacySignature),
      });
    },
    parse(req: IncomingRequest): ParsedDelivery {
      const source = req.params.source ?? '';
      if (!SOURCE.test(source)) {
        return { messages: [], statuses: [], problems: ['Nama sumber harus huruf kecil, angka, - atau _.'] };
      }
      let json: unknown;
      try {
        json = parseJsonBody(req.rawBody);
      } catch (err) {
        const reason =
          err instanceof SyntaxError ? 'Isi permintaan bukan JSON yang valid.' : (err as Error).message;
        return { messages: [], statuses: [], problems: [reason] };
      }
      const parsed = bodySchema.safeParse(json);
      if (!parsed.success) {
        const fields = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`);
        return { messages: [], statuses: [], problems: [`Kolom tidak valid — ${fields.join('; ')}`] };
      }
      const b = parsed.data;
      return {
        messages: [
          {
            platform: 'generic',
            accountId: source,
            externalId: b.id,
            threadKey: b.threadId ? `thread:${b.threadId}` : `author:${b.author.id}`,
            visibility: 'private',
            author: { id: b.author.id, name: b.author.name },
            text: b.text,
            attachments: [],
            createdAt: new Date(b.createdAt).toISOString(),
            action: 'create',
          },
        ],
        statuses: [],
        problems: [],
      };
    },
    async send(reply, ctx): Promise<SendResult> {
      const url = ctx.credentials.replyUrl;
      if (!url)
        return { ok: false, retryable: false, error: 'Sumber ini tidak punya alamat balasan (replyUrl).' };
      const body = JSON.stringify({
        inReplyTo: reply.inReplyTo.externalId,
        threadKey: reply.threadKey,
        recipient: reply.recipient.id,
        text: reply.text,
      });
      try {
        const res = await ctx.fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...signedHeaders(opts.secret ?? '', reply.accountId, 'reply', body),
          },
          body,
        });
        if (res.ok) {
          const data = (await res.json().catch(() => ({}))) as { id?: string };
          return { ok: true, externalId: String(data.id ?? `generic-${Date.now()}`) };
        }
        return {
          ok: false,
          retryable: res.status >= 500 || res.status === 429,
          error: `Sumber menolak balasan (HTTP ${res.status}).`,
        };
      } catch (err) {
        return {
          ok: false,
          retryable: true,
          error: `Sumber tidak dapat dihubungi: ${(err as Error).message}`,
        };
      }
    },
  };
}

export const genericAdapter = defineAdapter({
  name: 'generic',
  platforms: ['generic'],
  config: { GENERIC_WEBHOOK_SECRET: z.string().min(1).optional() },
  requiredInProduction: ['GENERIC_WEBHOOK_SECRET'],
  devDefaults: { GENERIC_WEBHOOK_SECRET: 'dev-only-generic-webhook-secret' },
  create: (s) =>
    createGenericAdapter({
      secret: s.GENERIC_WEBHOOK_SECRET,
      acceptLegacySignature: s.NODE_ENV !== 'production',
    }),
  samples: { generic: genericSample },
});

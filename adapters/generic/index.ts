// The signed generic webhook (DESIGN.md contract): any system can deliver citizen messages to Aspirasi.
//   POST /webhooks/generic/:source, X-Aspirasi-Signature: sha256=<hex HMAC-SHA256(raw body, GENERIC_WEBHOOK_SECRET)>
//   body { id, author: { id, name }, text, createdAt, threadId? }
// Replies go back as a signed POST to the source's ChannelAccount.replyUrl.
import { z } from 'zod';
import type { ChannelAdapter, IncomingRequest, ParsedDelivery, SendResult } from '../types.js';
import { headerValue, hmacSha256, safeEqual } from '../signature.js';

const SIGNATURE_HEADER = 'x-aspirasi-signature';
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

export function signGenericBody(secret: string, rawBody: Buffer | string): string {
  return `sha256=${hmacSha256(secret, rawBody)}`;
}

export function createGenericAdapter(opts: { secret?: string }): ChannelAdapter {
  return {
    name: 'generic',
    verify(req: IncomingRequest) {
      if (!opts.secret)
        return { ok: false, status: 503, reason: 'GENERIC_WEBHOOK_SECRET belum diatur di server.' };
      const given = headerValue(req.headers, SIGNATURE_HEADER);
      if (!given) return { ok: false, status: 401, reason: 'Header X-Aspirasi-Signature tidak ada.' };
      if (!safeEqual(given, signGenericBody(opts.secret, req.rawBody))) {
        return { ok: false, status: 401, reason: 'Tanda tangan X-Aspirasi-Signature tidak cocok.' };
      }
      return { ok: true };
    },
    parse(req: IncomingRequest): ParsedDelivery {
      const source = req.params.source ?? '';
      if (!SOURCE.test(source)) {
        return { messages: [], statuses: [], problems: ['Nama sumber harus huruf kecil, angka, - atau _.'] };
      }
      let json: unknown;
      try {
        json = JSON.parse(req.rawBody.toString('utf8'));
      } catch {
        return { messages: [], statuses: [], problems: ['Isi permintaan bukan JSON yang valid.'] };
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
            'x-aspirasi-signature': signGenericBody(opts.secret ?? '', body),
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

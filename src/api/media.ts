// Attachments the platform keeps behind the account's token (Telegram getFile ...): the officer's browser asks
// here, the server fetches with the token and streams the bytes. Images the browser can show are served inline;
// anything else is a download, always with nosniff and a sandboxing CSP, so a citizen's upload never runs as
// a page of ours.
import { Readable } from 'node:stream';
import { Router } from 'express';
import { Types } from 'mongoose';
import type { Attachment } from '../../adapters/types.js';
import type { AppContext } from '../context.js';
import { loadCredentials } from '../replies/platform-call.js';
import { MessageModel } from '../store/index.js';
import { auditPersonalDataView } from './audit-context.js';
import { visibleConversation } from './conversations.js';
import { ApiError, notFound } from './errors.js';

const INLINE_TYPES = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp']);

const fileName = (a: Attachment, index: number) =>
  (a.name ?? `lampiran-${index + 1}`).replace(/[^\w.\- ]+/g, '_').slice(0, 120);

export function mediaRouter(ctx: AppContext): Router {
  const router = Router();
  router.get('/conversations/:id/messages/:messageId/attachments/:index', async (req, res) => {
    const conv = await visibleConversation(req.actor!, req.params.id);
    const index = Number(req.params.index);
    if (!Types.ObjectId.isValid(req.params.messageId) || !Number.isInteger(index) || index < 0)
      throw notFound('Lampiran');
    const message = await MessageModel.findOne({
      _id: req.params.messageId,
      conversationId: conv._id,
    }).lean();
    const attachment = (message?.attachments as Attachment[] | undefined)?.[index];
    const adapter = message && ctx.adapters.forPlatform(message.platform);
    if (!message || !attachment?.mediaId || !adapter?.fetchMedia) throw notFound('Lampiran');
    // A citizen's photo is personal data like the messages around it (seen outside the agency: recorded).
    await auditPersonalDataView(req, conv);
    const media = await adapter.fetchMedia(attachment, {
      baseUrl: ctx.adapters.baseUrlFor(message.platform),
      credentials: await loadCredentials(ctx, message.platform, message.accountId),
      fetch,
    });
    if (!media.ok) throw new ApiError(media.status, 'media_unavailable', media.error);
    const type = (media.contentType ?? '').split(';')[0].trim().toLowerCase();
    const inline = INLINE_TYPES.has(type);
    res.set({
      'Content-Type': inline ? type : 'application/octet-stream',
      'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename="${fileName(attachment, index)}"`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "sandbox; default-src 'none'",
      'Cache-Control': 'private, max-age=3600',
      ...(media.size ? { 'Content-Length': String(media.size) } : {}),
    });
    Readable.fromWeb(media.body as import('node:stream/web').ReadableStream).pipe(res);
  });
  return router;
}

// GET /api/media/:id — a file a citizen sent through the website form or e-mail, for officers who may see its case.
// Served so that a file cannot act in the inbox's origin: only photos inline, everything else as a download,
// and a sandbox CSP on top.
import { Router } from 'express';
import { Types } from 'mongoose';
import { canSeeConversation } from '../auth/access.js';
import { notFound } from '../domain/errors.js';
import { ConversationModel, MessageModel, StoredMediaModel } from '../store/index.js';

const INLINE = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);

export function storedMediaRouter(): Router {
  const router = Router();
  router.get('/media/:id', async (req, res) => {
    const id = String(req.params.id);
    if (!Types.ObjectId.isValid(id)) throw notFound('Berkas');
    const media = await StoredMediaModel.findById(id).select('+data').lean();
    const message = media
      ? await MessageModel.findOne({ dedupeKey: media.messageKey }).select('conversationId').lean()
      : null;
    const conv = message
      ? await ConversationModel.findById(message.conversationId).select('agencyId').lean()
      : null;
    if (!media || !conv || !canSeeConversation(req.actor!, conv)) throw notFound('Berkas');
    const inline = INLINE.has(media.mimeType);
    const filename = (media.name ?? 'berkas').replace(/[^\w.-]+/g, '_').slice(0, 100);
    res
      .set('Content-Type', inline ? media.mimeType : 'application/octet-stream')
      .set('Content-Disposition', `${inline ? 'inline' : 'attachment'}; filename="${filename}"`)
      .set('Content-Security-Policy', "default-src 'none'; sandbox")
      .set('Cache-Control', 'private, max-age=3600')
      .send(Buffer.from(media.data.buffer ?? media.data));
  });
  return router;
}

// After an officer checked the platform for a reply whose outcome is unknown: resend it, or confirm it arrived.
//   POST /api/conversations/:id/replies/:messageId/resend
//   POST /api/conversations/:id/replies/:messageId/confirm-sent
import { Router, type RequestHandler } from 'express';
import { Types } from 'mongoose';
import type { AppContext } from '../context.js';
import { settleCheckedReply, type ReplyCheckVerdict } from '../replies/check-and-resend.js';
import { visibleConversation } from './conversations.js';
import { notFound } from './errors.js';

export function replyChecksRouter(ctx: AppContext): Router {
  const router = Router();
  const endpoint =
    (verdict: ReplyCheckVerdict): RequestHandler<{ id: string; messageId: string }> =>
    async (req, res) => {
      const conv = await visibleConversation(req.actor!, req.params.id);
      if (!Types.ObjectId.isValid(req.params.messageId)) throw notFound('Balasan');
      const message = await settleCheckedReply(ctx, req.actor!, conv._id, req.params.messageId, verdict);
      res.json({ message });
    };
  router.post('/conversations/:id/replies/:messageId/resend', endpoint('resend'));
  router.post('/conversations/:id/replies/:messageId/confirm-sent', endpoint('arrived'));
  return router;
}

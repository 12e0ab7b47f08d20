// GET /api/conversations/:id/templates: the message templates approved on the conversation's account, for the
// composer when the platform's reply window is closed (WhatsApp). Listed live from the platform.
import { Router } from 'express';
import type { AppContext } from '../context.js';
import { templatesFor } from '../replies/templates.js';
import { visibleConversation } from './conversations.js';

export function replyTemplatesRouter(ctx: AppContext): Router {
  const router = Router();
  router.get('/conversations/:id/templates', async (req, res) => {
    const conv = await visibleConversation(req.actor!, req.params.id);
    res.json({ items: await templatesFor(ctx, conv.platform, conv.accountId) });
  });
  return router;
}

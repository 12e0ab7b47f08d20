// Conversation list, detail, replies and label corrections, always scoped to what the actor may see.
import { Router } from 'express';
import { Types } from 'mongoose';
import { z } from 'zod';
import { canSeeConversation, conversationScope, type Actor } from '../auth/access.js';
import type { AppContext } from '../context.js';
import { MESSAGE_TYPES, TOPICS, URGENCIES } from '../domain/labels.js';
import { createReply } from '../replies/create-reply.js';
import { idempotencyKeyFrom } from '../replies/idempotency.js';
import { ConversationModel, EventModel, MessageModel, type ConversationDoc } from '../store/index.js';
import { forUser } from '../views/case-abilities.js';
import { conversationView, conversationViews } from '../views/conversation-view.js';
import { messageView } from '../views/message-view.js';
import { eventViews } from '../views/event-view.js';
import { notFound, parseOr400 } from './errors.js';
import { listQuerySchema, buildListQuery } from './conversation-query.js';
import { correctClassification } from '../workflow/reclassify.js';
import { changeKey } from './change-key.js';
import { auditPersonalDataView } from './audit-context.js';

/** Load a conversation the actor may see; others' cases are 404 (their existence is not revealed). */
export async function visibleConversation(actor: Actor, id: string) {
  if (!Types.ObjectId.isValid(id)) throw notFound('Percakapan');
  const conv = await ConversationModel.findById(id).lean<ConversationDoc>();
  if (!conv || !canSeeConversation(actor, conv)) throw notFound('Percakapan');
  return conv;
}

const replyBody = z
  .object({
    text: z.string().trim().max(8000, 'balasan terlalu panjang (maks. 8000 karakter)').default(''),
    visibility: z.enum(['public', 'private']).optional(),
    takeOver: z.boolean().optional(),
    /** An approved template (WhatsApp outside its 24 h window); its filled body becomes the text. */
    template: z
      .object({
        name: z.string().min(1).max(512),
        language: z.string().min(2).max(15),
        variables: z.array(z.string().max(1024, 'isian templat terlalu panjang')).max(30).default([]),
      })
      .optional(),
  })
  .refine((b) => b.template || b.text.length > 0, { message: 'balasan kosong', path: ['text'] });

const correctionBody = z
  .object({
    topic: z.enum(TOPICS).optional(),
    urgency: z.enum(URGENCIES).optional(),
    type: z.enum(MESSAGE_TYPES).optional(),
    region: z.string().min(1).nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, 'isi minimal satu label');

export function conversationsRouter(ctx: AppContext): Router {
  const router = Router();

  router.get('/conversations', async (req, res) => {
    const q = parseOr400(listQuerySchema, req.query);
    const { filter, sort, skip, limit, nextCursor } = buildListQuery(
      req.actor!,
      q,
      conversationScope(req.actor!),
    );
    const docs = await ConversationModel.find(filter)
      .sort(sort)
      .skip(skip)
      .limit(limit + 1)
      .lean();
    const page = docs.slice(0, limit);
    res.json({
      items: (await conversationViews(page)).map((view) => forUser(view, req.actor!)),
      nextCursor: docs.length > limit ? nextCursor(page) : null,
    });
  });

  router.get('/conversations/:id', async (req, res) => {
    const conv = await visibleConversation(req.actor!, req.params.id);
    await auditPersonalDataView(req, conv);
    const [messages, events, view] = await Promise.all([
      MessageModel.find({ conversationId: conv._id }).sort({ createdAt: 1 }).lean(),
      EventModel.find({ conversationId: conv._id }).sort({ createdAt: 1 }).lean(),
      conversationView(conv._id),
    ]);
    res.json({
      conversation: forUser(view, req.actor!),
      messages: messages.map(messageView),
      events: await eventViews(events),
    });
  });

  router.post('/conversations/:id/replies', async (req, res) => {
    const body = parseOr400(replyBody, req.body);
    const conv = await visibleConversation(req.actor!, req.params.id);
    const idempotencyKey = idempotencyKeyFrom(req.get('Idempotency-Key'));
    res.status(202).json({ message: await createReply(ctx, req.actor!, conv, { ...body, idempotencyKey }) });
  });

  router.patch('/conversations/:id/classification', async (req, res) => {
    const body = parseOr400(correctionBody, req.body);
    const conv = await visibleConversation(req.actor!, req.params.id);
    const view = await correctClassification(ctx, req.actor!, conv, body, changeKey(req, 'classification'));
    res.json({ conversation: forUser(view, req.actor!) });
  });

  return router;
}

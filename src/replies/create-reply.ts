// An officer's reply: checked against the platform's reply window, stored as queued, sent by the outbound worker.
import { randomUUID } from 'node:crypto';
import type { Actor } from '../auth/access.js';
import type { AppContext } from '../context.js';
import { ApiError } from '../api/errors.js';
import { jobIdFor } from '../queue/queues.js';
import { recordCaseEvent } from '../case-events/recorded.js';
import { ConversationModel, EventModel, MessageModel } from '../store/index.js';
import { conversationView } from '../views/conversation-view.js';
import { messageView } from '../views/message-view.js';
import { afterReply, withTicketNumber } from '../workflow/after-reply.js';
import { takeClaim } from '../workflow/claim.js';

export interface ReplyRequest {
  text: string;
  visibility?: 'public' | 'private';
  /** Answer a case another officer has claimed (the claim lock otherwise answers 409 claimed_by_other). */
  takeOver?: boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ConversationDoc = any;

/** The citizen message a reply answers: the newest inbound one. */
async function lastInboundMessage(conversationId: unknown) {
  return MessageModel.findOne({ conversationId, direction: 'inbound' }).sort({ createdAt: -1 }).lean();
}

export async function createReply(ctx: AppContext, actor: Actor, conv: ConversationDoc, req: ReplyRequest) {
  const visibility = req.visibility ?? conv.visibility;
  if (visibility === 'public' && conv.visibility === 'private') {
    throw new ApiError(
      400,
      'invalid_visibility',
      'Percakapan pesan pribadi tidak bisa dibalas secara publik.',
    );
  }
  const inReplyTo = await lastInboundMessage(conv._id);
  if (!inReplyTo) throw new ApiError(409, 'nothing_to_reply', 'Belum ada pesan warga untuk dibalas.');

  const adapter = ctx.adapters.forPlatform(conv.platform);
  if (!adapter)
    throw new ApiError(
      409,
      'channel_not_connected',
      `Kanal ${conv.platform} belum tersambung untuk membalas.`,
    );
  const privateReplyAlreadySent =
    visibility === 'private' &&
    conv.visibility === 'public' &&
    Boolean(
      await MessageModel.exists({ conversationId: conv._id, direction: 'outbound', visibility: 'private' }),
    );
  const window = adapter.replyWindow?.({
    platform: conv.platform,
    visibility,
    lastInboundAt: conv.lastInboundAt ?? inReplyTo.createdAt,
    inReplyToCreatedAt: inReplyTo.createdAt,
    privateReplyAlreadySent,
    now: new Date(),
    // Tells an Instagram private reply to a comment (7-day rule) from a DM answer (24 h window).
    inReplyToMeta: (inReplyTo.meta ?? undefined) as Record<string, string> | undefined,
  });
  if (window && !window.allowed) throw new ApiError(409, 'reply_window_closed', window.reason);
  await takeClaim(actor, conv, req.takeOver);

  const first = !conv.firstRespondedAt;
  const text = first ? withTicketNumber(req.text, conv.ticketNumber) : req.text;
  const now = new Date();
  const message = await MessageModel.create({
    conversationId: conv._id,
    direction: 'outbound',
    platform: conv.platform,
    accountId: conv.accountId,
    dedupeKey: `out:${randomUUID()}`,
    visibility,
    author: { id: actor.id, name: actor.name },
    text,
    replyToExternalId: inReplyTo.externalId,
    sentBy: actor.id,
    delivery: { status: 'queued', attempts: 0, updatedAt: now },
    createdAt: now,
  });
  await ctx.queues.outbound.add(
    'send',
    { messageId: String(message._id) },
    { jobId: jobIdFor(`reply:${message._id}`) },
  );

  const set: Record<string, unknown> = { lastMessageAt: now, preview: text.slice(0, 200) };
  if (first) set.firstRespondedAt = now;
  await ConversationModel.updateOne({ _id: conv._id }, { $set: set, $inc: { messageCount: 1 } });
  const replied = await EventModel.create({
    conversationId: conv._id,
    type: 'replied',
    actorId: actor.id,
    agencyId: conv.agencyId,
    data: { messageId: String(message._id), visibility, first },
  });
  await recordCaseEvent(replied);
  await afterReply(ctx, actor, conv._id, first);
  const view = messageView(message.toObject());
  ctx.publisher.messageNew(view);
  const convView = await conversationView(conv._id);
  if (convView) ctx.publisher.conversationUpdated(convView);
  return view;
}

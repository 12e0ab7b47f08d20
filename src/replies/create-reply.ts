// An officer's reply: checked against the platform's reply window, stored as queued (the outbox record), recorded
// on the case, then sent by the outbound worker. With an Idempotency-Key, repeating the request returns the same
// reply and finishes whatever the first request left undone.
import { randomUUID } from 'node:crypto';
import { replyWindowFor } from '../../adapters/registry.js';
import type { TemplateChoice } from '../../adapters/types.js';
import type { Actor } from '../auth/access.js';
import type { AppContext } from '../context.js';
import { DomainError } from '../domain/errors.js';
import { childLog } from '../log.js';
import { crashPoint } from '../ops/crash-point.js';
import { isDuplicateKey } from '../store/errors.js';
import { MessageModel, type ConversationDoc, type MessageDoc } from '../store/index.js';
import { messageView } from '../views/message-view.js';
import { changeCase } from '../workflow/change-case.js';
import { claimDecision } from '../workflow/claim.js';
import { assertSameReply, replyDedupeKey } from './idempotency.js';
import { enqueueSendOrLeaveToSweep } from './outbox.js';
import { checkedTemplateText } from './templates.js';
import { recordReplyOnCase, withTicketNumber } from './reply-on-case.js';

export interface ReplyRequest {
  text: string;
  visibility?: 'public' | 'private';
  /** Answer a case another officer has claimed (the claim lock otherwise answers 409 claimed_by_other). */
  takeOver?: boolean;
  /** The request's Idempotency-Key header (src/replies/idempotency.ts). */
  idempotencyKey?: string;
  /** An approved platform template instead of free text; allowed when the reply window is closed. */
  template?: TemplateChoice;
}

const log = childLog('replies');

/** The citizen message a reply answers: the newest inbound one. */
async function lastInboundMessage(conversationId: unknown) {
  return MessageModel.findOne({ conversationId, direction: 'inbound' }).sort({ createdAt: -1 }).lean();
}

async function checkReplyAllowed(ctx: AppContext, actor: Actor, conv: ConversationDoc, req: ReplyRequest) {
  const visibility: 'public' | 'private' = req.visibility ?? conv.visibility;
  if (visibility === 'public' && conv.visibility === 'private') {
    throw new DomainError('invalid_visibility', 'Percakapan pesan pribadi tidak bisa dibalas secara publik.');
  }
  const inReplyTo = await lastInboundMessage(conv._id);
  if (!inReplyTo) throw new DomainError('nothing_to_reply', 'Belum ada pesan warga untuk dibalas.');

  const adapter = ctx.adapters.forPlatform(conv.platform);
  if (!adapter)
    throw new DomainError('channel_not_connected', `Kanal ${conv.platform} belum tersambung untuk membalas.`);
  const privateReplyAlreadySent =
    visibility === 'private' &&
    conv.visibility === 'public' &&
    Boolean(
      await MessageModel.exists({ conversationId: conv._id, direction: 'outbound', visibility: 'private' }),
    );
  const window = replyWindowFor({
    platform: conv.platform,
    visibility,
    lastInboundAt: conv.lastInboundAt ?? inReplyTo.createdAt,
    inReplyToCreatedAt: inReplyTo.createdAt,
    privateReplyAlreadySent,
    now: new Date(),
    // Tells an Instagram private reply to a comment (7-day rule) from a DM answer (24 h window).
    inReplyToMeta: (inReplyTo.meta ?? undefined) as Record<string, string> | undefined,
  });
  // A template is the platform's own way to write after the window closed (WhatsApp).
  if (!window.open && !req.template)
    throw new DomainError('reply_window_closed', window.reason ?? 'Jendela balas tertutup.');
  return { visibility, inReplyTo };
}

export async function createReply(ctx: AppContext, actor: Actor, conv: ConversationDoc, asked: ReplyRequest) {
  const req = asked.template
    ? {
        ...asked,
        visibility: 'private' as const,
        text: await checkedTemplateText(ctx, conv.platform, conv.accountId, asked.template),
      }
    : asked;
  const dedupeKey = req.idempotencyKey
    ? replyDedupeKey(conv._id, actor.id, req.idempotencyKey)
    : `out:${randomUUID()}`;
  const earlier = req.idempotencyKey ? await MessageModel.findOne({ dedupeKey }).lean() : null;
  if (earlier) return finishReply(ctx, actor, earlier, req.text);

  const { visibility, inReplyTo } = await checkReplyAllowed(ctx, actor, conv, req);
  // The lock first, atomically: of two officers answering at once, one gets claimed_by_other and stores nothing.
  await changeCase(ctx, conv, `${dedupeKey}:claim`, (fresh) =>
    claimDecision(actor, fresh, Boolean(req.takeOver), { assign: false }),
  );
  const first = !conv.firstRespondedAt;
  // A template's words are fixed by the platform: the ticket number cannot be added to them.
  const text = first && !req.template ? withTicketNumber(req.text, conv.ticketNumber) : req.text;
  const now = new Date();
  let message: MessageDoc | null;
  try {
    message = (
      await MessageModel.create({
        conversationId: conv._id,
        direction: 'outbound',
        platform: conv.platform,
        accountId: conv.accountId,
        dedupeKey,
        visibility,
        author: { id: actor.id, name: actor.name },
        text,
        replyToExternalId: inReplyTo.externalId,
        sentBy: actor.id,
        ...(req.template ? { template: req.template } : {}),
        delivery: { status: 'queued', attempts: 0, round: 0, updatedAt: now },
        pipeline: { stage: 'stored' },
        createdAt: now,
      })
    ).toObject() as MessageDoc;
  } catch (err) {
    // The same Idempotency-Key, sent twice at once: the other request stored it.
    if (!isDuplicateKey(err)) throw err;
    message = await MessageModel.findOne({ dedupeKey }).lean();
    if (!message) throw err;
  }
  crashPoint('reply:stored');
  return finishReply(ctx, actor, message, req.text);
}

/** Everything after storing the reply; repeatable, so an Idempotency-Key retry completes a half-done request. */
async function finishReply(ctx: AppContext, actor: Actor, message: MessageDoc, requestedText: string) {
  assertSameReply(message.text, requestedText);
  try {
    await recordReplyOnCase(ctx, message, { id: actor.id, agencyId: actor.agencyId });
  } catch (err) {
    // E.g. Redis away for the SLA timers: the reply is stored, and its send job finishes this (the stage says so).
    log.warn(
      { messageId: String(message._id), err: (err as Error).message },
      'reply stored; case update left to its send job',
    );
  }
  crashPoint('reply:recorded');
  if (message.delivery?.status === 'queued')
    await enqueueSendOrLeaveToSweep(ctx.queues.outbound, String(message._id), message.delivery.round ?? 0);
  const fresh = (await MessageModel.findById(message._id).lean()) ?? message;
  const view = messageView(fresh);
  ctx.publisher.messageNew(view);
  return view;
}

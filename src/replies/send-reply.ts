// The outbound worker's job: send one queued reply through its adapter and record what happened.
import { UnrecoverableError } from 'bullmq';
import type { OutboundReply } from '../../adapters/types.js';
import type { AppContext } from '../context.js';
import { unseal } from '../security/seal.js';
import {
  ChannelAccountModel,
  ContactModel,
  ConversationModel,
  EventModel,
  MessageModel,
} from '../store/index.js';
import { conversationView } from '../views/conversation-view.js';
import { messageView } from '../views/message-view.js';

export async function loadCredentials(ctx: AppContext, platform: string, accountId: string) {
  const account = await ChannelAccountModel.findOne({ platform, accountId })
    .select('+credentialsSealed')
    .lean();
  const credentials = account?.credentialsSealed
    ? unseal(account.credentialsSealed, ctx.config.ENCRYPTION_KEY)
    : {};
  return { ...credentials, ...(account?.replyUrl ? { replyUrl: account.replyUrl } : {}) } as Record<
    string,
    string
  >;
}

async function recordDelivery(
  ctx: AppContext,
  messageId: string,
  delivery: Record<string, unknown>,
  externalId?: string,
) {
  const message = await MessageModel.findByIdAndUpdate(
    messageId,
    { $set: { delivery: { ...delivery, updatedAt: new Date() }, ...(externalId ? { externalId } : {}) } },
    { new: true },
  );
  if (!message) return;
  await EventModel.create({
    conversationId: message.conversationId,
    type: 'reply_status',
    data: { messageId, status: delivery.status, error: delivery.error },
  });
  ctx.publisher.messageUpdated(messageView(message.toObject()));
  const view = await conversationView(message.conversationId);
  if (view) ctx.publisher.conversationUpdated(view);
}

/**
 * Throws to let BullMQ retry with backoff; UnrecoverableError when retrying cannot help.
 * Returns { retryAfterMs } when the platform named its own wait (rate limits), for the worker to delay the job.
 */
export async function sendReply(
  ctx: AppContext,
  messageId: string,
  attempt: number,
  maxAttempts: number,
): Promise<void | { retryAfterMs: number }> {
  const message = await MessageModel.findById(messageId).lean();
  if (!message || message.delivery?.status !== 'queued') return; // already sent or gone: idempotent
  const conv = await ConversationModel.findById(message.conversationId).lean();
  const contact = conv ? await ContactModel.findById(conv.contactId).lean() : null;
  const inReplyTo = await MessageModel.findOne({
    conversationId: message.conversationId,
    direction: 'inbound',
    externalId: message.replyToExternalId,
  }).lean();
  const adapter = ctx.adapters.forPlatform(message.platform);
  if (!conv || !contact || !adapter) {
    await recordDelivery(ctx, messageId, {
      status: 'failed',
      error: 'Kanal atau percakapan tidak ditemukan.',
    });
    throw new UnrecoverableError('missing conversation, contact or adapter');
  }
  const reply: OutboundReply = {
    platform: message.platform,
    accountId: message.accountId,
    visibility: message.visibility,
    text: message.text,
    inReplyTo: {
      externalId: message.replyToExternalId ?? '',
      meta: Object.fromEntries(Object.entries(inReplyTo?.meta ?? {})) as Record<string, string>,
    },
    recipient: { id: contact.externalUserId, phone: contact.phone ?? undefined },
    threadKey: conv.threadRef.split(':').slice(2).join(':'),
  };
  const result = await adapter.send(reply, {
    baseUrl: ctx.adapters.baseUrlFor(message.platform),
    credentials: await loadCredentials(ctx, message.platform, message.accountId),
    fetch: globalThis.fetch,
  });
  if (result.ok) {
    await recordDelivery(ctx, messageId, { status: 'sent', attempts: attempt }, result.externalId);
    return;
  }
  const last = attempt >= maxAttempts;
  if (result.retryable && !last) {
    await MessageModel.updateOne(
      { _id: messageId },
      { $set: { 'delivery.error': result.error, 'delivery.attempts': attempt } },
    );
    if (result.retryAfterMs) return { retryAfterMs: result.retryAfterMs };
    throw new Error(result.error);
  }
  await recordDelivery(ctx, messageId, { status: 'failed', error: result.error, attempts: attempt });
  throw new UnrecoverableError(result.error);
}

// Everything one platform call needs: the account's credentials, the reply in the adapter's terms, and the call
// itself through a fetch that has a deadline and tells a certain failure from one that may have delivered.
import type { OutboundReply, SendResult } from '../../adapters/types.js';
import type { AppContext } from '../context.js';
import { ContactModel, ConversationModel, MessageModel, type MessageDoc } from '../store/index.js';
import { credentialsSaver, loadCredentials, sharedCounter } from '../channels/account-io.js';
import { observedFetch } from './observed-fetch.js';

export async function buildReply(ctx: AppContext, message: MessageDoc): Promise<OutboundReply | null> {
  const conv = await ConversationModel.findById(message.conversationId).lean();
  const contact = conv ? await ContactModel.findById(conv.contactId).lean() : null;
  if (!conv || !contact) return null;
  const inReplyTo = await MessageModel.findOne({
    conversationId: message.conversationId,
    direction: 'inbound',
    externalId: message.replyToExternalId,
  }).lean();
  return {
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
    ...(message.template ? { template: message.template } : {}),
  };
}

/** The platform call. `unknown` when it failed in a way that may still have delivered the reply. */
export async function callPlatform(ctx: AppContext, message: MessageDoc, reply: OutboundReply) {
  const adapter = ctx.adapters.forPlatform(message.platform)!;
  const observed = observedFetch();
  let result: SendResult;
  try {
    result = await adapter.send(reply, {
      baseUrl: ctx.adapters.baseUrlFor(message.platform),
      credentials: await loadCredentials(ctx, message.platform, message.accountId),
      fetch: observed.fetch,
      saveCredentials: credentialsSaver(ctx.config.ENCRYPTION_KEY, message.platform, message.accountId),
      counter: (name) => sharedCounter(ctx.redis, ctx.config.QUEUE_PREFIX, name),
    });
  } catch (err) {
    result = { ok: false, retryable: true, error: `Pengiriman gagal: ${(err as Error).message}` };
  }
  const unknown = !result.ok && (result.mayHaveDelivered === true || observed.mayHaveDelivered());
  return { result, unknown };
}

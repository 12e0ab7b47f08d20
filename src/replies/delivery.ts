// Recording a reply's delivery status. Every move out of `sending` is conditional on the claim of the attempt
// that made the call, so a late or repeated writer can never overwrite a newer attempt's outcome.
import type { AppContext } from '../context.js';
import { recordMessageEvent } from '../events/record.js';
import { isDuplicateKey } from '../store/errors.js';
import { ConversationModel, MessageModel, type MessageDoc } from '../store/index.js';
import { conversationView } from '../views/conversation-view.js';
import { messageView } from '../views/message-view.js';

export const UNKNOWN_OUTCOME_TEXT =
  'Hasil pengiriman tidak dapat dipastikan (koneksi terputus setelah balasan dikirim). ' +
  'Periksa di platform apakah balasan sudah sampai, lalu kirim ulang atau tandai terkirim.';

export async function publishDelivery(ctx: AppContext, message: MessageDoc) {
  ctx.publisher.messageUpdated(messageView(message));
  if (!(await ConversationModel.exists({ _id: message.conversationId }))) return;
  const view = await conversationView(message.conversationId);
  if (view) ctx.publisher.conversationUpdated(view);
}

/** Moves the reply from `from` (and, for `sending`, the given claim) to the new delivery fields, with its event. */
export async function recordDelivery(
  ctx: AppContext,
  messageId: string,
  from: { status: string; claim?: string },
  delivery: {
    status: string;
    error?: string | null;
    attempts?: number;
    externalId?: string;
    actorId?: string;
    /** The platform's key of the sent reply (src/pipeline/identity.ts), so its echo is never ingested. */
    platformKey?: string;
  },
): Promise<MessageDoc | null> {
  const filter: Record<string, unknown> = { _id: messageId, 'delivery.status': from.status };
  if (from.claim !== undefined) filter['delivery.claim'] = from.claim;
  const set: Record<string, unknown> = {
    'delivery.status': delivery.status,
    'delivery.error': delivery.error ?? null,
    'delivery.updatedAt': new Date(),
  };
  if (delivery.attempts !== undefined) set['delivery.attempts'] = delivery.attempts;
  if (delivery.externalId) set.externalId = delivery.externalId;
  if (delivery.platformKey) set.platformKey = delivery.platformKey;
  const message = await MessageModel.findOneAndUpdate(filter, { $set: set }, { new: true })
    .lean()
    .catch((err: unknown) => {
      // The echo outran the send's answer and was stored as a citizen's message: record the send all the same.
      if (!isDuplicateKey(err) || !set.platformKey) throw err;
      delete set.platformKey;
      return MessageModel.findOneAndUpdate(filter, { $set: set }, { new: true }).lean();
    });
  if (!message) return null;
  // Keyed by the attempt's claim (or the officer's action), so recording it twice writes one event.
  await recordMessageEvent(
    message.conversationId,
    {
      type: 'reply_status',
      actorId: delivery.actorId ?? null,
      data: { messageId, status: delivery.status, error: delivery.error ?? undefined },
    },
    `reply:${messageId}:${from.claim ?? from.status}:${delivery.status}`,
  );
  await publishDelivery(ctx, message);
  return message;
}

/** The call was made (or may have been) and nothing says how it ended: an officer must check; never resent. */
export function settleUnknown(ctx: AppContext, messageId: string, claim: string) {
  return recordDelivery(
    ctx,
    messageId,
    { status: 'sending', claim },
    { status: 'unknown', error: UNKNOWN_OUTCOME_TEXT },
  );
}

// Edits, removals and hides of stored messages, and delivery receipts for our replies: updates, never new messages.
import type { DeliveryStatus, InboundMessage } from '../../adapters/types.js';
import { ConversationModel, MessageModel, type MessageDoc } from '../store/index.js';
import { conversationView } from '../views/conversation-view.js';
import { messageView } from '../views/message-view.js';
import { inboundIdempotencyKey, messageDedupeKey, statusIdempotencyKey } from './identity.js';
import { recordMessageEvent } from '../events/record.js';
import type { IngestDeps } from './ports.js';

const ACTION_CHANGES = {
  edit: (m: InboundMessage) => ({ text: m.text, edited: true }),
  remove: () => ({ removed: true }),
  hide: () => ({ hidden: true }),
  unhide: () => ({ hidden: false }),
} as const;

/**
 * Returns null when the message is not stored (an edit then becomes a new message). Repeatable: the change is a
 * $set and the event's id comes from the platform event, so a retry or a redelivery writes nothing twice.
 */
export async function applyMessageAction(m: InboundMessage, deps: Pick<IngestDeps, 'publisher'>) {
  if (m.action === 'create') return null;
  const set = ACTION_CHANGES[m.action](m);
  const message = await MessageModel.findOneAndUpdate(
    { dedupeKey: messageDedupeKey(m) },
    { $set: set },
    { new: true },
  );
  if (!message) return null;
  await recordMessageEvent(
    message.conversationId,
    { type: 'message_updated', data: { messageId: String(message._id), action: m.action } },
    inboundIdempotencyKey(m),
  );
  deps.publisher.messageUpdated(messageView(message.toObject() as MessageDoc));
  const view = await conversationView(message.conversationId);
  if (view) deps.publisher.conversationUpdated(view);
  return { kind: 'updated' as const, conversationId: String(message.conversationId) };
}

/** Receipts only move forward (sent -> delivered -> read); failed always wins. */
const STATUS_ORDER = ['queued', 'sent', 'delivered', 'read'];
export function isStatusProgress(current: string | undefined, next: DeliveryStatus['status']): boolean {
  if (next === 'failed') return current !== 'failed';
  return STATUS_ORDER.indexOf(next) > STATUS_ORDER.indexOf(current ?? 'queued');
}

/** A receipt can beat the worker that records our reply's platform id; retry it a few times before giving up. */
export const RECEIPT_EARLY_RETRIES = 4;

/**
 * `attempt` is the job's attempt (1-based): a receipt for a reply we never recorded (sent outside Aspirasi) is
 * retried RECEIPT_EARLY_RETRIES times, then settles as ignored instead of failing for good.
 */
export async function applyDeliveryStatus(
  s: DeliveryStatus,
  deps: Pick<IngestDeps, 'publisher'>,
  attempt = 1,
) {
  const message = await MessageModel.findOne({
    platform: s.platform,
    accountId: s.accountId,
    externalId: s.externalId,
    direction: 'outbound',
  }).lean();
  if (!message) {
    if (attempt <= RECEIPT_EARLY_RETRIES) throw new Error('receipt for a reply not recorded yet; retrying');
    return { kind: 'ignored' as const }; // a message sent outside Aspirasi
  }
  const current = message.delivery?.status ?? undefined;
  const event = {
    type: 'reply_status' as const,
    data: { messageId: String(message._id), status: s.status, error: s.error },
  };
  // A retry after this receipt moved the status (and crashed before its event): only the event is left to do.
  if (current === s.status && message.delivery?.updatedAt?.getTime() === new Date(s.at).getTime()) {
    await recordMessageEvent(message.conversationId, event, statusIdempotencyKey(s));
    return { kind: 'updated' as const, conversationId: String(message.conversationId) };
  }
  if (!isStatusProgress(current, s.status)) return { kind: 'ignored' as const };
  // The status only if no other receipt moved it meanwhile; then the event, keyed by the receipt.
  const updated = await MessageModel.findOneAndUpdate(
    { _id: message._id, 'delivery.status': current ?? null },
    {
      $set: {
        'delivery.status': s.status,
        'delivery.error': s.error,
        'delivery.updatedAt': new Date(s.at),
      },
    },
    { new: true },
  ).lean();
  if (!updated) {
    throw new Error('another receipt changed this reply meanwhile; retrying'); // re-judged against the new status
  }
  await recordMessageEvent(message.conversationId, event, statusIdempotencyKey(s));
  deps.publisher.messageUpdated(messageView(updated));
  const conv = await ConversationModel.exists({ _id: message.conversationId });
  if (conv) {
    const view = await conversationView(message.conversationId);
    if (view) deps.publisher.conversationUpdated(view);
  }
  return { kind: 'updated' as const, conversationId: String(message.conversationId) };
}

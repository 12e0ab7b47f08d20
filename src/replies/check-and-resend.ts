// "Periksa & kirim ulang": a reply whose outcome is unknown (or that failed) waits for an officer, who checks the
// platform and then either resends it (a new send round, a new job) or confirms it did arrive. Nothing else ever
// resends a reply, so a citizen is answered at most once unless a person decides otherwise.
import type { Actor } from '../auth/access.js';
import { DomainError, notFound } from '../domain/errors.js';
import type { AppContext } from '../context.js';
import { recordMessageEvent } from '../events/record.js';
import { MessageModel } from '../store/index.js';
import { messageView } from '../views/message-view.js';
import { publishDelivery } from './delivery.js';
import { enqueueSendOrLeaveToSweep } from './outbox.js';

export const RESENDABLE = ['unknown', 'failed'] as const;
export type ReplyCheckVerdict = 'resend' | 'arrived';

const notResendable = () =>
  new DomainError(
    'reply_not_resendable',
    'Balasan ini tidak menunggu pemeriksaan (hanya balasan berstatus "tidak pasti" atau "gagal").',
  );

export async function settleCheckedReply(
  ctx: AppContext,
  actor: Actor,
  conversationId: unknown,
  messageId: string,
  verdict: ReplyCheckVerdict,
) {
  const message = await MessageModel.findOne({
    _id: messageId,
    conversationId,
    direction: 'outbound',
  }).lean();
  if (!message) throw notFound('Balasan');
  const from = message.delivery?.status;
  if (!from || !(RESENDABLE as readonly string[]).includes(from)) throw notResendable();
  if (verdict === 'arrived' && from !== 'unknown') throw notResendable();
  const round = (message.delivery?.round ?? 0) + (verdict === 'resend' ? 1 : 0);
  const set =
    verdict === 'resend'
      ? {
          'delivery.status': 'queued',
          'delivery.round': round,
          'delivery.error': null,
          'delivery.claim': null,
        }
      : { 'delivery.status': 'sent', 'delivery.error': null };
  // Conditional on the status the officer saw, so two officers pressing at once resend once.
  const seenRound = message.delivery?.round;
  const updated = await MessageModel.findOneAndUpdate(
    {
      _id: message._id,
      'delivery.status': from,
      ...(seenRound === undefined ? {} : { 'delivery.round': seenRound }),
    },
    { $set: { ...set, 'delivery.updatedAt': new Date() } },
    { new: true },
  ).lean();
  if (!updated) throw notResendable();
  await recordMessageEvent(
    message.conversationId,
    {
      type: verdict === 'resend' ? 'reply_resent' : 'reply_status',
      actorId: actor.id,
      data: { messageId, status: updated.delivery?.status ?? undefined, from, checkedBy: actor.id },
    },
    `reply:${messageId}:checked:${round}:${verdict}`,
  );
  if (verdict === 'resend') await enqueueSendOrLeaveToSweep(ctx.queues.outbound, messageId, round);
  await publishDelivery(ctx, updated);
  return messageView(updated);
}

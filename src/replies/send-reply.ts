// The outbound worker's job: send one reply at most once. The reply is claimed (queued -> sending, with a fresh
// claim id) before the platform is called; the outcome is then recorded against that claim. A retry that finds
// the reply still `sending` knows a call was made whose outcome was never recorded: unless this job kept the
// outcome in Redis, the reply becomes `unknown` for an officer to check - it is never sent again by itself.
import { randomUUID } from 'node:crypto';
import { UnrecoverableError } from 'bullmq';
import type { AppContext } from '../context.js';
import { crashPoint } from '../ops/crash-point.js';
import { messageDedupeKey } from '../pipeline/identity.js';
import { MessageModel, type MessageDoc } from '../store/index.js';
import { recordDelivery, settleUnknown } from './delivery.js';
import type { SendJobData } from './outbox.js';
import { buildReply, callPlatform } from './platform-call.js';
import { recordReplyOnCase } from './reply-on-case.js';

export interface SendAttempt {
  data: SendJobData;
  attempt: number;
  maxAttempts: number;
  /** Keeps the platform's answer in the job (Redis) before the database records it. */
  rememberOutcome(pending: NonNullable<SendJobData['pending']>): Promise<void>;
}

/**
 * Throws to let BullMQ retry with backoff (the reply is queued again first); UnrecoverableError when retrying
 * cannot help. Returns { retryAfterMs } when the platform named its own wait, for the worker to delay the job.
 */
export async function sendReply(ctx: AppContext, job: SendAttempt): Promise<void | { retryAfterMs: number }> {
  const messageId = job.data.messageId;
  const message = await MessageModel.findById(messageId).lean();
  if (!message || message.direction !== 'outbound') return;
  await recordReplyOnCase(ctx, message); // only does something if the API died before finishing it
  let status: string | null | undefined = message.delivery?.status;
  if (status === 'sending') status = await settleEarlierCall(ctx, message, job.data.pending);
  if (status !== 'queued') return; // sent, failed, unknown: settled already

  const reply = await buildReply(ctx, message);
  if (!reply || !ctx.adapters.forPlatform(message.platform)) {
    await recordDelivery(
      ctx,
      messageId,
      { status: 'queued' },
      {
        status: 'failed',
        error: 'Kanal atau percakapan tidak ditemukan.',
      },
    );
    throw new UnrecoverableError('missing conversation, contact or adapter');
  }
  const claim = randomUUID();
  const claimed = await MessageModel.updateOne(
    { _id: messageId, 'delivery.status': 'queued' },
    {
      $set: {
        'delivery.status': 'sending',
        'delivery.claim': claim,
        'delivery.attempts': job.attempt,
        'delivery.updatedAt': new Date(),
      },
    },
  );
  if (claimed.modifiedCount === 0) return; // another job took it
  crashPoint('send:claimed');

  const { result, unknown } = await callPlatform(ctx, message, reply);
  crashPoint('send:platform-answered');
  const outcome = result.ok ? 'sent' : unknown ? 'unknown' : 'not_sent';
  await job
    .rememberOutcome({ claim, outcome, externalId: result.ok ? result.externalId : undefined })
    .catch(() => {}); // Redis away: the database write below is then the only record
  if (result.ok || unknown) {
    await settleEarlierCall(
      ctx,
      { ...message, delivery: { claim } },
      { claim, outcome, ...(result.ok ? { externalId: result.externalId } : {}) },
    );
    crashPoint('send:recorded');
    return;
  }
  // The platform answered with a refusal, or the connection was never made: certainly not delivered.
  const last = job.attempt >= job.maxAttempts;
  if (result.retryable && !last) {
    await recordDelivery(
      ctx,
      messageId,
      { status: 'sending', claim },
      {
        status: 'queued',
        error: result.error,
        attempts: job.attempt,
      },
    );
    if (result.retryAfterMs) return { retryAfterMs: result.retryAfterMs };
    throw new Error(result.error);
  }
  await recordDelivery(
    ctx,
    messageId,
    { status: 'sending', claim },
    {
      status: 'failed',
      error: result.error,
      attempts: job.attempt,
    },
  );
  throw new UnrecoverableError(result.error);
}

/**
 * A call was made under the reply's current claim and its outcome never reached the database: record what this
 * job remembers of it, or `unknown`. Returns the reply's status afterwards (`queued` when the call certainly
 * failed, so this attempt may send it).
 */
async function settleEarlierCall(
  ctx: AppContext,
  message: Pick<MessageDoc, '_id' | 'platform' | 'accountId'> & {
    delivery?: { claim?: string | null } | null;
  },
  pending: SendJobData['pending'],
): Promise<string | undefined> {
  const messageId = String(message._id);
  const claim: string = message.delivery?.claim ?? '';
  const from = { status: 'sending', claim };
  let settled;
  if (pending?.claim === claim && pending.outcome === 'sent') {
    const { externalId } = pending;
    const platformKey = externalId && messageDedupeKey({ ...message, externalId });
    settled = await recordDelivery(ctx, messageId, from, { status: 'sent', externalId, platformKey });
  } else if (pending?.claim === claim && pending.outcome === 'not_sent') {
    settled = await recordDelivery(ctx, messageId, from, { status: 'queued' });
  } else {
    settled = await settleUnknown(ctx, messageId, claim);
  }
  return settled?.delivery?.status ?? undefined;
}

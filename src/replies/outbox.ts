// The reply outbox: a stored reply is the record of intent; a send job per round carries it out. The job is
// added right after the reply is stored, and again by a periodic sweep for any reply still queued (its enqueue
// failed because Redis was away, or the API died in between) - the job id makes the second add a no-op.
// The sweep also settles a send that has been `sending` far longer than any call can take (its job vanished).
import type { Queue } from 'bullmq';
import type { AppContext } from '../context.js';
import { childLog } from '../log.js';
import { addJobOnce } from '../queue/add-once.js';
import { jobIdFor } from '../queue/queues.js';
import { MessageModel } from '../store/index.js';
import { settleUnknown } from './delivery.js';

const log = childLog('outbox');
export const SEND_JOB = 'send';
export const OUTBOX_SWEEP_JOB = 'reply-outbox-sweep';
export const OUTBOX_SWEEP_EVERY_MS = 30_000;
/** A reply queued this long without being sent has lost its job (or never got one). */
const QUEUED_GRACE_MS = 30_000;
/** Longer than a send (SEND_TIMEOUT_MS) plus every retry of recording its outcome. */
const SENDING_STUCK_MS = 15 * 60_000;

export interface SendJobData {
  messageId: string;
  rateLimitDelays?: number;
  /** The outcome of this job's last platform call, kept in Redis in case recording it in the database fails. */
  pending?: { claim: string; outcome: 'sent' | 'unknown' | 'not_sent'; externalId?: string };
}

export const sendJobId = (messageId: string, round = 0) =>
  jobIdFor(round ? `reply:${messageId}:${round}` : `reply:${messageId}`);

export function enqueueSend(queue: Queue, messageId: string, round = 0) {
  return addJobOnce(queue, {
    name: SEND_JOB,
    data: { messageId } satisfies SendJobData,
    opts: { jobId: sendJobId(messageId, round) },
  });
}

/** Enqueue now if Redis lets us; otherwise the sweep will. The reply is safely stored either way. */
export async function enqueueSendOrLeaveToSweep(queue: Queue, messageId: string, round = 0) {
  try {
    await enqueueSend(queue, messageId, round);
  } catch (err) {
    log.warn(
      { messageId, err: (err as Error).message },
      'reply stored; its send will be queued by the sweep',
    );
  }
}

export async function sweepOutbox(ctx: AppContext, now = Date.now()) {
  const queued = await MessageModel.find({
    'delivery.status': 'queued',
    'delivery.updatedAt': { $lt: new Date(now - QUEUED_GRACE_MS) },
  })
    .select('_id delivery.round')
    .limit(500)
    .lean();
  for (const m of queued) await enqueueSend(ctx.queues.outbound, String(m._id), m.delivery?.round ?? 0);
  const stuck = await MessageModel.find({
    'delivery.status': 'sending',
    'delivery.updatedAt': { $lt: new Date(now - SENDING_STUCK_MS) },
  })
    .select('_id delivery.claim')
    .limit(500)
    .lean();
  for (const m of stuck) await settleUnknown(ctx, String(m._id), m.delivery?.claim ?? '');
  if (queued.length || stuck.length)
    log.info({ requeued: queued.length, unknown: stuck.length }, 'outbox swept');
  return { requeued: queued.length, unknown: stuck.length };
}

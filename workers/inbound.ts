// The inbound queue: raw platform events -> stored, classified, routed conversations (src/pipeline), and the
// delivery receipts of our replies.
import type { DeliveryStatus, InboundMessage } from '../adapters/types.js';
import { completeBeforeIngest } from '../src/channels/complete-message.js';
import { countInboundMessage } from '../src/crisis/signal.js';
import type { AppContext } from '../src/context.js';
import { childLog } from '../src/log.js';
import { INBOUND_MESSAGE_JOB, DELIVERY_STATUS_JOB } from '../src/pipeline/enqueue.js';
import { ingestMessage } from '../src/pipeline/ingest.js';
import { loadTextClassifier } from '../src/classify/load.js';
import { applyDeliveryStatus } from '../src/pipeline/message-actions.js';
import type { IngestDeps } from '../src/pipeline/ports.js';
import { enqueueCaseRouted, enqueueCitizenMessage } from '../src/workflow/ingest-hooks.js';
import { defineJob, defineQueueWorker } from './env.js';

const log = childLog('worker:inbound');

/** The pipeline's parts: the classifier, and hand-offs of the case's next steps to the workflow queue. */
export async function ingestDeps(ctx: AppContext): Promise<IngestDeps> {
  return {
    classifier: await loadTextClassifier(log),
    minConfidence: ctx.config.CLASSIFY_MIN_CONFIDENCE,
    publisher: ctx.publisher,
    queues: ctx.queues,
    log,
    onRouted: async (id, agencyId) => void (await enqueueCaseRouted(ctx.queues.workflow, id, agencyId)),
    onCitizenMessage: async (id, messageId) =>
      void (await enqueueCitizenMessage(ctx.queues.workflow, id, messageId)),
    // Crisis counting never fails ingest: a Redis failure is logged and the message goes on.
    onInboundMessage: async (notice) =>
      void (await countInboundMessage(ctx.redis, ctx.config.QUEUE_PREFIX, ctx.queues.crisis, notice).catch(
        (err: Error) => log.warn({ err: err.message }, 'crisis counter not updated'),
      )),
  };
}

const inboundMessage = defineJob<{ kind: 'message'; message: InboundMessage }>({
  queue: 'inbound',
  name: INBOUND_MESSAGE_JOB,
  // Adapters may fill in what the webhook left out first (Instagram @mentions: src/channels/complete-message.ts).
  run: async (env, data, job) => {
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    return ingestMessage(await completeBeforeIngest(env, data.message, lastAttempt), env.ingest);
  },
});

const deliveryStatus = defineJob<{ kind: 'status'; status: DeliveryStatus }>({
  queue: 'inbound',
  name: DELIVERY_STATUS_JOB,
  run: (env, data, job) => applyDeliveryStatus(data.status, env.ingest, job.attemptsMade + 1),
});

export const inboundWorker = defineQueueWorker({
  queue: 'inbound',
  concurrency: 8,
  rerunFailedOnAdd: true,
  jobs: [inboundMessage, deliveryStatus],
});

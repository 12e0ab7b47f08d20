// The inbound worker: raw platform events -> stored, classified, routed conversations (src/pipeline).
import { completeBeforeIngest } from '../src/channels/complete-message.js';
import type { AppContext } from '../src/context.js';
import { childLog } from '../src/log.js';
import type { InboundJob } from '../src/pipeline/enqueue.js';
import { ingestMessage } from '../src/pipeline/ingest.js';
import { applyDeliveryStatus } from '../src/pipeline/message-actions.js';
import type { IngestDeps } from '../src/pipeline/ports.js';
import { QUEUE_NAMES } from '../src/queue/queues.js';
import { startQueueWorker } from '../src/queue/worker.js';

const log = childLog('worker:inbound');

export function startInboundWorker(
  ctx: AppContext,
  deps: Omit<IngestDeps, 'log' | 'publisher' | 'queues'>,
  concurrency = 8,
) {
  const full: IngestDeps = { ...deps, publisher: ctx.publisher, queues: ctx.queues, log };
  return startQueueWorker<InboundJob>(
    ctx.config,
    QUEUE_NAMES.inbound,
    async (job) => {
      if (job.data.kind === 'status') return applyDeliveryStatus(job.data.status, full, job.attemptsMade + 1);
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      return ingestMessage(await completeBeforeIngest(ctx, job.data.message, lastAttempt), full);
    },
    { concurrency, log, onFinalFailure: ctx.reportFinalFailure },
  );
}

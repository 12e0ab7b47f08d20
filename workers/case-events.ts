// The case-events worker: rollups and outgoing webhooks for every stored case event, and the sweep that queues
// recent events again in case a hook was missed (src/case-events).
import type { AppContext } from '../src/context.js';
import { handleCaseEvent } from '../src/events/handle.js';
import { CASE_EVENT_SWEEP_JOB, sweepRecentEvents, type CaseEventJob } from '../src/events/jobs.js';
import { childLog } from '../src/log.js';
import { QUEUE_NAMES } from '../src/queue/queues.js';
import { startQueueWorker } from '../src/queue/worker.js';

const log = childLog('worker:case-events');

// One job at a time: a case's facts are applied by one worker, and report upkeep never crowds out the inbox.
export function startCaseEventsWorker(ctx: AppContext, concurrency = 1) {
  return startQueueWorker<CaseEventJob>(
    ctx.config,
    QUEUE_NAMES.caseEvents,
    async (job) =>
      job.name === CASE_EVENT_SWEEP_JOB
        ? sweepRecentEvents(ctx.queues.caseEvents)
        : handleCaseEvent(ctx.queues, ctx.config.WEBHOOK_RETRY_BASE_MS, job.data),
    { concurrency, log },
  );
}

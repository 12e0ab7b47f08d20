// Starts the leadership capability's workers (issue 16) and its schedules: one call from src/wiring.ts.
import { listenForCaseEvents } from '../src/events/listen.js';
import { scheduleCaseEventSweep } from '../src/events/jobs.js';
import type { AppContext } from '../src/context.js';
import { countInboundMessage } from '../src/crisis/signal.js';
import type { InboundMessageNotice } from '../src/pipeline/ports.js';
import { scheduleMonthlyReports } from '../src/reports/monthly/deliver.js';
import { childLog } from '../src/log.js';
import type { AnyQueueWorker } from '../src/queue/worker.js';
import { retryUntilDone } from '../src/queue/retry-until-done.js';
import { startCaseEventsWorker } from './case-events.js';
import { startCrisisWorker } from './crisis.js';
import { startReportsWorker } from './reports.js';
import { startWebhooksWorker } from './webhooks.js';

const log = childLog('wiring:leadership');

/** The ingest hook for crisis detection: count the message; a Redis failure is logged, never fails ingest. */
export async function countForCrisis(ctx: AppContext, notice: InboundMessageNotice) {
  await countInboundMessage(ctx.redis, ctx.config.QUEUE_PREFIX, ctx.queues.crisis, notice).catch(
    (err: Error) => log.warn({ err: err.message }, 'crisis counter not updated'),
  );
}

export function startLeadershipWorkers(ctx: AppContext): AnyQueueWorker[] {
  const detach = listenForCaseEvents(ctx);
  retryUntilDone(() => scheduleCaseEventSweep(ctx.queues.caseEvents), log, 'schedule the case-event sweep');
  retryUntilDone(() => scheduleMonthlyReports(ctx.queues.reports), log, 'schedule the monthly reports');
  const workers = [
    startCaseEventsWorker(ctx),
    startWebhooksWorker(ctx),
    startCrisisWorker(ctx),
    startReportsWorker(ctx),
  ];
  workers[0].on('closed', detach);
  return workers;
}

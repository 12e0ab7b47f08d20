// Starts the leadership capability's workers (issue 16) and its schedules: one call from src/wiring.ts.
import type { Worker } from 'bullmq';
import { listenForCaseEvents } from '../src/case-events/listen.js';
import { scheduleCaseEventSweep } from '../src/case-events/jobs.js';
import type { AppContext } from '../src/context.js';
import { childLog } from '../src/log.js';
import { startCaseEventsWorker } from './case-events.js';
import { startWebhooksWorker } from './webhooks.js';

const log = childLog('wiring:leadership');

export function startLeadershipWorkers(ctx: AppContext): Worker[] {
  const detach = listenForCaseEvents(ctx);
  scheduleCaseEventSweep(ctx.queues.caseEvents).catch((err: Error) =>
    log.error({ err: err.message }, 'could not schedule the case-event sweep'),
  );
  const workers = [startCaseEventsWorker(ctx), startWebhooksWorker(ctx)];
  workers[0].on('closed', detach);
  return workers;
}

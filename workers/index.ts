// Every queue's worker, as a list: its queue, how many jobs at once, and the jobs it runs (each defined once in
// its own file). A worker process starts all of them.
import type { AppContext } from '../src/context.js';
import { startPollWatchers } from '../src/channels/watchers.js';
import { listenForCaseEvents } from '../src/events/listen.js';
import { childLog } from '../src/log.js';
import { subscribeModelUpdates } from '../src/pipeline/model-updates.js';
import { startJobWorker } from '../src/queue/jobs.js';
import type { AnyQueueWorker } from '../src/queue/worker.js';
import { caseEventsWorker } from './case-events.js';
import { crisisWorker } from './crisis.js';
import { inboundWorker, ingestDeps } from './inbound.js';
import { maintenanceWorker } from './maintenance.js';
import { outboundWorker } from './outbound.js';
import { pollsWorker } from './polls.js';
import { reportsWorker } from './reports.js';
import { slaWorker } from './sla.js';
import { webhooksWorker } from './webhooks.js';
import { workflowWorker } from './workflow.js';

export const QUEUE_WORKERS = [
  inboundWorker,
  outboundWorker,
  workflowWorker,
  slaWorker,
  maintenanceWorker,
  caseEventsWorker,
  crisisWorker,
  webhooksWorker,
  reportsWorker,
  pollsWorker,
];

/** Starts every queue's worker; events recorded in this process are queued for their rollups at once. */
export async function startWorkers(ctx: AppContext): Promise<AnyQueueWorker[]> {
  const env = { ...ctx, ingest: await ingestDeps(ctx) };
  const workers = QUEUE_WORKERS.map((def) => startJobWorker(env, def, childLog(`worker:${def.queue}`)));
  const detach = listenForCaseEvents(ctx);
  workers[0].on('closed', detach);
  // A retrain in any process reaches this one's classifier without a restart (src/pipeline/model-updates.ts).
  const modelUpdates = subscribeModelUpdates(ctx.config.REDIS_URL, childLog('classifier'));
  workers[0].on('closed', () => void modelUpdates.close());
  // Push hints of polled channels (IMAP IDLE) hold connections: closed as soon as the workers start closing.
  const watchers = startPollWatchers(ctx);
  workers[0].on('closing', () => void watchers.stop());
  return workers;
}

// The polling worker: runs each connected polled account's job (src/channels/run-poll.ts) and the minute's sync
// of schedulers with the accounts (src/channels/poll-schedule.ts).
import { runPoll } from '../src/channels/run-poll.js';
import { startPollWatchers } from '../src/channels/watchers.js';
import {
  POLL_JOB,
  SYNC_JOB,
  scheduleSync,
  syncPollSchedules,
  type PollJobData,
} from '../src/channels/poll-schedule.js';
import type { AppContext } from '../src/context.js';
import { childLog } from '../src/log.js';
import { QUEUE_NAMES } from '../src/queue/queues.js';
import { retryUntilDone } from '../src/queue/retry-until-done.js';
import { startQueueWorker } from '../src/queue/worker.js';

const log = childLog('worker:polls');

export function startPollWorker(ctx: AppContext) {
  retryUntilDone(
    async () => {
      await scheduleSync(ctx.queues.polls);
      await syncPollSchedules(ctx.queues.polls, ctx.config);
    },
    log,
    'schedule the polled channels',
  );
  const worker = startQueueWorker<PollJobData>(
    ctx.config,
    QUEUE_NAMES.polls,
    async (job) => {
      if (job.name === SYNC_JOB) return syncPollSchedules(ctx.queues.polls, ctx.config);
      if (job.name === POLL_JOB) return runPoll(ctx, job.data);
      return null;
    },
    { concurrency: 4, log, onFinalFailure: ctx.reportFinalFailure },
  );
  // Push hints (IMAP IDLE) live as long as this worker: closing it closes their connections first.
  const watchers = startPollWatchers(ctx);
  const close = worker.close.bind(worker);
  worker.close = async (force?: boolean) => {
    await watchers.stop();
    return close(force);
  };
  return worker;
}

// The polls queue: each connected account of a polled platform (YouTube ...) read on its own scheduler
// (src/channels/run-poll.ts), and the minute's sync of those schedulers with the ChannelAccounts
// (src/channels/poll-schedule.ts; also run when an admin saves an account).
import { runPoll } from '../src/channels/run-poll.js';
import {
  POLL_JOB,
  SYNC_JOB,
  SYNC_EVERY_MS,
  syncPollSchedules,
  type PollJobData,
} from '../src/channels/poll-schedule.js';
import { defineJob, defineQueueWorker } from './env.js';

const poll = defineJob<PollJobData>({
  queue: 'polls',
  name: POLL_JOB,
  run: (env, data) => runPoll(env, data),
});

const sync = defineJob<void>({
  queue: 'polls',
  name: SYNC_JOB,
  repeat: () => ({ every: SYNC_EVERY_MS }),
  // The next minute is the retry.
  repeatOptions: { attempts: 1, removeOnComplete: 10, removeOnFail: 50 },
  run: (env) => syncPollSchedules(env.queues.polls, env.config),
});

export const pollsWorker = defineQueueWorker({ queue: 'polls', concurrency: 4, jobs: [poll, sync] });

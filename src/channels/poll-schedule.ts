// One BullMQ job scheduler per connected account of a polled platform, kept in step with the ChannelAccounts:
// synced when a worker starts, every minute after, and when an admin saves an account.
import type { Queue } from 'bullmq';
import { ADAPTERS } from '../../adapters/index.js';
import type { AdapterSpec } from '../../adapters/adapter-spec.js';
import type { Config } from '../config.js';
import type { Platform } from '../domain/labels.js';
import { jobIdFor } from '../queue/queues.js';
import { ChannelAccountModel } from '../store/index.js';

export const POLL_JOB = 'poll';
export const SYNC_JOB = 'sync-pollers';
export const SYNC_EVERY_MS = 60_000;

export interface PollJobData {
  platform: Platform;
  accountId: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const polled = (ADAPTERS as readonly AdapterSpec<any>[]).filter((a) => a.poller);

export const pollSchedulerId = (platform: string, accountId: string) =>
  `poll-${jobIdFor(`${platform}:${accountId}`)}`;

/** Adds, re-times and removes schedulers so exactly the active polled accounts are polled. */
export async function syncPollSchedules(queue: Queue, config: Config): Promise<number> {
  const wanted = new Map<string, { data: PollJobData; every: number }>();
  for (const spec of polled) {
    const accounts = await ChannelAccountModel.find({ platform: { $in: spec.platforms }, active: true })
      .select('platform accountId')
      .lean();
    for (const a of accounts) {
      const data = { platform: a.platform as Platform, accountId: a.accountId };
      wanted.set(pollSchedulerId(a.platform, a.accountId), { data, every: spec.poller!.everyMs(config) });
    }
  }
  const existing = await queue.getJobSchedulers();
  for (const s of existing) {
    if (s.name === POLL_JOB && !wanted.has(s.key)) await queue.removeJobScheduler(s.key);
  }
  for (const [id, { data, every }] of wanted) {
    await queue.upsertJobScheduler(
      id,
      { every },
      // The next tick is the retry; keep a short history only.
      { name: POLL_JOB, data, opts: { attempts: 1, removeOnComplete: 50, removeOnFail: 200 } },
    );
  }
  return wanted.size;
}

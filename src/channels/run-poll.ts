// One poll of one account: the adapter's poller asks the platform; what it found goes to the inbound queue like
// a webhook delivery, and only then is the new cursor stored — a crash in between re-reads the same window and
// the pipeline's dedupe absorbs it. Platform failures are kept on the account (shown, counted), not retried here:
// the next tick is the retry. A lock keeps a slow poll and the next tick from running side by side.
import type { AdapterSpec } from '../../adapters/adapter-spec.js';
import { adapterSpecFor } from '../../adapters/registry.js';
import type { AppContext } from '../context.js';
import { childLog } from '../log.js';
import { enqueueDelivery } from '../pipeline/enqueue.js';
import { loadCredentials } from './account-io.js';
import { storeMedia } from '../media/store.js';
import { ChannelAccountModel } from '../store/index.js';
import { credentialsSaver, sharedCounter } from './account-io.js';
import { pollMessages, pollOutcomes } from './metrics.js';
import type { PollJobData } from './poll-schedule.js';

const log = childLog('polls');
const LOCK_MS = 5 * 60_000;

export type PollRunOutcome = 'ok' | 'error' | 'paused' | 'busy' | 'inactive';

interface PollState {
  cursor?: Record<string, string>;
  pausedUntil?: string;
  lastPolledAt?: string;
  lastError?: string | null;
}

export async function runPoll(
  ctx: AppContext,
  job: PollJobData,
  now = () => new Date(),
): Promise<PollRunOutcome> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const spec = adapterSpecFor(job.platform) as AdapterSpec<any> | undefined;
  const account = await ChannelAccountModel.findOne({
    platform: job.platform,
    accountId: job.accountId,
  }).lean();
  if (!spec?.poller || !account?.active) return 'inactive';
  const state = (account.pollState ?? {}) as PollState;
  if (state.pausedUntil && Date.parse(state.pausedUntil) > now().getTime()) return count(spec, 'paused');

  const lockKey = `${ctx.config.QUEUE_PREFIX}:poll-lock:${job.platform}:${job.accountId}`;
  if ((await ctx.redis.set(lockKey, '1', 'PX', LOCK_MS, 'NX')) !== 'OK') return 'busy';
  try {
    const result = await spec.poller.poll(
      {
        platform: job.platform,
        accountId: job.accountId,
        credentials: await loadCredentials(ctx, job.platform, job.accountId),
      },
      {
        baseUrl: ctx.adapters.baseUrlFor(job.platform),
        fetch,
        now,
        cursor: state.cursor ?? {},
        saveCredentials: credentialsSaver(ctx.config.ENCRYPTION_KEY, job.platform, job.accountId),
        counter: (name) => sharedCounter(ctx.redis, ctx.config.QUEUE_PREFIX, name),
        keepFile: storeMedia,
      },
      ctx.config,
    );
    const pausedUntil = result.pauseMs ? new Date(now().getTime() + result.pauseMs).toISOString() : undefined;
    if (!result.ok) {
      log.warn({ platform: job.platform, accountId: job.accountId, err: result.error }, 'poll failed');
      await saveState(job, {
        ...state,
        pausedUntil,
        lastError: result.error,
        lastPolledAt: now().toISOString(),
      });
      return count(spec, 'error');
    }
    if (result.delivery.messages.length + result.delivery.statuses.length > 0)
      await enqueueDelivery(ctx.queues.inbound, result.delivery);
    pollMessages.inc({ adapter: spec.name }, result.delivery.messages.length);
    await saveState(job, {
      cursor: result.cursor,
      pausedUntil,
      lastPolledAt: now().toISOString(),
      lastError: result.delivery.problems[0] ?? null,
    });
    return count(spec, 'ok');
  } finally {
    await ctx.redis.del(lockKey).catch(() => undefined);
  }
}

function count(spec: { name: string }, outcome: PollRunOutcome): PollRunOutcome {
  pollOutcomes.inc({ adapter: spec.name, outcome });
  return outcome;
}

async function saveState(job: PollJobData, state: PollState) {
  await ChannelAccountModel.updateOne(
    { platform: job.platform, accountId: job.accountId },
    { $set: { pollState: state } },
  );
}

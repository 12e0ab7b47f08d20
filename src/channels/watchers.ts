// Push hints for polled channels (an adapter's poller.watch, e.g. IMAP IDLE): one watch per active account across
// all worker processes (a Redis lease, renewed while the process lives; a dead process's lease runs out and
// another takes the account over). A hint queues a poll of the account at once; the poll runner does the rest.
import type { AdapterSpec } from '../../adapters/adapter-spec.js';
import { ADAPTERS } from '../../adapters/index.js';
import type { StopWatch } from '../../adapters/poller.js';
import type { AppContext } from '../context.js';
import type { Platform } from '../domain/labels.js';
import { childLog } from '../log.js';
import { jobIdFor } from '../queue/queues.js';
import { loadCredentials } from './account-io.js';
import { ChannelAccountModel } from '../store/index.js';
import { POLL_JOB } from './poll-schedule.js';

const log = childLog('poll-watchers');
const SYNC_MS = 20_000;
const LEASE_MS = 60_000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const watched = (ADAPTERS as readonly AdapterSpec<any>[]).filter((a) => a.poller?.watch);

export function startPollWatchers(ctx: AppContext) {
  const active = new Map<string, StopWatch>();
  const owner = `${process.pid}-${Math.random().toString(36).slice(2)}`;
  const leaseKey = (key: string) => `${ctx.config.QUEUE_PREFIX}:poll-watch:${key}`;
  let stopping = false;

  const pollNow = (platform: Platform, accountId: string) =>
    ctx.queues.polls
      .add(
        POLL_JOB,
        { platform, accountId },
        // One hint per second per account is plenty: a burst of new mail is one poll.
        {
          jobId: jobIdFor(`poll-now:${platform}:${accountId}:${Math.floor(Date.now() / 1000)}`),
          attempts: 1,
          removeOnComplete: true,
          removeOnFail: 100,
        },
      )
      .catch((err: Error) => log.warn({ err: err.message, platform, accountId }, 'poll hint not queued'));

  async function sync() {
    const wanted = new Set<string>();
    for (const spec of watched) {
      const accounts = await ChannelAccountModel.find({ platform: { $in: spec.platforms }, active: true })
        .select('platform accountId')
        .lean();
      for (const a of accounts) {
        const key = `${a.platform}:${a.accountId}`;
        wanted.add(key);
        // Hold (or renew) the lease; without it another process watches this account.
        const held = active.has(key)
          ? (await ctx.redis.eval(
              "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end",
              1,
              leaseKey(key),
              owner,
              LEASE_MS,
            )) === 1
          : (await ctx.redis.set(leaseKey(key), owner, 'PX', LEASE_MS, 'NX')) === 'OK';
        if (!held) {
          await stop(key);
          continue;
        }
        if (active.has(key) || stopping) continue;
        const platform = a.platform as Platform;
        const account = {
          platform,
          accountId: a.accountId,
          credentials: await loadCredentials(ctx, platform, a.accountId),
        };
        const watch = await spec.poller!.watch!(
          account,
          () => void pollNow(platform, a.accountId),
          ctx.config,
        ).catch((err: Error) => {
          log.warn({ err: err.message, platform, accountId: a.accountId }, 'watch not opened; polling only');
          return null;
        });
        if (watch) active.set(key, watch);
      }
    }
    for (const key of active.keys()) if (!wanted.has(key)) await stop(key);
  }

  async function stop(key: string) {
    const watch = active.get(key);
    active.delete(key);
    await watch?.().catch(() => undefined);
    await ctx.redis
      .eval(
        "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
        1,
        leaseKey(key),
        owner,
      )
      .catch(() => undefined);
  }

  const tick = () => sync().catch((err: Error) => log.warn({ err: err.message }, 'poll watchers not synced'));
  void tick();
  const timer = setInterval(tick, SYNC_MS);
  return {
    async stop() {
      stopping = true;
      clearInterval(timer);
      await Promise.all([...active.keys()].map(stop));
    },
  };
}

// A crisis check of one topic × region, run shortly after its counters moved: read the window and its baseline,
// and when it is unusual open an incident — or merge into the one still open — and tell leadership once.
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { Types } from 'mongoose';
import { dispatchWebhook } from '../outgoing-webhooks/dispatch.js';
import type { RealtimePublisher } from '../realtime/publisher.js';
import { cached } from '../cache/reference-data.js';
import { CrisisModel, UserModel } from '../store/index.js';
import { assess, type Assessment } from './assess.js';
import { crisisKeys } from './counters.js';
import { explain } from './explain.js';
import { COOLDOWN_MS, crisisView, crisisWebhookData } from './view.js';
import { groupedConversations, readWindow } from './window.js';

export const CRISIS_CHECK_JOB = 'crisis-check';
const MAX_GROUPED = 500;

export interface CrisisCheck {
  series: string;
  topic: string;
  region: string | null;
  at: string;
}

export interface CrisisDeps {
  redis: Redis;
  prefix: string;
  publisher: RealtimePublisher;
  queues: { webhooks: Queue };
  webhookRetryBaseMs: number;
}

/** Humas leadership: the humas desk's supervisors, and admins. */
async function leadership() {
  const humas = await cached.humasAgency();
  return UserModel.find({
    active: true,
    $or: [{ role: 'admin' }, { role: 'supervisor', agencyId: humas?._id }],
  })
    .select('_id')
    .lean();
}

async function openOrJoin(deps: CrisisDeps, series: string, fire: boolean): Promise<string | null> {
  const key = crisisKeys(deps.prefix).incident(series);
  const open = await deps.redis.get(key);
  if (open) {
    if (fire) await deps.redis.pexpire(key, COOLDOWN_MS);
    return open;
  }
  if (!fire) return null;
  const id = new Types.ObjectId().toHexString();
  const won = await deps.redis.set(key, id, 'PX', COOLDOWN_MS, 'NX');
  return won ? id : deps.redis.get(key);
}

async function record(id: string, job: CrisisCheck, a: Assessment, conversationIds: string[], at: Date) {
  await CrisisModel.updateOne(
    { _id: id },
    {
      $setOnInsert: {
        series: job.series,
        topic: job.topic,
        region: job.region,
        openedAt: at,
        lastFiredAt: at,
      },
      $addToSet: {
        conversationIds: { $each: conversationIds.slice(0, MAX_GROUPED).map((c) => new Types.ObjectId(c)) },
      },
    },
    { upsert: true },
  );
  if (!a.fire) return;
  // The strongest window so far stands as the incident's figures.
  await CrisisModel.updateOne(
    { _id: id, count: { $lte: a.count } },
    {
      $set: {
        lastFiredAt: at,
        reasons: a.reasons,
        count: a.count,
        kritisCount: a.kritisCount,
        expected: a.expected,
        mad: a.mad,
        threshold: a.threshold,
        kritisExpected: a.kritisExpected,
        kritisThreshold: a.kritisThreshold,
        baselineSource: a.source,
        explanation: await explain(job.topic, job.region, a, conversationIds),
      },
    },
  );
  await CrisisModel.updateOne({ _id: id }, { $set: { lastFiredAt: at } });
}

async function notifyOnce(deps: CrisisDeps, id: string) {
  const now = new Date();
  const claimed = await CrisisModel.findOneAndUpdate(
    { _id: id, notifiedAt: null },
    { $set: { notifiedAt: now } },
    { new: true },
  ).lean();
  if (!claimed) return false;
  const view = crisisView(claimed, now);
  for (const user of await leadership())
    deps.publisher.toUser(String(user._id), 'crisis:new', { crisis: view });
  await dispatchWebhook(deps.queues.webhooks, deps.webhookRetryBaseMs, {
    id: `crisis-${id}`,
    name: 'crisis.created',
    occurredAt: now,
    data: crisisWebhookData(view),
  });
  return true;
}

export async function runCrisisCheck(deps: CrisisDeps, job: CrisisCheck) {
  const at = new Date(job.at);
  const reading = await readWindow(deps.redis, deps.prefix, job.series, at);
  const verdict = assess(reading.current, reading.baseline);
  const id = await openOrJoin(deps, job.series, verdict.fire);
  if (!id) return { fired: false, verdict };
  const grouped = await groupedConversations(deps.redis, deps.prefix, job.series, reading.buckets);
  await record(id, job, verdict, grouped, at);
  const notified = verdict.fire ? await notifyOnce(deps, id) : false;
  return { fired: verdict.fire, incidentId: id, notified, verdict };
}

// One scenario run: a burst of citizen events (and officers' replies to the cases they open) while a fault is
// injected, then a settle and the count of what reached the database and the platform.
import { randomBytes } from 'node:crypto';
import { MessageModel } from '../../src/store/index.js';
import type { Cluster } from './cluster.js';
import { WEBHOOK_SECRET } from './cluster.js';
import { citizenEvents, deliver, replyUntilAccepted, SOURCE, type Delivery } from './platform.js';
import { settleAndCount, type Figures } from './verify.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface BurstOptions {
  messages: number;
  replies: number;
  /** Runs alongside the burst; `progress()` is the share of events acknowledged so far. */
  fault?: (progress: () => number, struck: () => Promise<void>) => Promise<void>;
  /** Where webhooks and replies go (default: both API processes in turn). */
  apiUrls?: () => string[];
  settleMs?: number;
}

export interface ScenarioResult extends Figures {
  name: string;
  died: number;
  seconds: number;
  notes: string[];
  run: string;
}

export async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs: number, stepMs = 100) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(stepMs);
  }
  return false;
}

/** Answers the first `count` cases of the run once their opening message is stored. */
async function replyToCases(
  c: Cluster,
  run: string,
  count: number,
  apiUrls: () => string[],
  stop: () => boolean,
) {
  const tokens: string[] = [];
  const answered = new Set<string>();
  const pending: Promise<void>[] = [];
  while (answered.size < count && !stop()) {
    const opened = await MessageModel.find({
      dedupeKey: { $regex: `^generic:${SOURCE}:${run}-` },
      'pipeline.opened': true,
    })
      .select('conversationId')
      .limit(count)
      .lean()
      .catch(() => []);
    for (const m of opened) {
      const id = String(m.conversationId);
      if (answered.has(id) || answered.size >= count) continue;
      answered.add(id);
      pending.push(replyUntilAccepted(id, apiUrls, c.adminToken).then((r) => void tokens.push(r.token)));
    }
    await sleep(300);
  }
  await Promise.all(pending);
  return tokens;
}

const finished = (run: string) =>
  MessageModel.countDocuments({
    dedupeKey: { $regex: `^generic:${SOURCE}:${run}-` },
    'pipeline.stage': 'done',
  }).catch(() => NaN);

export async function runBurst(c: Cluster, name: string, opts: BurstOptions): Promise<ScenarioResult> {
  const started = Date.now();
  const deathsBefore = c.deaths();
  const run = `${name}-${randomBytes(3).toString('hex')}`;
  const events = citizenEvents(run, opts.messages);
  const apiUrls = opts.apiUrls ?? c.apiUrls;
  const state: Delivery = { acknowledged: new Set(), attempts: 0, refusals: 0 };
  let delivered = false;
  const delivery = deliver(events, apiUrls, WEBHOOK_SECRET, state, { concurrency: 4 }).then((d) => {
    delivered = true;
    return d;
  });
  const notes: string[] = [];
  const progress = () => state.acknowledged.size / opts.messages;
  // Where the burst stood when the fault struck: proof that it struck mid-burst, with work in flight.
  const struck = async () =>
    void notes.push(
      `struck at ${state.acknowledged.size}/${opts.messages} acknowledged, ${await finished(run)} finished`,
    );
  const fault = opts.fault?.(progress, struck) ?? Promise.resolve();
  const replies = replyToCases(
    c,
    run,
    opts.replies,
    apiUrls,
    () => delivered && Date.now() - started > 120_000,
  );
  const [d, tokens] = await Promise.all([delivery, replies, fault]);
  const figures = await settleAndCount(d.acknowledged, tokens, c.endpoint, opts.settleMs ?? 90_000);
  return {
    name,
    run,
    ...figures,
    died: c.deaths() - deathsBefore,
    seconds: Math.round((Date.now() - started) / 1000),
    notes: [`${d.refusals} webhook deliveries refused and retried`, ...notes],
  };
}

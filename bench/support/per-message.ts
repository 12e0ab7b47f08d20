// Database commands one citizen message costs from webhook to done: the inbound job and every job it leads to
// (assignment and SLA timers, case events, rollups, crisis counting), in a running Aspirasi with warm caches.
// Each figure is the least over a few rounds: the only noise is a periodic sweep landing in a round, which adds.
import { randomBytes } from 'node:crypto';
import { genericDeliveryHeaders } from '../../adapters/generic/index.js';
import type { RunningAspirasi } from '../../src/server.js';
import { countCommands, type CommandCount } from './command-counter.js';

const QUIET_MS = 250;
const IDLE_TIMEOUT_MS = 60_000;

/** Delayed jobs due within this long are work the message still leads to (the rollups' drain); SLA timers are not. */
const DUE_SOON_MS = 3000;

async function queuesBusy(app: RunningAspirasi): Promise<boolean> {
  const { close: _close, ...queues } = app.ctx.queues;
  for (const queue of Object.values(queues)) {
    const c = await queue.getJobCounts('waiting', 'active', 'prioritized', 'waiting-children');
    if (c.waiting + c.active + c.prioritized + c['waiting-children'] > 0) return true;
    const delayed = await queue.getDelayed(0, 100);
    if (delayed.some((j) => j.timestamp + (j.delay ?? 0) < Date.now() + DUE_SOON_MS)) return true;
  }
  return false;
}

/** Until no queue has work left and the database has been quiet for QUIET_MS. */
export async function settle(app: RunningAspirasi, quietFor: () => number) {
  const deadline = Date.now() + IDLE_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (quietFor() >= QUIET_MS && !(await queuesBusy(app))) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the pipeline did not settle within a minute');
}

export function genericSender(app: RunningAspirasi, secret: string, source = 'bench') {
  return async (body: Record<string, unknown>) => {
    const raw = JSON.stringify(body);
    const res = await fetch(`${app.url}/webhooks/generic/${source}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...genericDeliveryHeaders(secret, source, raw) },
      body: raw,
    });
    if (!res.ok) throw new Error(`webhook answered ${res.status}`);
  };
}

export interface PerMessage {
  opened: CommandCount;
  followUp: CommandCount;
}

const least = (counts: CommandCount[]) => counts.reduce((a, b) => (b.total < a.total ? b : a));

/** The opening message and a plain follow-up (one that raises the urgency also re-plans the SLA: other work). */
const OPENING = 'Jalan di depan pasar Segiri berlubang besar, mohon segera diperbaiki';
const FOLLOW_UP = 'Terima kasih, mohon dikabari kalau perbaikannya sudah dijadwalkan';

/** Message `n` of the thread `thread`, written by that thread's own citizen. */
const threadMessage = (thread: string, n: number, text: string) => ({
  id: `${thread}-${n}`,
  author: { id: thread, name: 'Warga Uji' },
  threadId: thread,
  text,
  createdAt: new Date(Date.now() + n).toISOString(),
});

export async function commandsPerMessage(
  app: RunningAspirasi,
  secret: string,
  rounds = 3,
): Promise<PerMessage> {
  const send = genericSender(app, secret);
  const counter = countCommands();
  const run = randomBytes(3).toString('hex');
  const opened: CommandCount[] = [];
  const followUp: CommandCount[] = [];
  try {
    // Round 0 warms the caches and the first-use paths; only later rounds count.
    for (let round = 0; round <= rounds; round++) {
      const thread = `cmd-${run}-${round}`;
      await settle(app, counter.quietFor);
      counter.take();
      await send(threadMessage(thread, 1, OPENING));
      await settle(app, counter.quietFor);
      if (round > 0) opened.push(counter.take());
      counter.take();
      await send(threadMessage(thread, 2, FOLLOW_UP));
      await settle(app, counter.quietFor);
      if (round > 0) followUp.push(counter.take());
    }
  } finally {
    counter.stop();
  }
  return { opened: least(opened), followUp: least(followUp) };
}

/**
 * The same, per message, over a burst of `size` new threads sent at once and then a follow-up in each: the work a
 * viral post brings, where jobs that can share their reads and writes do (rollups, src/rollups/pending.ts).
 */
export async function commandsPerMessageInBurst(
  app: RunningAspirasi,
  secret: string,
  size = 50,
): Promise<{ opened: number; followUp: number }> {
  const send = genericSender(app, secret);
  const counter = countCommands();
  const run = randomBytes(3).toString('hex');
  const threads = Array.from({ length: size }, (_, i) => `burst-${run}-${i}`);
  try {
    await settle(app, counter.quietFor);
    counter.take();
    await Promise.all(threads.map((thread) => send(threadMessage(thread, 1, OPENING))));
    await settle(app, counter.quietFor);
    const opened = counter.take().total / size;
    await Promise.all(threads.map((thread) => send(threadMessage(thread, 2, FOLLOW_UP))));
    await settle(app, counter.quietFor);
    return { opened, followUp: counter.take().total / size };
  } finally {
    counter.stop();
  }
}

export const formatCount = (c: CommandCount) =>
  `${c.total} (${Object.entries(c.byName)
    .sort((a, b) => b[1] - a[1])
    .map(([name, n]) => `${n} ${name}`)
    .join(', ')})`;

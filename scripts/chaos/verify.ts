// What a scenario left behind, read straight from the database: every acknowledged event stored once and fully
// processed (stage done, case created/classified/routed once, SLA deadline set, message count right), and
// every reply received by the platform at most once.
import { ConversationModel, EventModel, MessageModel } from '../../src/store/index.js';
import { SOURCE, type ReplyEndpoint } from './platform.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ONCE_PER_CASE = ['created', 'classified', 'routed'];

export interface Figures {
  sent: number;
  stored: number;
  doubled: number;
  lost: number;
  replies: number;
  repliesSent: number;
  repliesUnknown: number;
  repliesSentTwice: number;
  problems: string[];
}

const dedupeKeyOf = (eventId: string) => `generic:${SOURCE}:${eventId}`;

/** Lost and doubled effects, each with the reason, so a failing run says what went wrong. */
class Tally {
  lost = 0;
  doubled = 0;
  problems: string[] = [];
  lose(n: number, why: string) {
    if (n <= 0) return;
    this.lost += n;
    this.problems.push(why);
  }
  double(n: number, why: string) {
    if (n <= 0) return;
    this.doubled += n;
    this.problems.push(why);
  }
}

async function checkCases(messages: { conversationId: unknown }[], tally: Tally) {
  const caseIds = [...new Set(messages.map((m) => String(m.conversationId)))];
  const [cases, events, counts] = await Promise.all([
    ConversationModel.find({ _id: { $in: caseIds } }).lean(),
    EventModel.find({ conversationId: { $in: caseIds } }).lean(),
    MessageModel.aggregate<{ _id: unknown; n: number }>([
      { $match: { conversationId: { $in: messages.map((m) => m.conversationId) } } },
      { $group: { _id: '$conversationId', n: { $sum: 1 } } },
    ]),
  ]);
  const actual = new Map(counts.map((c) => [String(c._id), c.n]));
  for (const c of cases) {
    const id = String(c._id);
    const mine = events.filter((e) => String(e.conversationId) === id);
    for (const type of ONCE_PER_CASE) {
      const n = mine.filter((e) => e.type === type).length;
      tally.lose(n === 0 ? 1 : 0, `case ${c.ticketNumber}: no ${type} event`);
      tally.double(n - 1, `case ${c.ticketNumber}: ${n} ${type} events`);
    }
    const auto = mine.filter((e) => e.type === 'assigned' && e.data?.by === 'auto').length;
    tally.double(auto - 1, `case ${c.ticketNumber}: auto-assigned ${auto} times`);
    tally.lose(c.sla?.firstResponseDueAt ? 0 : 1, `case ${c.ticketNumber}: no SLA deadline`);
    const n = actual.get(id) ?? 0;
    const count = c.messageCount ?? 0;
    tally.double(count > n ? 1 : 0, `case ${c.ticketNumber}: messageCount ${count} > ${n} messages`);
    tally.lose(count < n ? 1 : 0, `case ${c.ticketNumber}: messageCount ${count} < ${n} messages`);
  }
  const replied = events.filter((e) => e.type === 'replied');
  const once = new Set(replied.map((e) => String(e.data?.messageId))).size;
  tally.double(replied.length - once, `${replied.length - once} replies recorded twice on their case`);
}

const tokenOf = (text: string) => /\[r:([\w-]+)\]/.exec(text)?.[1] ?? '';

async function inspect(acknowledged: Set<string>, replyTokens: string[], endpoint: ReplyEndpoint) {
  const tally = new Tally();
  const keys = [...acknowledged].map(dedupeKeyOf);
  const messages = await MessageModel.find({ dedupeKey: { $in: keys } }).lean();
  const stored = new Set(messages.map((m) => m.dedupeKey));
  tally.lose(keys.filter((k) => !stored.has(k)).length, 'acknowledged events not stored');
  const unfinished = messages.filter((m) => m.pipeline?.stage !== 'done').length;
  tally.lose(unfinished, `${unfinished} messages not through every stage`);
  await checkCases(messages, tally);

  const pattern = replyTokens.map((t) => `\\[r:${t}\\]`).join('|');
  const outbound = replyTokens.length
    ? await MessageModel.find({ direction: 'outbound', text: { $regex: pattern } }).lean()
    : [];
  const stores = new Map<string, number>();
  for (const m of outbound) stores.set(tokenOf(m.text), (stores.get(tokenOf(m.text)) ?? 0) + 1);
  for (const t of replyTokens) {
    tally.lose(stores.has(t) ? 0 : 1, `reply ${t.slice(0, 8)} accepted but not stored`);
    tally.double((stores.get(t) ?? 0) - 1, `reply ${t.slice(0, 8)} stored twice`);
  }
  const pending = outbound.filter((m) => ['queued', 'sending'].includes(m.delivery?.status ?? '')).length;
  const figures: Figures = {
    sent: acknowledged.size,
    stored: stored.size,
    doubled: tally.doubled,
    lost: tally.lost,
    replies: replyTokens.length,
    repliesSent: replyTokens.filter((t) => endpoint.received.has(t)).length,
    repliesUnknown: outbound.filter((m) => m.delivery?.status === 'unknown').length,
    repliesSentTwice: replyTokens.filter((t) => (endpoint.received.get(t) ?? 0) > 1).length,
    problems: tally.problems,
  };
  return { figures, pending };
}

/** Waits until nothing is left to do (or the deadline), then reports. */
export async function settleAndCount(
  acknowledged: Set<string>,
  replyTokens: string[],
  endpoint: ReplyEndpoint,
  timeoutMs: number,
): Promise<Figures> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { figures, pending } = await inspect(acknowledged, replyTokens, endpoint);
    const settled = figures.lost === 0 && pending === 0;
    if (settled || Date.now() > deadline) {
      if (pending) figures.problems.push(`${pending} replies still queued/sending`);
      return figures;
    }
    await sleep(1000);
  }
}

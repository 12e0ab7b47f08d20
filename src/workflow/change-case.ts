// The one way a stored case changes: decide on the case as read -> one guarded write (the new fields, the SLA
// deadlines that follow from them, and an outbox holding the change's events and SLA jobs) -> replay the outbox
// (events appended, SLA jobs scheduled) -> the fresh view pushed live. Every action, reply and ingest step uses it.
//
// Exactly once without transactions: the write applies only to the version it was decided on (a concurrent change
// makes us decide again on the fresh case), it records the change's key, and the outbox is replayed by whoever
// comes next — this call, a retry of it, the next change of the case, or the sweep — until it is done. The events'
// ids derive from the key, so a replay never appends twice.
import type { Queue } from 'bullmq';
import { recordCaseEvents } from '../events/record.js';
import type { CaseEventInput } from '../domain/case-events.js';
import { DomainError } from '../domain/errors.js';
import { childLog } from '../log.js';
import { crashPoint } from '../ops/crash-point.js';
import type { Urgency } from '../domain/labels.js';
import type { RealtimePublisher } from '../realtime/publisher.js';
import { agencyCalendar, slaPolicyFor } from '../sla/agency-calendar.js';
import { planSla } from '../sla/plan.js';
import { scheduleSlaJobs, type SlaJob } from '../sla/timers.js';
import { ConversationModel, type ConversationDoc } from '../store/index.js';
import { conversationViewOf, type ConversationView } from '../views/conversation-view.js';

export interface CaseChangeDeps {
  publisher: RealtimePublisher;
  queues: { sla: Queue };
}

export interface CaseChange {
  set?: Record<string, unknown>;
  inc?: Record<string, number>;
  events: CaseEventInput[];
  /** The change moves the SLA clocks (status, agency, urgency or first response changed). */
  replanSla?: boolean;
  /** The agency that just lost the case: its inbox must drop it. */
  previousAgencyId?: string;
}

/** Decides the change on the case as it stands; null when there is nothing to change. May throw a DomainError. */
export type Decide = (conv: ConversationDoc) => CaseChange | null | Promise<CaseChange | null>;

export interface CaseChangeOutcome {
  /** False when the decision was "nothing to change". A repeat of an applied change counts as changed. */
  changed: boolean;
  /** This key had already been applied (a retry): nothing new was decided or written. */
  repeated: boolean;
  conversation: ConversationDoc;
  /** The case as the user sees it (null when it did not change and the caller asked for no view). */
  view: ConversationView | null;
}

const log = childLog('change-case');
const KEPT_KEYS = 20;
const MAX_ATTEMPTS = 5;

const load = (id: unknown) => ConversationModel.findById(id).lean<ConversationDoc>();

/** Two people changed the case at once, again and again: let the later one look at the case first. */
const busy = () =>
  new DomainError('conflict', 'Kasus baru saja diubah orang lain. Muat ulang lalu coba lagi.');

export async function changeCase(
  deps: CaseChangeDeps,
  start: ConversationDoc | string,
  key: string,
  decide: Decide,
  /** Background steps that only act need no view of a case they left as it was. */
  opts: { viewIfUnchanged?: boolean } = {},
): Promise<CaseChangeOutcome> {
  const outcome = async (changed: boolean, conv: ConversationDoc, repeated = false) => ({
    changed,
    repeated,
    conversation: conv,
    view: opts.viewIfUnchanged === false ? null : await conversationViewOf(conv),
  });
  let conv = typeof start === 'string' ? await load(start) : start;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (!conv) throw new DomainError('not_found', 'Percakapan tidak ditemukan.');
    if (conv.outbox?.pending) await replayOutbox(deps, conv);
    if ((conv.changeKeys ?? []).includes(key)) return outcome(true, conv, true);
    const change = await decide(conv);
    if (!change) return outcome(false, conv);
    const updated = await write(conv, key, change);
    if (!updated) {
      conv = await load(conv._id);
      continue;
    }
    crashPoint('change:written');
    return {
      changed: true,
      repeated: false,
      conversation: updated,
      view: await replayOrLeave(deps, updated),
    };
  }
  throw busy();
}

async function write(conv: ConversationDoc, key: string, change: CaseChange) {
  const set: Record<string, unknown> = { ...change.set };
  let slaJobs: SlaJob[] | undefined;
  if (change.replanSla) {
    const next = { ...conv, ...change.set } as ConversationDoc;
    const policy = await slaPolicyFor((next.urgency ?? 'normal') as Urgency);
    const plan = planSla(next, policy, await agencyCalendar(next.agencyId), new Date());
    Object.assign(set, plan.set, { 'sla.timerVersion': plan.version });
    slaJobs = plan.jobs;
  }
  const at = new Date();
  set.changeKeys = [...(conv.changeKeys ?? []).slice(-(KEPT_KEYS - 1)), key];
  set.outbox = {
    key,
    // A change with no events or SLA jobs has nothing to replay: it is done with its write.
    pending: change.events.length > 0 || Boolean(slaJobs?.length),
    at,
    events: change.events,
    slaJobs,
    previousAgencyId: change.previousAgencyId ?? null,
  };
  // Documents written before versions existed have none: match that, not a version 0 they do not store.
  const version = conv.version === undefined || conv.version === null ? { $exists: false } : conv.version;
  return ConversationModel.findOneAndUpdate(
    { _id: conv._id, version },
    { $set: set, $inc: { version: 1, ...change.inc } },
    { new: true },
  ).lean<ConversationDoc>();
}

/**
 * The change is written: its follow-up failing now (Redis away for the SLA jobs) must not fail the change. The
 * outbox stays pending for the next change of the case or the sweep (sweepCaseOutboxes) to finish.
 */
async function replayOrLeave(deps: CaseChangeDeps, conv: ConversationDoc) {
  try {
    return await replayOutbox(deps, conv);
  } catch (err) {
    log.warn(
      { conversationId: String(conv._id), err: (err as Error).message },
      'case change written; follow-up left to the sweep',
    );
    return conversationViewOf(conv).catch(() => null);
  }
}

/** A change's outbox still pending this long after its write lost its follow-up (a crash, Redis away). */
const OUTBOX_GRACE_MS = 10_000;
const SWEEP_BATCH = 100;

/** Finishes the follow-up of changes that did not finish it (run periodically on the workflow queue). */
export async function sweepCaseOutboxes(deps: CaseChangeDeps, now = Date.now()) {
  const stuck = await ConversationModel.find({
    'outbox.pending': true,
    updatedAt: { $lt: new Date(now - OUTBOX_GRACE_MS) },
  })
    .limit(SWEEP_BATCH)
    .lean<ConversationDoc[]>();
  for (const conv of stuck) await replayOutbox(deps, conv);
  return { replayed: stuck.length };
}

/** Appends the change's events, schedules its SLA jobs and pushes the case; safe to run any number of times. */
export async function replayOutbox(deps: CaseChangeDeps, conv: ConversationDoc) {
  const box = conv.outbox;
  if (!box?.key) return null;
  // Keys are unique per case, not across cases (a client may reuse an Idempotency-Key on another case).
  const onceKey = `${String(conv._id)}:${box.key}`;
  await recordCaseEvents(conv, box.events as CaseEventInput[], { onceKey, at: box.at ?? undefined });
  if (box.slaJobs) {
    const version = conv.sla?.timerVersion ?? 0;
    await scheduleSlaJobs(deps.queues.sla, String(conv._id), version, box.slaJobs as SlaJob[]);
  }
  if (box.pending)
    await ConversationModel.updateOne(
      { _id: conv._id, 'outbox.key': box.key },
      { $set: { 'outbox.pending': false } },
    );
  const view = await conversationViewOf(conv);
  if (view) deps.publisher.conversationUpdated(view, box.previousAgencyId ?? undefined);
  return view;
}

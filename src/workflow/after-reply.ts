// What an officer's reply does to the case: the replier holds it, and the first reply starts the follow-up
// (first_reply -> in_progress) and switches the SLA timers from first response to resolution.
// Safe to repeat for the same reply (src/replies/reply-on-case.ts runs it from the API and again from the send
// job when the API died half-way): each change is conditional and its event is keyed by the reply.
import type { ConversationStatus } from '../domain/labels.js';
import { withdrawEvent } from '../pipeline/once.js';
import { refreshSla } from '../sla/timers.js';
import { AgencyModel, ConversationModel } from '../store/index.js';
import { recordEvent, type WorkflowDeps } from './deps.js';
import { applyAction } from './transitions.js';

/** The first reply tells the citizen the number to quote, unless the officer already wrote it. */
export function withTicketNumber(text: string, ticketNumber: string): string {
  return text.includes(ticketNumber) ? text : `${text}\n\nNomor tiket Anda: ${ticketNumber}`;
}

export interface Replier {
  id: string;
  agencyId: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ConversationDoc = any;

/** An unassigned case goes to the officer of its agency who answered it. */
async function holdByReplier(conv: ConversationDoc, replier: Replier, onceKey: string) {
  if (conv.assigneeId || replier.agencyId !== String(conv.agencyId)) return;
  const key = `${onceKey}:assigned`;
  await recordEvent(conv, 'assigned', replier.id, { userId: replier.id, by: 'reply' }, key);
  const res = await ConversationModel.updateOne(
    { _id: conv._id, assigneeId: null },
    { $set: { assigneeId: replier.id } },
  );
  if (res.modifiedCount === 0) await withdrawEvent(key);
}

/** first_reply: new/routed/rejected -> in_progress. The event is the intent, withdrawn if the case moved meanwhile. */
async function startFollowUp(conv: ConversationDoc, replier: Replier, onceKey: string) {
  const holder = await AgencyModel.findById(conv.agencyId).select('isHumas').lean();
  const current = conv.status as ConversationStatus;
  const result = applyAction(
    { status: current, agencyIsHumas: Boolean(holder?.isHumas) },
    { type: 'first_reply' },
  );
  if (!result.ok || !result.changed) return;
  const key = `${onceKey}:status`;
  const event = { from: current, to: result.status, action: 'first_reply' };
  await recordEvent(conv, 'status_changed', replier.id, event, key);
  const res = await ConversationModel.updateOne(
    { _id: conv._id, status: current },
    { $set: { status: result.status } },
  );
  if (res.modifiedCount === 0) await withdrawEvent(key);
}

export async function afterReply(
  deps: WorkflowDeps,
  replier: Replier,
  conversationId: unknown,
  first: boolean,
  replyId: string,
) {
  const conv = await ConversationModel.findById(conversationId).lean();
  if (!conv) return;
  const onceKey = `reply:${replyId}`;
  await holdByReplier(conv, replier, onceKey);
  if (!first) return;
  await startFollowUp(conv, replier, onceKey);
  await refreshSla(deps.queues.sla, String(conv._id));
}

// What an officer's reply does to the case: the replier holds it, and the first reply starts the follow-up
// (first_reply -> in_progress) and switches the SLA timers from first response to resolution.
import type { Actor } from '../auth/access.js';
import type { ConversationStatus } from '../domain/labels.js';
import { refreshSla } from '../sla/timers.js';
import { AgencyModel, ConversationModel } from '../store/index.js';
import { recordEvent, type WorkflowDeps } from './deps.js';
import { applyAction } from './transitions.js';

/** The first reply tells the citizen the number to quote, unless the officer already wrote it. */
export function withTicketNumber(text: string, ticketNumber: string): string {
  return text.includes(ticketNumber) ? text : `${text}\n\nNomor tiket Anda: ${ticketNumber}`;
}

export async function afterReply(deps: WorkflowDeps, actor: Actor, conversationId: unknown, first: boolean) {
  const conv = await ConversationModel.findById(conversationId).lean();
  if (!conv) return;
  if (!conv.assigneeId && actor.agencyId === String(conv.agencyId)) {
    const res = await ConversationModel.updateOne(
      { _id: conv._id, assigneeId: null },
      { $set: { assigneeId: actor.id } },
    );
    if (res.modifiedCount) await recordEvent(conv, 'assigned', actor.id, { userId: actor.id, by: 'reply' });
  }
  if (!first) return;
  const holder = await AgencyModel.findById(conv.agencyId).select('isHumas').lean();
  const current = conv.status as ConversationStatus;
  const result = applyAction(
    { status: current, agencyIsHumas: Boolean(holder?.isHumas) },
    { type: 'first_reply' },
  );
  if (result.ok && result.changed) {
    const res = await ConversationModel.updateOne(
      { _id: conv._id, status: current },
      { $set: { status: result.status } },
    );
    if (res.modifiedCount) {
      await recordEvent(conv, 'status_changed', actor.id, {
        from: current,
        to: result.status,
        action: 'first_reply',
      });
    }
  }
  await refreshSla(deps.queues.sla, String(conv._id));
}

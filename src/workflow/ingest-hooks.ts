// What the ingest pipeline hands off after storing a citizen's message (see src/pipeline/ports.ts): a job on the
// SLA queue, keyed by the case (a new case) or by the message (a later one), so the work has BullMQ's retries and
// a resumed ingest that hands off again adds nothing twice. The jobs themselves are safe to repeat: each change
// is conditional on the case's state, and its event is keyed by the job, written first as the intent.
import type { Queue } from 'bullmq';
import type { ConversationStatus } from '../domain/labels.js';
import { crashPoint } from '../pipeline/crash-point.js';
import { eventRecorded, withdrawEvent } from '../pipeline/once.js';
import { addJobOnce } from '../queue/add-once.js';
import { jobIdFor } from '../queue/queues.js';
import { refreshSla } from '../sla/timers.js';
import { AgencyModel, ConversationModel } from '../store/index.js';
import { autoAssign } from './assignment.js';
import { publishConversation, recordEvent, type WorkflowDeps } from './deps.js';
import { applyAction } from './transitions.js';

export const CASE_ROUTED_JOB = 'case-routed';
export const CITIZEN_MESSAGE_JOB = 'citizen-message';

export function enqueueCaseRouted(queue: Queue, conversationId: string) {
  return addJobOnce(queue, {
    name: CASE_ROUTED_JOB,
    data: { conversationId },
    opts: { jobId: jobIdFor(`routed:${conversationId}`) },
  });
}

export function enqueueCitizenMessage(queue: Queue, conversationId: string, messageId: string) {
  return addJobOnce(queue, {
    name: CITIZEN_MESSAGE_JOB,
    data: { conversationId, messageId },
    opts: { jobId: jobIdFor(`citizen:${messageId}`) },
  });
}

/** A new case: give it to an online officer of its agency (or leave it in the queue) and start its SLA clocks. */
export async function onRouted(deps: WorkflowDeps, conversationId: string) {
  await autoAssign(deps, conversationId, `routed:${conversationId}`);
  crashPoint('followup:assigned');
  await refreshSla(deps.queues.sla, conversationId);
  crashPoint('followup:sla');
  // The inbox row needs its SLA countdown, which did not exist when the case was first pushed.
  await publishConversation(deps, conversationId);
}

/**
 * The citizen wrote again: a waiting case resumes (its clock unpauses), a resolved or closed one reopens.
 * A message that raised the urgency re-plans the deadlines with the stricter policy.
 * `messageId` keys the job's events: older jobs without it (queued before an upgrade) still work, unkeyed.
 */
export async function onCitizenMessage(deps: WorkflowDeps, conversationId: string, messageId?: string) {
  const conv = await ConversationModel.findById(conversationId).lean();
  if (!conv) return;
  const current = conv.status as ConversationStatus;
  const holder = await AgencyModel.findById(conv.agencyId).select('isHumas').lean();
  const result = applyAction(
    { status: current, agencyId: String(conv.agencyId), agencyIsHumas: Boolean(holder?.isHumas) },
    { type: 'citizen_message' },
  );
  const onceKey = messageId && `citizen:${messageId}`;
  const eventKey = onceKey && `${onceKey}:status`;
  let moved = false;
  if (result.ok && result.changed) {
    const set: Record<string, unknown> = { status: result.status };
    if (current === 'resolved' || current === 'closed') set.resolvedAt = null;
    const event = { from: current, to: result.status, action: 'citizen_message' };
    if (eventKey) await recordEvent(conv, 'status_changed', null, event, eventKey);
    const res = await ConversationModel.updateOne({ _id: conv._id, status: current }, { $set: set });
    moved = res.modifiedCount > 0;
    if (moved && !eventKey) await recordEvent(conv, 'status_changed', null, event);
    if (!moved && eventKey) await withdrawEvent(eventKey); // someone else moved the case first
    crashPoint('followup:reopened');
  } else if (eventKey) {
    // A retry of this job after it had moved the case: the rest of its work is still to do.
    moved = await eventRecorded(eventKey);
  }
  if (moved && !conv.assigneeId) await autoAssign(deps, conversationId, onceKey || undefined);
  if (moved || conv.sla?.policyUrgency !== conv.urgency) {
    await refreshSla(deps.queues.sla, conversationId);
    await publishConversation(deps, conv._id);
  }
}

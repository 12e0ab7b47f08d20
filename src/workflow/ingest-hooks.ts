// What the ingest pipeline calls after storing a citizen's message (see src/pipeline/ports.ts).
// The hooks only enqueue a job on the SLA queue: the work then has BullMQ's retries, whereas a hook that failed
// inside the inbound job would be lost (its retry finds the message already stored and stops early).
import type { Queue } from 'bullmq';
import type { ConversationStatus } from '../domain/labels.js';
import { jobIdFor } from '../queue/queues.js';
import { refreshSla } from '../sla/timers.js';
import { AgencyModel, ConversationModel } from '../store/index.js';
import { autoAssign } from './assignment.js';
import { publishConversation, recordEvent, type WorkflowDeps } from './deps.js';
import { applyAction } from './transitions.js';

export const CASE_ROUTED_JOB = 'case-routed';
export const CITIZEN_MESSAGE_JOB = 'citizen-message';

export function enqueueCaseRouted(queue: Queue, conversationId: string) {
  return queue.add(CASE_ROUTED_JOB, { conversationId }, { jobId: jobIdFor(`routed:${conversationId}`) });
}

export function enqueueCitizenMessage(queue: Queue, conversationId: string) {
  return queue.add(CITIZEN_MESSAGE_JOB, { conversationId });
}

/** A new case: give it to an online officer of its agency (or leave it in the queue) and start its SLA clocks. */
export async function onRouted(deps: WorkflowDeps, conversationId: string) {
  await autoAssign(deps, conversationId);
  await refreshSla(deps.queues.sla, conversationId);
  // The inbox row needs its SLA countdown, which did not exist when the case was first pushed.
  await publishConversation(deps, conversationId);
}

/**
 * The citizen wrote again: a waiting case resumes (its clock unpauses), a resolved or closed one reopens.
 * A message that raised the urgency re-plans the deadlines with the stricter policy.
 */
export async function onCitizenMessage(deps: WorkflowDeps, conversationId: string) {
  const conv = await ConversationModel.findById(conversationId).lean();
  if (!conv) return;
  const current = conv.status as ConversationStatus;
  const holder = await AgencyModel.findById(conv.agencyId).select('isHumas').lean();
  const result = applyAction(
    { status: current, agencyId: String(conv.agencyId), agencyIsHumas: Boolean(holder?.isHumas) },
    { type: 'citizen_message' },
  );
  const changed = result.ok && result.changed;
  if (changed) {
    const set: Record<string, unknown> = { status: result.status };
    if (current === 'resolved' || current === 'closed') set.resolvedAt = null;
    const res = await ConversationModel.updateOne({ _id: conv._id, status: current }, { $set: set });
    if (res.modifiedCount) {
      await recordEvent(conv, 'status_changed', null, {
        from: current,
        to: result.status,
        action: 'citizen_message',
      });
      if (!conv.assigneeId) await autoAssign(deps, conversationId);
    }
  }
  if (changed || conv.sla?.policyUrgency !== conv.urgency) {
    await refreshSla(deps.queues.sla, conversationId);
    await publishConversation(deps, conv._id);
  }
}

// What the ingest pipeline hands off after storing a citizen's message (see src/pipeline/ports.ts): a job keyed by
// the case (a new case) or by the message (a later one), so the work has BullMQ's retries and a resumed ingest that
// hands off again adds nothing twice. Each step is a keyed changeCase, so a retried job changes the case once.
import type { Queue } from 'bullmq';
import type { ConversationStatus } from '../domain/labels.js';
import { crashPoint } from '../ops/crash-point.js';
import { addJobOnce } from '../queue/add-once.js';
import { jobIdFor } from '../queue/queues.js';
import { cached } from '../cache/reference-data.js';
import { autoAssign, autoAssignChange, noteAssigned } from './assignment.js';
import { changeCase, type CaseChange, type CaseChangeDeps } from './change-case.js';
import { applyAction } from '../domain/transitions.js';

export const CASE_ROUTED_JOB = 'case-routed';
export const CITIZEN_MESSAGE_JOB = 'citizen-message';
export interface CaseRoutedJob {
  conversationId: string;
}
export interface CitizenMessageJob {
  conversationId: string;
  messageId: string;
}

export function enqueueCaseRouted(queue: Queue, conversationId: string) {
  return addJobOnce(queue, {
    name: CASE_ROUTED_JOB,
    data: { conversationId } satisfies CaseRoutedJob,
    opts: { jobId: jobIdFor(`routed:${conversationId}`) },
  });
}

export function enqueueCitizenMessage(queue: Queue, conversationId: string, messageId: string) {
  return addJobOnce(queue, {
    name: CITIZEN_MESSAGE_JOB,
    data: { conversationId, messageId } satisfies CitizenMessageJob,
    opts: { jobId: jobIdFor(`citizen:${messageId}`) },
  });
}

/** A new case: it goes to an online officer of its agency (or waits in the queue) and its SLA clocks start. */
export async function onRouted(deps: CaseChangeDeps, conversationId: string) {
  const done = await changeCase(deps, conversationId, `routed:${conversationId}`, async (conv) => ({
    events: [],
    ...(await autoAssignChange(conv)),
    replanSla: true,
  }));
  crashPoint('followup:assigned');
  await noteAssigned(done);
}

/**
 * The citizen wrote again: a waiting case resumes (its clock unpauses), a resolved or closed one reopens and goes
 * to an officer again. A message that raised the urgency re-plans the deadlines with the stricter policy.
 */
export async function onCitizenMessage(deps: CaseChangeDeps, conversationId: string, messageId: string) {
  const key = `citizen:${messageId}`;
  const done = await changeCase(deps, conversationId, key, async (conv) => {
    const current = conv.status as ConversationStatus;
    const holder = await cached.agency(conv.agencyId);
    const result = applyAction(
      { status: current, agencyId: String(conv.agencyId), agencyIsHumas: Boolean(holder?.isHumas) },
      { type: 'citizen_message' },
    );
    const moved = result.ok && result.changed;
    if (!moved && conv.sla?.policyUrgency === conv.urgency) return null;
    const change: CaseChange = { events: [], replanSla: true };
    if (moved) {
      change.set = { status: result.status };
      if (current === 'resolved' || current === 'closed') change.set.resolvedAt = null;
      const data = { from: current, to: result.status, action: 'citizen_message' };
      change.events.push({ type: 'status_changed', actorId: null, data });
    }
    return change;
  });
  crashPoint('followup:reopened');
  if (done.changed && !done.conversation.assigneeId) await autoAssign(deps, conversationId, `${key}:assign`);
}

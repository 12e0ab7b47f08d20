// What the ingest pipeline hands off after storing a citizen's message (see src/pipeline/ports.ts): a job keyed by
// the case (a new case) or by the message (a later one), so the work has BullMQ's retries and a resumed ingest that
// hands off again adds nothing twice. Each step is a keyed changeCase, so a retried job changes the case once.
import type { Queue } from 'bullmq';
import { crashPoint } from '../ops/crash-point.js';
import { addJobOnce } from '../queue/add-once.js';
import { jobIdFor } from '../queue/queues.js';
import { autoAssign, autoAssignChange, noteAssigned, officerCandidates } from './assignment.js';
import { changeCase, type CaseChangeDeps } from './change-case.js';

export const CASE_ROUTED_JOB = 'case-routed';
export const CITIZEN_MESSAGE_JOB = 'citizen-message';
export interface CaseRoutedJob {
  conversationId: string;
  /** The agency it was routed to (absent in jobs queued before SLA clocks were planned at creation). */
  agencyId?: string;
}
export interface CitizenMessageJob {
  conversationId: string;
  messageId: string;
}

export function enqueueCaseRouted(queue: Queue, conversationId: string, agencyId: string) {
  return addJobOnce(queue, {
    name: CASE_ROUTED_JOB,
    data: { conversationId, agencyId } satisfies CaseRoutedJob,
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

/**
 * A new case goes to an online officer of its agency, or waits in the agency's queue (then nothing is read or
 * written but the list of who is online). Its SLA clocks were planned as it was opened (src/pipeline/opening-sla.ts);
 * a case opened before that was done gets them here.
 */
export async function onRouted(deps: CaseChangeDeps, conversationId: string, agencyId?: string) {
  const online = agencyId ? await officerCandidates(agencyId) : undefined;
  if (online?.length === 0) return;
  const done = await changeCase(
    deps,
    conversationId,
    `routed:${conversationId}`,
    async (conv) => {
      // The list just read is the case's own unless the case moved to another agency meanwhile.
      const assigned = await autoAssignChange(conv, String(conv.agencyId) === agencyId ? online : undefined);
      const unplanned = !conv.sla?.timerVersion;
      return assigned || unplanned ? { events: [], ...assigned, replanSla: unplanned } : null;
    },
    { viewIfUnchanged: false },
  );
  crashPoint('followup:assigned');
  await noteAssigned(done);
}

/**
 * The citizen's message moved a case nobody holds (reopened it, resumed it, or raised its urgency; the move itself
 * was part of the message's change, src/pipeline/apply-to-case.ts): an online officer of its agency takes it.
 */
export async function onCitizenMessage(deps: CaseChangeDeps, conversationId: string, messageId: string) {
  await autoAssign(deps, conversationId, `citizen:${messageId}:assign`);
}

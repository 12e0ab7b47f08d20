// Keeps a case's SLA deadlines and its BullMQ delayed jobs in step with its state. Called after every change
// that moves a deadline: creation, disposition/transfer (another calendar), first reply (the other timeline),
// waiting on the citizen and resuming (pause), resolve/close/spam (no timers), urgency changes.
import type { Queue } from 'bullmq';
import type { Urgency } from '../domain/labels.js';
import { jobIdFor } from '../queue/queues.js';
import { ConversationModel } from '../store/index.js';
import { agencyCalendar, slaPolicyFor } from './agency-calendar.js';
import { type SlaSchedule } from './policy.js';
import { planSla } from './plan.js';
import { activeMilestones } from './state.js';

export type SlaTarget = 'first_response' | 'resolution';
export type SlaMilestone = 'warn' | 'breach' | 'escalate';
export const SLA_MILESTONES: SlaMilestone[] = ['warn', 'breach', 'escalate'];
export const SLA_MILESTONE_JOB = 'sla-milestone';

export interface SlaJob {
  conversationId: string;
  /** The case's sla.timerVersion when the job was scheduled; any reschedule makes the job stale. */
  version: number;
  target: SlaTarget;
  milestone: SlaMilestone;
  /** When the milestone falls (epoch ms). */
  at: number;
}

/** No clock runs while the case waits on the citizen or is finished; the time is added to pausedMs after. */
export const PAUSED_STATUSES = new Set(['waiting', 'resolved', 'closed', 'spam']);

export const slaJobId = (j: Pick<SlaJob, 'conversationId' | 'version' | 'target' | 'milestone'>) =>
  jobIdFor(`sla:${j.conversationId}:${j.version}:${j.target}:${j.milestone}`);

/** The stored form of a schedule (both timelines, so the inbox can show the phase without recomputing). */
export function scheduleFields(s: SlaSchedule): Record<string, Date> {
  return {
    'sla.firstResponseDueAt': s.firstResponse.breachAt,
    'sla.firstResponseWarnAt': s.firstResponse.warnAt,
    'sla.firstResponseEscalateAt': s.firstResponse.escalateAt,
    'sla.resolutionDueAt': s.resolution.breachAt,
    'sla.warnAt': s.resolution.warnAt,
    'sla.escalateAt': s.resolution.escalateAt,
  };
}

/** The delayed jobs for the timeline that is running now. */
export function pendingJobs(
  conversationId: string,
  version: number,
  schedule: SlaSchedule,
  firstRespondedAt: Date | null | undefined,
): SlaJob[] {
  const target: SlaTarget = firstRespondedAt ? 'resolution' : 'first_response';
  const m = activeMilestones(schedule, firstRespondedAt);
  const at: Record<SlaMilestone, Date> = { warn: m.warnAt, breach: m.breachAt, escalate: m.escalateAt };
  return SLA_MILESTONES.map((milestone) => ({
    conversationId,
    version,
    target,
    milestone,
    at: at[milestone].getTime(),
  }));
}

/** Recompute the case's deadlines, account for pauses, and replace its pending SLA jobs. */
export async function refreshSla(queue: Queue, conversationId: string, now = new Date()): Promise<void> {
  const conv = await ConversationModel.findById(conversationId).lean();
  if (!conv) return;
  const policy = await slaPolicyFor((conv.urgency ?? 'normal') as Urgency);
  const calendar = await agencyCalendar(conv.agencyId);
  const plan = planSla(conv, policy, calendar, now);
  const updated = await ConversationModel.findOneAndUpdate(
    { _id: conv._id },
    { $set: plan.set, $inc: { 'sla.timerVersion': 1 } },
    { new: true },
  ).lean();
  if (!updated) return;
  // Another refresh may have run meanwhile: schedule under the version this write produced.
  const version = updated.sla?.timerVersion ?? 0;
  await scheduleSlaJobs(
    queue,
    conversationId,
    version,
    plan.jobs.map((j) => ({ ...j, version })),
  );
}

/** Replaces the case's pending delayed jobs with those of `version` (none while its clock is paused). */
export async function scheduleSlaJobs(queue: Queue, conversationId: string, version: number, jobs: SlaJob[]) {
  await removeJobsOf(queue, conversationId, version - 1);
  if (jobs.length === 0) return;
  await queue.addBulk(
    jobs.map((job) => ({
      name: SLA_MILESTONE_JOB,
      data: job,
      opts: { jobId: slaJobId(job), delay: Math.max(0, job.at - Date.now()) },
    })),
  );
}

/** Best effort: stale jobs would do nothing anyway (version check), this only keeps Redis tidy. */
async function removeJobsOf(queue: Queue, conversationId: string, version: number) {
  if (version < 1) return;
  const targets: SlaTarget[] = ['first_response', 'resolution'];
  await Promise.allSettled(
    targets.flatMap((target) =>
      SLA_MILESTONES.map((milestone) =>
        queue.remove(slaJobId({ conversationId, version, target, milestone })),
      ),
    ),
  );
}

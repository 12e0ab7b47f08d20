// A new case's SLA clocks, planned as the case is created: its deadlines go into the insert, so the inbox shows
// them at once and the routed step writes the case only when it assigns an officer. The timers are scheduled
// before the insert: they name a fresh id, so if the insert never happens (a crash, a lost race for the thread)
// they fire for no case and do nothing (src/sla/timers.ts), and no outbox is needed to finish them afterwards.
import type { Queue } from 'bullmq';
import type { Types } from 'mongoose';
import type { Urgency } from '../domain/labels.js';
import { agencyCalendar, slaPolicyFor } from '../sla/agency-calendar.js';
import { planSla } from '../sla/plan.js';
import { scheduleSlaJobs } from '../sla/timers.js';

/** The stored SLA fields of a new case (dotted paths, as a case change writes them), its timers scheduled. */
export async function openingSla(
  slaQueue: Queue,
  id: Types.ObjectId,
  status: string,
  urgency: Urgency,
  agencyId: unknown,
  now: Date,
): Promise<Record<string, unknown>> {
  const policy = await slaPolicyFor(urgency);
  const plan = planSla({ _id: id, status, createdAt: now }, policy, await agencyCalendar(agencyId), now);
  await scheduleSlaJobs(slaQueue, String(id), plan.version, plan.jobs);
  return { ...plan.set, 'sla.timerVersion': plan.version };
}

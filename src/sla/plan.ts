// What a case's SLA clocks should be after a change, as a pure function of the case, its policy and calendar: the
// stored fields (deadlines, pause) and the delayed jobs of the running timeline. A change of a case writes the
// fields in its own update (src/workflow/change-case.ts); the jobs follow in Redis.
import { pausedClockMinutes } from './clock.js';
import type { Calendar } from './calendar.js';
import { computeSlaSchedule, type SlaPolicy } from './policy.js';
import { pendingJobs, PAUSED_STATUSES, scheduleFields, type SlaJob } from './timers.js';

export interface SlaCase {
  _id: unknown;
  status: string;
  createdAt: Date;
  firstRespondedAt?: Date | null;
  sla?: {
    startedAt?: Date | null;
    pausedMs?: number | null;
    pausedSince?: Date | null;
    timerVersion?: number | null;
  } | null;
}

export interface SlaPlan {
  /** $set fields for the case; the writer also sets sla.timerVersion to `version`. */
  set: Record<string, unknown>;
  /** The next timer version: jobs of earlier versions are stale. */
  version: number;
  /** Delayed jobs to schedule; none while the clock is paused. */
  jobs: SlaJob[];
}

export function planSla(c: SlaCase, policy: SlaPolicy, calendar: Calendar, now: Date): SlaPlan {
  const sla = c.sla ?? {};
  const startedAt = sla.startedAt ?? c.createdAt;
  const paused = PAUSED_STATUSES.has(c.status);
  let pausedMs = sla.pausedMs ?? 0;
  const version = (sla.timerVersion ?? 0) + 1;
  const set: Record<string, unknown> = { 'sla.startedAt': startedAt, 'sla.policyUrgency': policy.urgency };
  if (paused && !sla.pausedSince) set['sla.pausedSince'] = now;
  if (!paused && sla.pausedSince) {
    pausedMs += pausedClockMinutes([{ start: sla.pausedSince, end: now }], policy.clock, calendar) * 60_000;
    Object.assign(set, { 'sla.pausedMs': pausedMs, 'sla.pausedSince': null });
  }
  const schedule = computeSlaSchedule({ startedAt, urgency: policy.urgency, policy, calendar, pausedMs });
  Object.assign(set, scheduleFields(schedule));
  const jobs = paused ? [] : pendingJobs(String(c._id), version, schedule, c.firstRespondedAt);
  return { set, version, jobs };
}

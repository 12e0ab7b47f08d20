// The SLA phase of a stored case, for the inbox: rebuilt from the milestones saved on the conversation.
import type { SlaSchedule } from './policy.js';
import { slaState, type SlaState } from './state.js';

export interface StoredSla {
  firstResponseDueAt?: Date | null;
  firstResponseWarnAt?: Date | null;
  firstResponseEscalateAt?: Date | null;
  resolutionDueAt?: Date | null;
  warnAt?: Date | null;
  escalateAt?: Date | null;
}

/** null until the case has a schedule (or for cases stored before SLA timers existed). */
export function storedSlaState(
  sla: StoredSla | null | undefined,
  now: Date,
  firstRespondedAt?: Date | null,
  resolvedAt?: Date | null,
): SlaState | null {
  if (!sla?.firstResponseDueAt || !sla.resolutionDueAt || !sla.warnAt || !sla.escalateAt) return null;
  const firstResponse = {
    warnAt: sla.firstResponseWarnAt ?? sla.firstResponseDueAt,
    breachAt: sla.firstResponseDueAt,
    escalateAt: sla.firstResponseEscalateAt ?? sla.firstResponseDueAt,
  };
  const resolution = { warnAt: sla.warnAt, breachAt: sla.resolutionDueAt, escalateAt: sla.escalateAt };
  const schedule: SlaSchedule = {
    firstResponseDueAt: firstResponse.breachAt,
    resolutionDueAt: resolution.breachAt,
    ...resolution,
    firstResponse,
    resolution,
  };
  return slaState(schedule, now, firstRespondedAt, resolvedAt);
}

// Where a case stands against its SLA at a given moment.
import type { SlaMilestones, SlaSchedule } from './policy.js';

export type SlaPhase = 'ok' | 'warning' | 'breached' | 'escalated';

export interface SlaState {
  phase: SlaPhase;
  /** Wall-clock minutes to the deadline that applies (negative when overdue), rounded down. */
  minutesLeft: number;
  /** Which target the phase is about. */
  target: 'first_response' | 'resolution';
}

const PHASE_RANK: Record<SlaPhase, number> = { ok: 0, warning: 1, breached: 2, escalated: 3 };

function phaseAt(m: SlaMilestones, at: Date): SlaPhase {
  const t = at.getTime();
  if (t >= m.escalateAt.getTime()) return 'escalated';
  if (t >= m.breachAt.getTime()) return 'breached';
  if (t >= m.warnAt.getTime()) return 'warning';
  return 'ok';
}

function stateOf(m: SlaMilestones, at: Date, target: SlaState['target']): SlaState {
  return {
    phase: phaseAt(m, at),
    minutesLeft: Math.floor((m.breachAt.getTime() - at.getTime()) / 60_000),
    target,
  };
}

/**
 * The SLA state at `now`. Before the first reply both targets run and the worse one is reported; after it, the
 * resolution target; once resolved, the state is frozen at the moment of resolution: ok when it was met,
 * breached or escalated when not. A first reply or resolution given after `now` is ignored.
 */
export function slaState(
  schedule: SlaSchedule,
  now: Date,
  firstRespondedAt?: Date | null,
  resolvedAt?: Date | null,
): SlaState {
  const resolvedBeforeNow = resolvedAt && resolvedAt.getTime() <= now.getTime() ? resolvedAt : null;
  if (resolvedBeforeNow) {
    // A case resolved in time is simply "ok": a warning no longer means anything once it is done.
    const frozen = stateOf(schedule.resolution, resolvedBeforeNow, 'resolution');
    return frozen.phase === 'warning' ? { ...frozen, phase: 'ok' } : frozen;
  }
  const resolution = stateOf(schedule.resolution, now, 'resolution');
  if (firstRespondedAt && firstRespondedAt.getTime() <= now.getTime()) return resolution;
  const firstResponse = stateOf(schedule.firstResponse, now, 'first_response');
  return PHASE_RANK[resolution.phase] > PHASE_RANK[firstResponse.phase] ? resolution : firstResponse;
}

/** Whether a target was met: answered/resolved at or before its deadline. */
export function metDeadline(dueAt: Date, doneAt: Date | null | undefined): boolean {
  return !!doneAt && doneAt.getTime() <= dueAt.getTime();
}

/** The timeline whose timers (BullMQ delayed jobs) should be pending now. */
export function activeMilestones(schedule: SlaSchedule, firstRespondedAt?: Date | null): SlaMilestones {
  return firstRespondedAt ? schedule.resolution : schedule.firstResponse;
}

// SLA targets per urgency and the deadlines they give a case.
import type { Urgency } from '../domain/labels.js';
import { WORKING_DAY_MINUTES, type Calendar } from './calendar.js';
import { addClockMinutes, type ClockMode } from './clock.js';

export interface SlaPolicy {
  urgency: Urgency;
  /** Until the first reply to the citizen. */
  firstResponseMinutes: number;
  /** Until the case is resolved (tindak lanjut); paused while waiting on the citizen. */
  resolutionMinutes: number;
  clock: ClockMode;
  /** Fraction of a target at which the assignee is warned (0 < f < 1). */
  warnAtFraction: number;
  /** Fraction of a target at which humas leadership is alerted (>= 1; 1 = at breach). */
  escalateAtFraction: number;
}

const HOUR = 60;
const DAY_24H = 24 * HOUR;

/**
 * Defaults. Working-day targets follow the national complaint norms: SP4N-LAPOR! (PermenPANRB 62/2018) expects
 * an agency to follow up a disposed report within 5 working days, and UU 14/2008 (KIP) gives 10 working days to
 * answer an information request — hence normal = 5 and rendah = 10 working days. Social media needs faster first
 * replies than those norms, so first-response targets are hours. kritis runs around the clock.
 */
export const DEFAULT_SLA_POLICIES: Readonly<Record<Urgency, SlaPolicy>> = {
  kritis: {
    urgency: 'kritis',
    firstResponseMinutes: 30,
    resolutionMinutes: DAY_24H,
    clock: '24x7',
    warnAtFraction: 0.75,
    escalateAtFraction: 2,
  },
  tinggi: {
    urgency: 'tinggi',
    firstResponseMinutes: 2 * HOUR,
    resolutionMinutes: 3 * WORKING_DAY_MINUTES,
    clock: 'working',
    warnAtFraction: 0.75,
    escalateAtFraction: 2,
  },
  normal: {
    urgency: 'normal',
    firstResponseMinutes: 8 * HOUR,
    resolutionMinutes: 5 * WORKING_DAY_MINUTES,
    clock: 'working',
    warnAtFraction: 0.75,
    escalateAtFraction: 2,
  },
  rendah: {
    urgency: 'rendah',
    firstResponseMinutes: 2 * WORKING_DAY_MINUTES,
    resolutionMinutes: 10 * WORKING_DAY_MINUTES,
    clock: 'working',
    warnAtFraction: 0.75,
    escalateAtFraction: 2,
  },
};

/** Why a policy is unusable, or null. Run on policies loaded from the database before using them. */
export function policyProblem(p: SlaPolicy): string | null {
  if (!(p.firstResponseMinutes > 0) || !(p.resolutionMinutes > 0)) return 'target harus lebih dari 0 menit';
  if (p.firstResponseMinutes > p.resolutionMinutes)
    return 'target respons pertama melebihi target penyelesaian';
  if (!(p.warnAtFraction > 0 && p.warnAtFraction < 1)) return 'warnAtFraction harus di antara 0 dan 1';
  if (!(p.escalateAtFraction >= 1)) return 'escalateAtFraction harus minimal 1';
  return null;
}

/** The moments one target's timeline passes: warn the assignee, breach (notify supervisor), escalate. */
export interface SlaMilestones {
  warnAt: Date;
  breachAt: Date;
  escalateAt: Date;
}

export interface SlaSchedule {
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
  /** Top-level warnAt/breachAt/escalateAt are the resolution timeline (breachAt = resolutionDueAt). */
  warnAt: Date;
  breachAt: Date;
  escalateAt: Date;
  firstResponse: SlaMilestones;
  resolution: SlaMilestones;
}

export interface SlaScheduleInput {
  startedAt: Date;
  urgency: Urgency;
  policy?: SlaPolicy;
  calendar: Calendar;
  /**
   * Time the resolution clock was paused (waiting on the citizen), measured on the policy's clock — for a
   * working clock, working milliseconds (see pausedClockMinutes). Extends the resolution timeline only:
   * a case cannot wait on the citizen before its first reply.
   */
  pausedMs?: number;
}

function milestones(
  start: Date,
  targetMinutes: number,
  extraMinutes: number,
  p: SlaPolicy,
  cal: Calendar,
): SlaMilestones {
  const at = (fraction: number) =>
    addClockMinutes(start, targetMinutes * fraction + extraMinutes, p.clock, cal);
  return { warnAt: at(p.warnAtFraction), breachAt: at(1), escalateAt: at(p.escalateAtFraction) };
}

export function computeSlaSchedule(input: SlaScheduleInput): SlaSchedule {
  const policy = input.policy ?? DEFAULT_SLA_POLICIES[input.urgency];
  const problem = policyProblem(policy);
  if (problem) throw new Error(`SLA policy ${policy.urgency}: ${problem}`);
  const pausedMinutes = Math.max(0, input.pausedMs ?? 0) / 60_000;
  const firstResponse = milestones(input.startedAt, policy.firstResponseMinutes, 0, policy, input.calendar);
  const resolution = milestones(
    input.startedAt,
    policy.resolutionMinutes,
    pausedMinutes,
    policy,
    input.calendar,
  );
  return {
    firstResponseDueAt: firstResponse.breachAt,
    resolutionDueAt: resolution.breachAt,
    ...resolution,
    firstResponse,
    resolution,
  };
}

// One conversation reduced to what the reports need, and the per-case measures derived from it.

export interface ReportCase {
  id: string;
  createdAt: Date;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  firstResponseBreached: boolean;
  resolutionBreached: boolean;
  status: string;
  urgency: string | null;
  agencyId: string;
  /** The officer who sent the first reply, else the current assignee. */
  officerId: string | null;
  platform: string;
  topic: string | null;
  region: string | null;
}

const MINUTE = 60_000;

export function firstResponseMinutes(c: ReportCase): number | null {
  return c.firstRespondedAt
    ? Math.max(0, (c.firstRespondedAt.getTime() - c.createdAt.getTime()) / MINUTE)
    : null;
}

export function resolutionMinutes(c: ReportCase): number | null {
  return c.resolvedAt ? Math.max(0, (c.resolvedAt.getTime() - c.createdAt.getTime()) / MINUTE) : null;
}

/**
 * Whether the case met its SLA: true when it was answered by the first-response deadline and its resolution
 * clock has not breached; false once either is missed; null while undecided or when no SLA applies
 * (undecided cases are left out of the share rather than counted as met).
 */
export function slaMet(c: ReportCase, now: Date): boolean | null {
  if (!c.firstResponseDueAt) return null;
  if (c.firstResponseBreached || c.resolutionBreached) return false;
  if (c.firstRespondedAt) {
    if (c.firstRespondedAt > c.firstResponseDueAt) return false;
    if (c.resolvedAt) return !c.resolutionDueAt || c.resolvedAt <= c.resolutionDueAt;
    if (c.resolutionDueAt && now > c.resolutionDueAt) return false;
    return true; // answered on time, still within the follow-up clock
  }
  return now > c.firstResponseDueAt ? false : null;
}

export type GroupBy = 'agency' | 'officer' | 'channel' | 'topic' | 'region';
export const GROUP_BYS: readonly GroupBy[] = ['agency', 'officer', 'channel', 'topic', 'region'];

export const UNKNOWN_KEY = 'tidak_diketahui';

export function groupKey(c: ReportCase, by: GroupBy): string {
  const value = {
    agency: c.agencyId,
    officer: c.officerId,
    channel: c.platform,
    topic: c.topic,
    region: c.region,
  }[by];
  return value ?? UNKNOWN_KEY;
}

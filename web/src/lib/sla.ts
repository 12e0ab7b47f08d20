// SLA countdown and inbox ordering, as pure functions of a conversation and "now".
import type { Conversation } from '../api/types';

export const URGENCY_ORDER = ['kritis', 'tinggi', 'normal', 'rendah'];
const OPEN_STATUSES = new Set(['new', 'routed', 'in_progress', 'waiting', 'rejected']);
const WARN_MS = 60 * 60 * 1000;

export type SlaState = 'ok' | 'warn' | 'breached' | 'met' | 'none';

export interface SlaView {
  state: SlaState;
  /** Milliseconds until the running deadline (negative when overdue); null when no clock runs. */
  remainingMs: number | null;
  clock: 'firstResponse' | 'resolution' | null;
}

export function isOpen(c: Pick<Conversation, 'status'>): boolean {
  return OPEN_STATUSES.has(c.status);
}

/** The deadline that matters now: first response until someone answers, then resolution. */
export function runningDeadline(c: Conversation): { at: string; clock: SlaView['clock'] } | null {
  if (!isOpen(c) || !c.sla) return null;
  if (!c.sla.firstRespondedAt && c.sla.firstResponseDueAt) {
    return { at: c.sla.firstResponseDueAt, clock: 'firstResponse' };
  }
  if (c.sla.resolutionDueAt) return { at: c.sla.resolutionDueAt, clock: 'resolution' };
  return null;
}

export function slaView(c: Conversation, now: number): SlaView {
  const deadline = runningDeadline(c);
  if (!deadline) {
    const met = !!c.sla?.firstResponseDueAt && !c.sla.breached && (!isOpen(c) || !!c.sla.firstRespondedAt);
    return { state: met ? 'met' : 'none', remainingMs: null, clock: null };
  }
  const remainingMs = Date.parse(deadline.at) - now;
  const state: SlaState =
    remainingMs < 0 || c.sla?.breached ? 'breached' : remainingMs < WARN_MS ? 'warn' : 'ok';
  return { state, remainingMs, clock: deadline.clock };
}

/** "2 jam 05 mnt", "1 hari 3 jam", "12 mnt" in Indonesian; "2h 05m", "1d 3h", "12m" in English. */
export function formatDuration(ms: number, lang: 'id' | 'en'): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const [d, h, m] = lang === 'id' ? [' hari', ' jam', ' mnt'] : ['d', 'h', 'm'];
  if (days > 0) return `${days}${d} ${hours}${h}`;
  if (hours > 0) return `${hours}${h} ${String(mins).padStart(2, '0')}${m}`;
  return `${mins}${m}`;
}

function urgencyRank(u: string): number {
  const i = URGENCY_ORDER.indexOf(u);
  return i < 0 ? URGENCY_ORDER.length : i;
}

function deadlineMs(c: Conversation): number {
  const d = runningDeadline(c);
  return d ? Date.parse(d.at) : Number.POSITIVE_INFINITY;
}

/** Urgency (kritis first), then the nearest SLA deadline, then the latest message. Same order as sort=urgency. */
export function compareByUrgency(a: Conversation, b: Conversation): number {
  return (
    urgencyRank(a.urgency) - urgencyRank(b.urgency) ||
    deadlineMs(a) - deadlineMs(b) ||
    Date.parse(b.lastMessageAt) - Date.parse(a.lastMessageAt)
  );
}

export function compareByRecent(a: Conversation, b: Conversation): number {
  return Date.parse(b.lastMessageAt) - Date.parse(a.lastMessageAt);
}

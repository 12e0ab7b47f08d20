// The SLA badge and inbox ordering read the server's SLA state (phase, clock, the target that runs): the web
// keeps no deadline rules of its own, it only counts down to the deadline the server names.
import type { Conversation } from '../api/types';

export const URGENCY_ORDER = ['kritis', 'tinggi', 'normal', 'rendah'];

export type SlaState = 'ok' | 'warn' | 'breached' | 'met' | 'paused' | 'none';

export interface SlaView {
  state: SlaState;
  /** Milliseconds until the running deadline (negative when overdue); null when no clock runs. */
  remainingMs: number | null;
  clock: 'firstResponse' | 'resolution' | null;
}

type Sla = Conversation['sla'];

/** The deadline of the target the server says is running; null while paused, finished or unscheduled. */
function runningDeadline(sla: Sla): { at: string; clock: SlaView['clock'] } | null {
  if (sla.clock !== 'running') return null;
  const at = sla.target === 'first_response' ? sla.firstResponseDueAt : sla.resolutionDueAt;
  return at ? { at, clock: sla.target === 'first_response' ? 'firstResponse' : 'resolution' } : null;
}

const late = (phase: Sla['phase']) => phase === 'breached' || phase === 'escalated';

export function slaView(c: Conversation, now: number): SlaView {
  const { sla } = c;
  if (sla.clock === 'paused') return { state: 'paused', remainingMs: null, clock: null };
  if (sla.clock === 'finished')
    return { state: late(sla.phase) ? 'breached' : 'met', remainingMs: null, clock: null };
  const deadline = runningDeadline(sla);
  if (!deadline) return { state: 'none', remainingMs: null, clock: null };
  const state: SlaState = late(sla.phase) ? 'breached' : sla.phase === 'warning' ? 'warn' : 'ok';
  return { state, remainingMs: Date.parse(deadline.at) - now, clock: deadline.clock };
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

function urgencyRank(u: string | null): number {
  const i = URGENCY_ORDER.indexOf(u ?? '');
  return i < 0 ? URGENCY_ORDER.length : i;
}

function deadlineMs(c: Conversation): number {
  const d = runningDeadline(c.sla);
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

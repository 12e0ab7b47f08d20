// Inbox filters: how they become query parameters, and how a live-pushed conversation is checked against them
// (so an update that no longer matches leaves the list without a reload).
import type { Conversation, User } from '../api/types';

export type Scope = 'all' | 'me' | 'agency' | 'unassigned';

export interface InboxFilters {
  status: string; // '' = any, 'open' = every open status, or one status code
  topic: string;
  urgency: string;
  platform: string;
  region: string;
  /** Leadership only: one agency's cases. */
  agencyId: string;
  scope: Scope;
  q: string;
  sort: 'urgency' | 'recent';
}

export const OPEN_STATUS_CODES = ['new', 'routed', 'in_progress', 'waiting', 'rejected'];

export const DEFAULT_FILTERS: InboxFilters = {
  status: 'open',
  topic: '',
  urgency: '',
  platform: '',
  region: '',
  agencyId: '',
  scope: 'all',
  q: '',
  sort: 'urgency',
};

export function toQuery(f: InboxFilters, user: User, cursor?: string | null): string {
  const p = new URLSearchParams();
  const status = f.status === 'open' ? OPEN_STATUS_CODES.join(',') : f.status;
  if (status) p.set('status', status);
  if (f.topic) p.set('topic', f.topic);
  if (f.urgency) p.set('urgency', f.urgency);
  if (f.platform) p.set('platform', f.platform);
  if (f.region) p.set('region', f.region);
  if (f.scope === 'me') p.set('assignee', 'me');
  if (f.scope === 'unassigned') p.set('assignee', 'unassigned');
  const agencyId = f.scope === 'agency' ? user.agencyId : f.agencyId;
  if (agencyId) p.set('agencyId', agencyId);
  if (f.q.trim()) p.set('q', f.q.trim());
  p.set('sort', f.sort);
  p.set('limit', '50');
  if (cursor) p.set('cursor', cursor);
  return p.toString();
}

function statusMatches(filter: string, status: string): boolean {
  if (!filter) return true;
  if (filter === 'open') return OPEN_STATUS_CODES.includes(status);
  return filter.split(',').includes(status);
}

export function matchesFilters(c: Conversation, f: InboxFilters, user: User): boolean {
  if (!statusMatches(f.status, c.status)) return false;
  if (f.topic && c.topic !== f.topic) return false;
  if (f.urgency && c.urgency !== f.urgency) return false;
  if (f.platform && c.platform !== f.platform) return false;
  if (f.region && c.region !== f.region) return false;
  if (f.scope === 'me' && c.assigneeId !== user.id) return false;
  if (f.scope === 'unassigned' && c.assigneeId) return false;
  if (f.scope === 'agency' && c.agencyId !== user.agencyId) return false;
  if (f.agencyId && c.agencyId !== f.agencyId) return false;
  if (!user.seesAllAgencies && user.agencyId && c.agencyId !== user.agencyId) return false;
  const q = f.q.trim().toLowerCase();
  if (q) {
    const haystack = [c.ticketNumber, c.contact?.name, c.contact?.handle, c.preview].join(' ').toLowerCase();
    if (!haystack.includes(q)) return false;
  }
  return true;
}

/** Applies one pushed conversation to the list: insert, replace, or drop when it no longer matches. */
export function applyUpdate(
  list: Conversation[],
  c: Conversation,
  f: InboxFilters,
  user: User,
  compare: (a: Conversation, b: Conversation) => number,
): Conversation[] {
  const rest = list.filter((x) => x.id !== c.id);
  if (!matchesFilters(c, f, user)) return rest;
  return [...rest, c].sort(compare);
}

import { describe, expect, it } from 'vitest';
import type { Conversation, User } from '../../../web/src/api/types.js';
import { applyUpdate, DEFAULT_FILTERS, toQuery } from '../../../web/src/inbox/filters.js';
import { compareByRecent } from '../../../web/src/lib/sla.js';

const officer: User = {
  id: 'u1',
  name: 'Andi',
  email: 'a@x',
  role: 'officer',
  agencyId: 'pupr',
  agency: null,
  timezone: 'Asia/Makassar',
  presence: 'online',
  seesAllAgencies: false,
};

const conv = (over: Partial<Conversation>): Conversation =>
  ({
    id: 'c1',
    ticketNumber: 'ASP-2026-000001',
    status: 'routed',
    urgency: 'normal',
    topic: 'infrastruktur',
    platform: 'whatsapp',
    region: 'samarinda',
    agencyId: 'pupr',
    assigneeId: null,
    preview: 'jalan rusak',
    lastMessageAt: '2026-11-27T08:00:00Z',
    contact: { id: 'k', name: 'Rina' },
    ...over,
  }) as Conversation;

describe('inbox live updates', () => {
  it('adds a new case that matches the filters', () => {
    expect(applyUpdate([], conv({}), DEFAULT_FILTERS, officer, compareByRecent).map((c) => c.id)).toEqual([
      'c1',
    ]);
  });
  it('drops a case that was resolved while showing open cases', () => {
    const list = [conv({})];
    expect(
      applyUpdate(list, conv({ status: 'resolved' }), DEFAULT_FILTERS, officer, compareByRecent),
    ).toEqual([]);
  });
  it('drops a case transferred to another agency', () => {
    expect(
      applyUpdate([conv({})], conv({ agencyId: 'dinkes' }), DEFAULT_FILTERS, officer, compareByRecent),
    ).toEqual([]);
  });
  it('drops a case reassigned away from "assigned to me"', () => {
    const mine = { ...DEFAULT_FILTERS, scope: 'me' as const };
    expect(
      applyUpdate([conv({ assigneeId: 'u1' })], conv({ assigneeId: 'u2' }), mine, officer, compareByRecent),
    ).toEqual([]);
  });
  it('applies the search text to pushed cases too', () => {
    const f = { ...DEFAULT_FILTERS, q: 'banjir' };
    expect(applyUpdate([], conv({}), f, officer, compareByRecent)).toEqual([]);
  });
});

describe('leadership agency filter', () => {
  const leader = { ...officer, role: 'supervisor' as const, agencyId: 'humas', seesAllAgencies: true };
  it('asks the API for one agency and keeps pushes from others out', () => {
    const f = { ...DEFAULT_FILTERS, agencyId: 'pupr' };
    expect(new URLSearchParams(toQuery(f, leader)).get('agencyId')).toBe('pupr');
    expect(applyUpdate([], conv({ agencyId: 'dinkes' }), f, leader, compareByRecent)).toEqual([]);
    expect(applyUpdate([], conv({ agencyId: 'pupr' }), f, leader, compareByRecent)).toHaveLength(1);
  });
});

describe('toQuery', () => {
  it('expands "open" into the open statuses and maps scope to assignee', () => {
    const q = new URLSearchParams(
      toQuery({ ...DEFAULT_FILTERS, scope: 'unassigned', urgency: 'kritis' }, officer),
    );
    expect(q.get('status')).toBe('new,routed,in_progress,waiting,rejected');
    expect(q.get('assignee')).toBe('unassigned');
    expect(q.get('urgency')).toBe('kritis');
    expect(q.get('sort')).toBe('urgency');
  });
});

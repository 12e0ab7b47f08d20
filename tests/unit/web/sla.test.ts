import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../../web/src/api/types.js';
import { compareByUrgency, formatDuration, slaView } from '../../../web/src/lib/sla.js';

const NOW = Date.parse('2026-11-27T08:00:00Z');
const iso = (minutesFromNow: number) => new Date(NOW + minutesFromNow * 60_000).toISOString();

function conv(over: Partial<Conversation>): Conversation {
  return {
    id: Math.random().toString(36),
    ticketNumber: 'ASP-2026-000001',
    platform: 'whatsapp',
    accountId: 'a',
    visibility: 'private',
    contact: null,
    status: 'routed',
    topic: 'infrastruktur',
    urgency: 'normal',
    type: 'pengaduan',
    region: null,
    agencyId: 'x',
    agency: null,
    assigneeId: null,
    assignee: null,
    preview: '',
    lastMessageAt: iso(-5),
    createdAt: iso(-5),
    sla: {
      firstResponseDueAt: iso(120),
      resolutionDueAt: iso(3000),
      firstRespondedAt: null,
      breached: false,
    },
    ...over,
  };
}

describe('slaView', () => {
  it('counts down to first response before anyone answers', () => {
    expect(slaView(conv({}), NOW)).toEqual({
      state: 'ok',
      remainingMs: 120 * 60_000,
      clock: 'firstResponse',
    });
  });
  it('warns in the last hour and turns red once overdue', () => {
    const base = conv({}).sla!;
    expect(slaView(conv({ sla: { ...base, firstResponseDueAt: iso(30) } }), NOW).state).toBe('warn');
    expect(slaView(conv({ sla: { ...base, firstResponseDueAt: iso(-1) } }), NOW).state).toBe('breached');
  });
  it('switches to the resolution clock after the first answer', () => {
    const base = conv({}).sla!;
    expect(slaView(conv({ sla: { ...base, firstRespondedAt: iso(-1) } }), NOW).clock).toBe('resolution');
  });
  it('shows no running clock for resolved cases', () => {
    expect(slaView(conv({ status: 'resolved' }), NOW).remainingMs).toBeNull();
  });
});

describe('formatDuration', () => {
  it('reads in Indonesian units', () => {
    expect(formatDuration(125 * 60_000, 'id')).toBe('2 jam 05 mnt');
    expect(formatDuration(-(26 * 60 + 3) * 60_000, 'id')).toBe('1 hari 2 jam');
    expect(formatDuration(9 * 60_000, 'id')).toBe('9 mnt');
    expect(formatDuration(125 * 60_000, 'en')).toBe('2h 05m');
  });
});

describe('compareByUrgency', () => {
  it('puts kritis first, then the nearest deadline', () => {
    const base = conv({}).sla!;
    const a = conv({ id: 'normal-soon', sla: { ...base, firstResponseDueAt: iso(10) } });
    const b = conv({ id: 'kritis', urgency: 'kritis', sla: { ...base, firstResponseDueAt: iso(50) } });
    const c = conv({ id: 'normal-late', sla: { ...base, firstResponseDueAt: iso(500) } });
    const d = conv({ id: 'tinggi', urgency: 'tinggi' });
    expect([c, a, d, b].sort(compareByUrgency).map((x) => x.id)).toEqual([
      'kritis',
      'tinggi',
      'normal-soon',
      'normal-late',
    ]);
  });
});

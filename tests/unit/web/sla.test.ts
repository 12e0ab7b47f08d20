import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../../web/src/api/types.js';
import { compareByUrgency, formatDuration, slaView } from '../../../web/src/lib/sla.js';

const NOW = Date.parse('2026-11-27T08:00:00Z');
const iso = (minutesFromNow: number) => new Date(NOW + minutesFromNow * 60_000).toISOString();

type Sla = Conversation['sla'];

/** The SLA part of a case as the server sends it: the first-response clock running, two hours left. */
const running: Sla = {
  firstResponseDueAt: iso(120),
  resolutionDueAt: iso(3000),
  firstRespondedAt: null,
  breached: false,
  phase: 'ok',
  target: 'first_response',
  pausedSince: null,
  clock: 'running',
};

function conv(over: Partial<Conversation>): Conversation {
  return {
    id: Math.random().toString(36),
    ticketNumber: 'ASP-2026-000001',
    platform: 'whatsapp',
    accountId: 'a',
    visibility: 'private',
    contact: { id: 'k', name: null, handle: null },
    status: 'routed',
    topic: 'infrastruktur',
    urgency: 'normal',
    type: 'pengaduan',
    region: null,
    confidence: {},
    modelVersion: null,
    agencyId: 'x',
    agency: null,
    assigneeId: null,
    assignee: null,
    claimedBy: null,
    claimer: null,
    preview: '',
    lastMessageAt: iso(-5),
    lastInboundAt: iso(-5),
    createdAt: iso(-5),
    firstRespondedAt: null,
    resolvedAt: null,
    rejectionReason: null,
    sla: running,
    tags: [],
    linkedIds: [],
    availableActions: [],
    claimAction: null,
    replyNeedsTakeOver: false,
    replyWindow: { public: null, private: { open: true, closesAt: null, reason: null } },
    ...over,
  };
}

describe('slaView', () => {
  it('counts down to the deadline of the target the server says runs', () => {
    expect(slaView(conv({}), NOW)).toEqual({
      state: 'ok',
      remainingMs: 120 * 60_000,
      clock: 'firstResponse',
    });
    const resolution = conv({ sla: { ...running, target: 'resolution', firstRespondedAt: iso(-1) } });
    expect(slaView(resolution, NOW)).toMatchObject({ remainingMs: 3000 * 60_000, clock: 'resolution' });
  });
  it("colours by the server's phase, not by a rule of its own", () => {
    // Thirty minutes left, and the server (the agency's policy) says it is still fine: no amber.
    expect(slaView(conv({ sla: { ...running, firstResponseDueAt: iso(30) } }), NOW).state).toBe('ok');
    expect(slaView(conv({ sla: { ...running, phase: 'warning' } }), NOW).state).toBe('warn');
    expect(slaView(conv({ sla: { ...running, phase: 'escalated' } }), NOW).state).toBe('breached');
  });
  it('says a paused clock is paused, even past the old deadline', () => {
    const paused = {
      ...running,
      firstResponseDueAt: iso(-600),
      clock: 'paused' as const,
      pausedSince: iso(-700),
    };
    expect(slaView(conv({ status: 'waiting', sla: paused }), NOW)).toEqual({
      state: 'paused',
      remainingMs: null,
      clock: null,
    });
  });
  it('shows where a finished case ended: met or missed', () => {
    const finished = { ...running, clock: 'finished' as const };
    expect(slaView(conv({ status: 'resolved', sla: finished }), NOW).state).toBe('met');
    const missed = { ...finished, phase: 'breached' as const };
    expect(slaView(conv({ status: 'closed', sla: missed }), NOW).state).toBe('breached');
  });
  it('shows no clock before the server scheduled one', () => {
    const none = { ...running, clock: null, phase: null, target: null };
    expect(slaView(conv({ sla: none }), NOW).state).toBe('none');
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
    const a = conv({ id: 'normal-soon', sla: { ...running, firstResponseDueAt: iso(10) } });
    const b = conv({ id: 'kritis', urgency: 'kritis', sla: { ...running, firstResponseDueAt: iso(50) } });
    const c = conv({ id: 'normal-late', sla: { ...running, firstResponseDueAt: iso(500) } });
    const d = conv({ id: 'tinggi', urgency: 'tinggi' });
    expect([c, a, d, b].sort(compareByUrgency).map((x) => x.id)).toEqual([
      'kritis',
      'tinggi',
      'normal-soon',
      'normal-late',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { contributions } from '../../../src/rollups/contributions.js';
import { deriveFacts, type LoggedEvent } from '../../../src/rollups/facts.js';
import { defaultCalendar } from '../../../src/sla/calendar.js';

const cal = defaultCalendar('Asia/Makassar');
const env = {
  calendarOf: () => cal,
  clockOf: (u: string | null) => (u === 'kritis' ? ('24x7' as const) : ('working' as const)),
};
const at = (local: string) => new Date(`${local}+08:00`);
const ev = (
  type: LoggedEvent['type'],
  local: string,
  data: Record<string, unknown> = {},
  extra: Partial<LoggedEvent> = {},
): LoggedEvent => ({
  type,
  at: at(local),
  agencyId: 'pdam',
  actorId: null,
  data,
  ...extra,
});
const start = (created: string, urgency = 'normal', reason = 'rule') => [
  ev('created', created),
  ev('classified', created, { topic: 'infrastruktur', urgency, region: 'samarinda' }),
  ev('routed', created, { reason }),
];
const kase = (created: string, due: Partial<{ firstResponseDueAt: Date; resolutionDueAt: Date }> = {}) => ({
  id: 'c1',
  createdAt: at(created),
  platform: 'whatsapp',
  firstResponseDueAt: due.firstResponseDueAt ?? null,
  resolutionDueAt: due.resolutionDueAt ?? null,
});

describe('deriveFacts', () => {
  it('counts a Friday-evening message answered on Monday as 60 working minutes', () => {
    const facts = deriveFacts(
      kase('2026-03-06T16:00:00'),
      [...start('2026-03-06T16:00:00'), ev('replied', '2026-03-09T08:00:00', {}, { actorId: 'u1' })],
      env,
    );
    const fr = facts.find((f) => f.kind === 'first_response')!;
    expect(fr).toMatchObject({ minutes: 3840, workingMinutes: 60, officerId: 'u1' });
  });

  it('counts kritis round the clock', () => {
    const facts = deriveFacts(
      kase('2026-03-07T22:00:00'),
      [...start('2026-03-07T22:00:00', 'kritis'), ev('replied', '2026-03-07T22:40:00')],
      env,
    );
    expect(facts.find((f) => f.kind === 'first_response')).toMatchObject({ minutes: 40, workingMinutes: 40 });
  });

  it('gives each fact once: arrivals per agency, one reopen, one SLA outcome', () => {
    const events = [
      ...start('2026-03-02T09:00:00'),
      ev('rejected', '2026-03-02T09:30:00', { from: 'routed', to: 'rejected' }, { agencyId: 'humas' }),
      ev('routed', '2026-03-02T09:40:00', { from: 'rejected', to: 'routed' }, { agencyId: 'pupr' }),
      ev('replied', '2026-03-02T10:00:00', {}, { agencyId: 'pupr' }),
      ev(
        'status_changed',
        '2026-03-02T11:00:00',
        { from: 'in_progress', to: 'resolved' },
        { agencyId: 'pupr' },
      ),
      ev(
        'status_changed',
        '2026-03-03T09:00:00',
        { from: 'resolved', to: 'in_progress' },
        { agencyId: 'pupr' },
      ),
      ev(
        'status_changed',
        '2026-03-03T10:00:00',
        { from: 'in_progress', to: 'resolved' },
        { agencyId: 'pupr' },
      ),
      ev(
        'status_changed',
        '2026-03-04T09:00:00',
        { from: 'resolved', to: 'in_progress' },
        { agencyId: 'pupr' },
      ),
    ];
    const facts = deriveFacts(
      kase('2026-03-02T09:00:00', { resolutionDueAt: at('2026-03-09T09:00:00') }),
      events,
      env,
    );
    expect(facts.map((f) => f.key)).toEqual([
      'created:c1',
      'arrived:c1:pdam',
      'arrived:c1:humas',
      'arrived:c1:pupr',
      'first_response:c1',
      'resolved:c1',
      'sla:c1',
      'reopened:c1',
    ]);
    expect(facts.find((f) => f.kind === 'sla')).toMatchObject({ outcome: 'met', agencyId: 'pupr' });
    expect(deriveFacts(kase('2026-03-02T09:00:00'), events.slice(0, 6), env).map((f) => f.key)).toEqual(
      facts.map((f) => f.key).slice(0, 5),
    );
  });

  it('calls a late first reply a breach even when no breach event was written', () => {
    const facts = deriveFacts(
      kase('2026-03-02T09:00:00', { firstResponseDueAt: at('2026-03-02T10:00:00') }),
      [...start('2026-03-02T09:00:00'), ev('replied', '2026-03-02T10:30:00')],
      env,
    );
    expect(facts.find((f) => f.kind === 'sla')).toMatchObject({
      outcome: 'breached',
      at: at('2026-03-02T10:30:00'),
    });
  });

  it('leaves confident spam out until it is restored', () => {
    const spam = [...start('2026-03-02T09:00:00', 'normal', 'spam')];
    expect(deriveFacts(kase('2026-03-02T09:00:00'), spam, env)).toEqual([]);
    const restored = deriveFacts(
      kase('2026-03-02T09:00:00'),
      [...spam, ev('status_changed', '2026-03-02T12:00:00', { from: 'spam', to: 'new' })],
      env,
    );
    expect(restored.map((f) => f.kind)).toEqual(['created', 'arrived']);
  });

  it('puts a fact in the day, ISO week and month of each scope', () => {
    const [created] = deriveFacts(kase('2026-03-01T23:30:00'), start('2026-03-01T23:30:00'), env);
    const keys = contributions(created, { province: 'Asia/Makassar', of: () => 'Asia/Jakarta' }).map(
      (i) => `${i.scope}|${i.dim}|${i.period}|${i.key}`,
    );
    expect(keys).toContain('p|total|day|2026-03-01');
    expect(keys).toContain('p|total|week|2026-W09');
    expect(keys).toContain('p|channel|month|2026-03');
    expect(keys.every((k) => k.startsWith('p|'))).toBe(true); // an agency's volume counts arrivals, not creations
  });
});

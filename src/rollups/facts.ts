// What a case contributes to the rollups, derived from its event log alone (pure): each fact happens at most once
// per case (its key says so), so applying the facts of a case again never counts anything twice, and the drift
// check can derive them again from the log and compare.
//
//   created         the case exists as a non-spam case (province volume by channel, topic, region)
//   arrived         the case reached an agency: on creation, disposisi, transfer or rejection back to humas
//   assigned        the case reached an officer
//   first_response  the first reply: minutes since the case was created, wall clock and on the SLA clock
//   resolved        the first resolution, with the same two durations
//   reopened        the case came back after its first resolution
//   sla             the case's SLA outcome: breached at the first breach (or a late first reply), else met when
//                   first resolved on time; undecided until then. It counts for whoever answered first, else
//                   for the officer holding the case.
import type { FactKind } from '../domain/fact-kinds.js';
import type { Calendar } from '../sla/calendar.js';
import { clockMinutesBetween, type ClockMode } from '../sla/clock.js';

export interface CaseFacts {
  id: string;
  createdAt: Date;
  platform: string;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
}

export interface LoggedEvent {
  type: string;
  at: Date;
  agencyId: string | null;
  actorId: string | null;
  data: Record<string, unknown>;
}

export interface FactEnv {
  calendarOf(agencyId: string): Calendar;
  clockOf(urgency: string | null): ClockMode;
}

export interface Fact {
  key: string;
  kind: FactKind;
  conversationId: string;
  at: Date;
  agencyId: string;
  officerId: string | null;
  channel: string;
  topic: string | null;
  region: string | null;
  urgency: string | null;
  /** Wall-clock and SLA-clock minutes since the case was created (first_response, resolved). */
  minutes?: number;
  workingMinutes?: number;
  outcome?: 'met' | 'breached';
}

const FINISHED = new Set(['resolved', 'closed']);
const MINUTE = 60_000;

interface Labels {
  topic: string | null;
  region: string | null;
  urgency: string | null;
}

/** A reclassification by the system names one field; one by an officer carries the fields it changed. */
function applyReclassification(labels: Labels, data: Record<string, unknown>) {
  const after = (data.after ?? {}) as Partial<Labels>;
  for (const field of ['topic', 'region', 'urgency'] as const) {
    if (data.field === field) labels[field] = (data.to as string) ?? null;
    else if (after[field] !== undefined) labels[field] = after[field] ?? null;
  }
}

export function deriveFacts(c: CaseFacts, events: LoggedEvent[], env: FactEnv): Fact[] {
  const facts: Fact[] = [];
  const classified = events.find((e) => e.type === 'classified')?.data ?? {};
  const labels: Labels = {
    topic: (classified.topic as string) ?? null,
    region: (classified.region as string) ?? null,
    urgency: (classified.urgency as string) ?? null,
  };
  const firstRouted = events.find((e) => e.type === 'routed');
  let spam = firstRouted?.data.reason === 'spam';
  let agency: string | null = null;
  let created = false;
  let firstResponder: string | null = null;
  let assignee: string | null = null;
  let firstReplyAt: Date | null = null;
  let resolvedAt: Date | null = null;
  let reopened = false;
  let breachAt: Date | null = null;
  const arrived = new Set<string>();
  const assigned = new Set<string>();

  const fact = (kind: FactKind, key: string, at: Date, extra: Partial<Fact> = {}): Fact => ({
    key: `${kind}:${c.id}${key}`,
    kind,
    conversationId: c.id,
    at,
    agencyId: agency!,
    officerId: null,
    channel: c.platform,
    ...labels,
    ...extra,
  });
  const durations = (at: Date) => ({
    minutes: Math.max(0, (at.getTime() - c.createdAt.getTime()) / MINUTE),
    workingMinutes: clockMinutesBetween(
      c.createdAt,
      at,
      env.clockOf(labels.urgency),
      env.calendarOf(agency!),
    ),
  });

  for (const e of events) {
    if (e.type === 'reclassified') applyReclassification(labels, e.data);
    if (e.agencyId) agency = e.agencyId;
    if (!agency) continue;
    const to = e.data.to as string | undefined;
    const from = e.data.from as string | undefined;
    if (to === 'spam') spam = true;
    else if (from === 'spam' && to) spam = false;
    if (spam) continue;

    if (!created) {
      created = true;
      facts.push(fact('created', '', c.createdAt));
    }
    if (!arrived.has(agency)) {
      arrived.add(agency);
      facts.push(fact('arrived', `:${agency}`, e.type === 'created' ? c.createdAt : e.at));
    }
    const userId = e.data.userId as string | null | undefined;
    if (e.type === 'assigned') assignee = userId ?? null;
    if (e.type === 'unassigned') assignee = null;
    if (e.type === 'assigned' && userId && !assigned.has(userId)) {
      assigned.add(userId);
      facts.push(fact('assigned', `:${userId}`, e.at, { officerId: userId }));
    }
    if (e.type === 'replied' && !firstReplyAt) {
      firstReplyAt = e.at;
      firstResponder = e.actorId;
      facts.push(fact('first_response', '', e.at, { officerId: e.actorId, ...durations(e.at) }));
      if (c.firstResponseDueAt && e.at > c.firstResponseDueAt && !breachAt) breachAt = e.at;
    }
    if (e.type === 'sla_breach' && !breachAt) breachAt = e.at;
    if (to === 'resolved' && !resolvedAt) {
      resolvedAt = e.at;
      facts.push(fact('resolved', '', e.at, { officerId: e.actorId, ...durations(e.at) }));
    }
    if (resolvedAt && !reopened && from && FINISHED.has(from) && to && !FINISHED.has(to)) {
      reopened = true;
      facts.push(fact('reopened', '', e.at, { officerId: e.actorId }));
    }
    const decided = facts.some((f) => f.kind === 'sla');
    if (!decided && breachAt && (!resolvedAt || breachAt <= resolvedAt)) {
      facts.push(fact('sla', '', breachAt, { officerId: firstResponder ?? assignee, outcome: 'breached' }));
    } else if (!decided && resolvedAt && e.at === resolvedAt && firstReplyAt) {
      const late = c.resolutionDueAt !== null && resolvedAt > c.resolutionDueAt;
      facts.push(
        fact('sla', '', resolvedAt, { officerId: firstResponder, outcome: late ? 'breached' : 'met' }),
      );
    }
  }
  return facts;
}

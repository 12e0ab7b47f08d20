// Loads what deriveFacts needs about cases: the case, its event log, and the calendars, clocks and time zones of
// the agencies involved. Shared by the incremental apply and the drift check, so both derive the same facts.
import { cached } from '../cache/reference-data.js';
import { URGENCIES } from '../domain/labels.js';
import { agencyCalendar, slaPolicyFor } from '../sla/agency-calendar.js';
import type { Calendar } from '../sla/calendar.js';
import { ConversationModel, EventModel } from '../store/index.js';
import type { Zones } from './contributions.js';
import { deriveFacts, type CaseFacts, type Fact, type LoggedEvent } from './facts.js';

const DEFAULT_ZONE = 'Asia/Makassar';
const id = (v: unknown) => (v ? String(v) : null);

export interface FactContext {
  zones: Zones;
  calendars: Map<string, Calendar>;
  clocks: Map<string, 'working' | '24x7'>;
}

/** Time zones, calendars and SLA clocks of the given agencies (and the province's zone: the humas desk's). */
export async function loadFactContext(agencyIds: Iterable<string>): Promise<FactContext> {
  const ids = [...new Set(agencyIds)];
  const agencies = await cached.agencies();
  const zoneOf = new Map(agencies.map((a) => [String(a._id), a.timezone ?? DEFAULT_ZONE]));
  const province = agencies.find((a) => a.isHumas)?.timezone ?? DEFAULT_ZONE;
  const calendars = new Map<string, Calendar>();
  for (const a of ids) calendars.set(a, await agencyCalendar(a));
  const clocks = new Map<string, 'working' | '24x7'>();
  for (const urgency of URGENCIES) clocks.set(urgency, (await slaPolicyFor(urgency)).clock);
  return { zones: { province, of: (a) => zoneOf.get(a) ?? province }, calendars, clocks };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function toCaseFacts(conv: any): CaseFacts {
  return {
    id: String(conv._id),
    createdAt: new Date(conv.createdAt),
    platform: conv.platform,
    firstResponseDueAt: conv.sla?.firstResponseDueAt ? new Date(conv.sla.firstResponseDueAt) : null,
    resolutionDueAt: conv.sla?.resolutionDueAt ? new Date(conv.sla.resolutionDueAt) : null,
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function toLoggedEvent(e: any): LoggedEvent {
  return {
    type: e.type,
    at: new Date(e.createdAt),
    agencyId: id(e.agencyId),
    actorId: id(e.actorId),
    data: (e.data ?? {}) as Record<string, unknown>,
  };
}

export function factsOf(c: CaseFacts, events: LoggedEvent[], ctx: FactContext): Fact[] {
  return deriveFacts(c, events, {
    calendarOf: (a) => ctx.calendars.get(a)!,
    clockOf: (u) => ctx.clocks.get(u ?? 'normal') ?? 'working',
  });
}

/** Each case that still exists with its whole event log, oldest first: two reads for any number of cases. */
export async function loadCases(conversationIds: string[]) {
  const convs = await ConversationModel.find({ _id: { $in: conversationIds } })
    .select('createdAt platform sla.firstResponseDueAt sla.resolutionDueAt')
    .lean();
  if (convs.length === 0) return [];
  const events = await EventModel.find({ conversationId: { $in: convs.map((c) => c._id) } })
    .select('conversationId type createdAt agencyId actorId data')
    .sort({ createdAt: 1, _id: 1 })
    .lean();
  const logs = new Map(convs.map((c) => [String(c._id), [] as LoggedEvent[]]));
  for (const e of events) logs.get(String(e.conversationId))?.push(toLoggedEvent(e));
  return convs.map((c) => ({ facts: toCaseFacts(c), events: logs.get(String(c._id))! }));
}

// The drift check: derive every fact of a period again from the event log, add them up as the rollups should
// be, and compare with what is stored — the fact records (missing, unexpected, changed) and the day documents
// lying wholly inside the period (every counter and histogram bucket). `repair` applies the missing facts.
import { DateTime } from 'luxon';
import { ConversationModel, EventModel, RollupFactModel, RollupModel } from '../store/index.js';
import { applyFacts, factDocument, foldIncrements } from './apply.js';
import { loadFactContext, toCaseFacts, toLoggedEvent, factsOf } from './case-input.js';
import { contributions, PROVINCE, type Zones } from './contributions.js';
import type { Fact } from './facts.js';

const DAY = 86_400_000;
const CHUNK = 200;
const EXAMPLES = 20;

export interface DriftReport {
  from: Date;
  to: Date;
  cases: number;
  facts: { derived: number; stored: number; missing: string[]; unexpected: string[]; changed: string[] };
  documents: { checked: number; drifted: { id: string; field: string; expected: number; actual: number }[] };
  repaired: number;
}

async function casesTouching(from: Date, to: Date): Promise<string[]> {
  const [events, created] = await Promise.all([
    EventModel.find({
      createdAt: { $gte: new Date(from.getTime() - DAY), $lt: new Date(to.getTime() + DAY) },
    })
      .select('conversationId')
      .lean(),
    ConversationModel.find({ createdAt: { $gte: from, $lt: to } })
      .select('_id')
      .lean(),
  ]);
  return [...new Set([...events.map((e) => String(e.conversationId)), ...created.map((c) => String(c._id))])];
}

async function deriveAll(ids: string[]) {
  const loaded: { conv: ReturnType<typeof toCaseFacts>; events: ReturnType<typeof toLoggedEvent>[] }[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const [convs, events] = await Promise.all([
      ConversationModel.find({ _id: { $in: chunk } })
        .select('createdAt platform sla.firstResponseDueAt sla.resolutionDueAt')
        .lean(),
      EventModel.find({ conversationId: { $in: chunk } })
        .select('conversationId type createdAt agencyId actorId data')
        .sort({ createdAt: 1, _id: 1 })
        .lean(),
    ]);
    const byCase = new Map<string, typeof events>();
    for (const e of events)
      byCase.set(String(e.conversationId), [...(byCase.get(String(e.conversationId)) ?? []), e]);
    for (const c of convs) {
      loaded.push({ conv: toCaseFacts(c), events: (byCase.get(String(c._id)) ?? []).map(toLoggedEvent) });
    }
  }
  const agencies = loaded.flatMap((l) => l.events.map((e) => e.agencyId)).filter((a): a is string => !!a);
  const ctx = await loadFactContext(agencies);
  return {
    facts: loaded.flatMap((l) => factsOf(l.conv, l.events, ctx)),
    zones: ctx.zones,
    cases: loaded.length,
  };
}

/** The day documents whose local day lies wholly inside [from, to), with what the facts say they should hold. */
function expectedDayDocuments(facts: Fact[], zones: Zones, from: Date, to: Date) {
  const inside = (scope: string, day: string) => {
    const start = DateTime.fromISO(day, { zone: scope === PROVINCE ? zones.province : zones.of(scope) });
    return start.toMillis() >= from.getTime() && start.plus({ days: 1 }).toMillis() <= to.getTime();
  };
  const days = facts
    .flatMap((f) => contributions(f, zones))
    .filter((i) => i.period === 'day' && inside(i.scope, i.key));
  return new Map(foldIncrements(days).map((op) => [op.updateOne.filter._id, op.updateOne.update.$inc]));
}

function flatten(doc: Record<string, unknown>, prefix = '', out: Record<string, number> = {}) {
  for (const [k, v] of Object.entries(doc)) {
    if (typeof v === 'number') out[`${prefix}${k}`] = v;
    else if (v && typeof v === 'object') flatten(v as Record<string, unknown>, `${prefix}${k}.`, out);
  }
  return out;
}

export async function checkDrift(
  from: Date,
  to: Date,
  opts: { repair?: boolean } = {},
): Promise<DriftReport> {
  const { facts: all, zones, cases } = await deriveAll(await casesTouching(from, to));
  const derived = all.filter((f) => f.at >= from && f.at < to);
  const stored = await RollupFactModel.find({ at: { $gte: from, $lt: to } }).lean();
  const storedById = new Map(stored.map((s) => [String(s._id), s]));
  const derivedKeys = new Set(derived.map((f) => f.key));
  const missing = derived.filter((f) => !storedById.has(f.key));
  const comparable = (doc: object) => {
    const { kind, agencyId, officerId, channel, topic, region, outcome } = doc as Record<string, unknown>;
    return JSON.stringify([
      kind,
      String(agencyId),
      officerId ? String(officerId) : null,
      channel,
      topic ?? null,
      region ?? null,
      outcome ?? null,
    ]);
  };
  const changed = derived.filter(
    (f) => storedById.has(f.key) && comparable(factDocument(f, zones)) !== comparable(storedById.get(f.key)!),
  );

  const expected = expectedDayDocuments(derived, zones, from, to);
  const actualDocs = await RollupModel.find({ _id: { $in: [...expected.keys()] } }).lean();
  const actual = new Map(actualDocs.map((d) => [String(d._id), flatten({ c: d.c, h: d.h, hw: d.hw })]));
  const drifted: DriftReport['documents']['drifted'] = [];
  for (const [id, inc] of expected) {
    const have = actual.get(id) ?? {};
    for (const field of new Set([...Object.keys(inc), ...Object.keys(have)])) {
      if ((inc[field] ?? 0) !== (have[field] ?? 0))
        drifted.push({ id, field, expected: inc[field] ?? 0, actual: have[field] ?? 0 });
    }
  }
  if (opts.repair) await applyFacts(missing, zones);
  return {
    from,
    to,
    cases,
    facts: {
      derived: derived.length,
      stored: stored.length,
      missing: missing.map((f) => f.key).slice(0, EXAMPLES),
      unexpected: stored
        .map((s) => String(s._id))
        .filter((k) => !derivedKeys.has(k))
        .slice(0, EXAMPLES),
      changed: changed.map((f) => f.key).slice(0, EXAMPLES),
    },
    documents: { checked: expected.size, drifted: drifted.slice(0, EXAMPLES) },
    repaired: opts.repair ? missing.length : 0,
  };
}

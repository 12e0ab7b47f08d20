// Brings the rollups up to date with some cases: derive their facts from the event log, keep those not applied yet,
// and add them — the fact records and every $inc — in one transaction. Run it again, after a crash or for another
// event of the same case, and it finds the facts already recorded: nothing is counted twice.
import mongoose from 'mongoose';
import { childLog } from '../log.js';
import { RollupFactModel, RollupModel } from '../store/index.js';
import { loadCases, loadFactContext, factsOf } from './case-input.js';
import { contributions, rollupId, type Increment, type Zones } from './contributions.js';
import type { Fact } from './facts.js';
import { periodKeys } from './periods.js';
import { isDuplicateKey } from '../store/errors.js';

const log = childLog('rollups');

// Rollups and facts are keyed by readable strings, not ObjectIds.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type StringKeyed = { _id: string } & Record<string, any>;
const rollups = () => RollupModel.collection as unknown as mongoose.mongo.Collection<StringKeyed>;
const factRecords = () => RollupFactModel.collection as unknown as mongoose.mongo.Collection<StringKeyed>;

export function factDocument(f: Fact, zones: Zones) {
  return {
    _id: f.key,
    kind: f.kind,
    conversationId: new mongoose.Types.ObjectId(f.conversationId),
    at: f.at,
    agencyId: new mongoose.Types.ObjectId(f.agencyId),
    officerId: f.officerId ? new mongoose.Types.ObjectId(f.officerId) : null,
    channel: f.channel,
    topic: f.topic,
    region: f.region,
    urgency: f.urgency,
    minutes: f.minutes,
    workingMinutes: f.workingMinutes,
    outcome: f.outcome,
    provinceMonth: periodKeys(f.at, zones.province).month,
    agencyMonth: periodKeys(f.at, zones.of(f.agencyId)).month,
  };
}

/** Increments of several facts folded per document: one upsert per document touched. */
export function foldIncrements(incs: Increment[]) {
  const byId = new Map<string, Increment>();
  for (const i of incs) {
    const id = rollupId(i);
    const seen = byId.get(id);
    if (!seen) byId.set(id, { ...i, inc: { ...i.inc } });
    else for (const [k, n] of Object.entries(i.inc)) seen.inc[k] = (seen.inc[k] ?? 0) + n;
  }
  return [...byId.entries()].map(([_id, i]) => ({
    updateOne: {
      filter: { _id },
      update: {
        $inc: i.inc,
        $setOnInsert: { scope: i.scope, dim: i.dim, value: i.value, period: i.period, key: i.key },
      },
      upsert: true,
    },
  }));
}

const noTransactions = (err: unknown) =>
  (err as { code?: number }).code === 20 ||
  /Transaction numbers are only allowed/i.test((err as Error).message ?? '');
let warnedNoTransactions = false;

/** Records the facts and applies their increments atomically (or, on a server without transactions, in order). */
export async function applyFacts(facts: Fact[], zones: Zones): Promise<void> {
  if (facts.length === 0) return;
  const docs = facts.map((f) => factDocument(f, zones));
  const ops = foldIncrements(facts.flatMap((f) => contributions(f, zones)));
  try {
    await mongoose.connection.transaction(async (session) => {
      await factRecords().insertMany(docs, { session });
      await rollups().bulkWrite(ops, { session, ordered: false });
    });
  } catch (err) {
    if (!noTransactions(err)) throw err;
    if (!warnedNoTransactions) {
      warnedNoTransactions = true;
      log.warn(
        'MongoDB without transactions (not a replica set): rollups are at-most-once; run the drift check',
      );
    }
    // Facts first: a crash between the two loses increments (the drift check finds them), never doubles them.
    await factRecords().insertMany(docs);
    await rollups().bulkWrite(ops, { ordered: false });
  }
}

/** Returns the facts it applied (none when the cases were already up to date). */
export async function reconcileCases(conversationIds: string[]): Promise<Fact[]> {
  if (conversationIds.length === 0) return [];
  try {
    return await reconcileOnce(conversationIds);
  } catch (err) {
    // Another worker applied some of the same facts in between: read again, apply what is left.
    if (!isDuplicateKey(err)) throw err;
    return reconcileOnce(conversationIds);
  }
}

async function reconcileOnce(conversationIds: string[]): Promise<Fact[]> {
  const cases = await loadCases(conversationIds);
  const agencies = cases
    .flatMap((c) => c.events.map((e) => e.agencyId))
    .filter((a): a is string => Boolean(a));
  const ctx = await loadFactContext(agencies);
  const facts = cases.flatMap((c) => factsOf(c.facts, c.events, ctx));
  if (facts.length === 0) return [];
  const known = await RollupFactModel.find({ _id: { $in: facts.map((f) => f.key) } })
    .select('_id')
    .lean();
  const done = new Set(known.map((k) => String(k._id)));
  const fresh = facts.filter((f) => !done.has(f.key));
  await applyFacts(fresh, ctx.zones);
  return fresh;
}

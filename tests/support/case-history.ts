// Writes a case and its event log as the pipeline and the workflow would have, at chosen times, then hands the
// events to the event hook (announceCaseEvents): what the rollups make of it is then exactly what production does.
import { Types } from 'mongoose';
import { announceCaseEvents } from '../../src/events/listeners.js';
import { AgencyModel, ConversationModel, EventModel, RollupFactModel } from '../../src/store/index.js';
import { createRedis } from '../../src/queue/redis.js';
import { readPending } from '../../src/rollups/pending.js';
import { waitFor } from './app.js';

export interface HistoryStep {
  at: string | Date;
  type: string;
  actorId?: string | null;
  /** Defaults to the agency holding the case at that point. */
  agencyCode?: string;
  data?: Record<string, unknown>;
}

export interface CaseSpec {
  agencyCode: string;
  createdAt: string | Date;
  platform?: string;
  topic?: string;
  urgency?: string;
  region?: string | null;
  status?: string;
  firstResponseDueAt?: string | Date;
  resolutionDueAt?: string | Date;
  steps?: HistoryStep[];
  /** Only write the case and its events (no hook call): as if the hook had failed. */
  silent?: boolean;
}

let seq = 0;
const agencyIds = new Map<string, Types.ObjectId>();

export async function agencyIdOf(code: string): Promise<Types.ObjectId> {
  if (!agencyIds.has(code)) {
    const a = await AgencyModel.findOne({ code }).select('_id').lean();
    if (!a) throw new Error(`no agency ${code}`);
    agencyIds.set(code, a._id);
  }
  return agencyIds.get(code)!;
}

export async function writeCase(spec: CaseSpec): Promise<{ id: string; ticketNumber: string }> {
  seq += 1;
  const createdAt = new Date(spec.createdAt);
  const agencyId = await agencyIdOf(spec.agencyCode);
  const _id = new Types.ObjectId();
  const ticketNumber = `ASP-2026-8${String(seq).padStart(5, '0')}`;
  await ConversationModel.collection.insertOne({
    _id,
    ticketNumber,
    threadRef: `generic:history:${_id.toHexString()}`,
    platform: spec.platform ?? 'whatsapp',
    accountId: 'history',
    visibility: 'private',
    contactId: new Types.ObjectId(),
    status: spec.status ?? 'in_progress',
    topic: spec.topic ?? 'infrastruktur',
    urgency: spec.urgency ?? 'normal',
    region: spec.region === undefined ? 'samarinda' : spec.region,
    agencyId,
    lastMessageAt: createdAt,
    createdAt,
    updatedAt: createdAt,
    sla: {
      firstResponseDueAt: spec.firstResponseDueAt ? new Date(spec.firstResponseDueAt) : null,
      resolutionDueAt: spec.resolutionDueAt ? new Date(spec.resolutionDueAt) : null,
    },
  });
  let holder = agencyId;
  const events = [
    { type: 'created', createdAt, agencyId, data: { platform: spec.platform ?? 'whatsapp' } },
    {
      type: 'classified',
      createdAt,
      agencyId,
      data: {
        topic: spec.topic ?? 'infrastruktur',
        urgency: spec.urgency ?? 'normal',
        region: spec.region === undefined ? 'samarinda' : spec.region,
      },
    },
    { type: 'routed', createdAt, agencyId, data: { reason: 'rule', agencyId: String(agencyId) } },
  ].map((e) => ({ ...e, conversationId: _id, actorId: null }));
  for (const s of spec.steps ?? []) {
    if (s.agencyCode) holder = await agencyIdOf(s.agencyCode);
    events.push({
      conversationId: _id,
      type: s.type,
      createdAt: new Date(s.at),
      agencyId: holder,
      actorId: s.actorId ? new Types.ObjectId(s.actorId) : null,
      data: s.data ?? {},
    } as (typeof events)[number]);
  }
  const docs = await EventModel.insertMany(events);
  if (!spec.silent) await announceCaseEvents(...docs);
  return { id: String(_id), ticketNumber };
}

/** Waits until the cases' facts are recorded and their rollups written: a drain (src/rollups/pending.ts) forgets
 *  a case only after both, and facts alone are visible before the rollups they feed when MongoDB has no
 *  transactions, so a report read on facts alone can see nothing yet. */
export async function waitForFacts(
  app: { config: { REDIS_URL: string; QUEUE_PREFIX: string } },
  conversationIds: string[],
  count: number,
  timeoutMs = 30_000,
) {
  const filter = { conversationId: { $in: conversationIds.map((id) => new Types.ObjectId(id)) } };
  const redis = createRedis(app.config.REDIS_URL);
  try {
    // Every case among them too: a case's facts arrive together (one transaction), and the total alone can be
    // reached while the last case is still queued when the others derive more facts than counted.
    await waitFor(async () => {
      const [n, cases, pending] = await Promise.all([
        RollupFactModel.countDocuments(filter),
        RollupFactModel.distinct('conversationId', filter),
        readPending(redis, app.config.QUEUE_PREFIX, 10_000),
      ]);
      const waiting = new Set(pending.map((p) => p.id));
      return (
        n >= count &&
        cases.length === new Set(conversationIds).size &&
        conversationIds.every((id) => !waiting.has(id))
      );
    }, timeoutMs);
  } finally {
    redis.disconnect();
  }
}

// Reads for the reports: plain finds with projections bounded by the period, aggregated in JS (the test database
// computes $project/$dateToString wrongly and has no $avg, and real MongoDB gains little at this volume).
import { Types } from 'mongoose';
import { AgencyModel, ConversationModel, EventModel, OPEN_STATUSES, UserModel } from '../store/index.js';
import { UNKNOWN_KEY, type GroupBy, type ReportCase } from './case-metrics.js';

const CASE_FIELDS =
  '_id createdAt firstRespondedAt resolvedAt status urgency agencyId assigneeId platform topic region ' +
  'sla.firstResponseDueAt sla.resolutionDueAt sla.firstResponseBreached sla.resolutionBreached';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;

const idOrNull = (v: unknown) => (v ? String(v) : null);

/** Conversations created in [from, to) that the scope allows, with the officer who answered first. */
export async function loadCases(scope: Record<string, unknown>, from: Date, to: Date): Promise<ReportCase[]> {
  const docs: Doc[] = await ConversationModel.find({ ...scope, createdAt: { $gte: from, $lt: to } })
    .select(CASE_FIELDS)
    .lean();
  const firstResponder = await firstResponders(from);
  return docs.map((d) => ({
    id: String(d._id),
    createdAt: new Date(d.createdAt),
    firstRespondedAt: d.firstRespondedAt ? new Date(d.firstRespondedAt) : null,
    resolvedAt: d.resolvedAt ? new Date(d.resolvedAt) : null,
    firstResponseDueAt: d.sla?.firstResponseDueAt ? new Date(d.sla.firstResponseDueAt) : null,
    resolutionDueAt: d.sla?.resolutionDueAt ? new Date(d.sla.resolutionDueAt) : null,
    firstResponseBreached: Boolean(d.sla?.firstResponseBreached),
    resolutionBreached: Boolean(d.sla?.resolutionBreached),
    status: d.status,
    urgency: d.urgency ?? null,
    agencyId: String(d.agencyId),
    officerId: firstResponder.get(String(d._id)) ?? idOrNull(d.assigneeId),
    platform: d.platform,
    topic: d.topic ?? null,
    region: d.region ?? null,
  }));
}

/** conversationId -> the user who sent its first reply (replies to cases of the period happen after it began). */
async function firstResponders(since: Date): Promise<Map<string, string>> {
  const events: Doc[] = await EventModel.find({ type: 'replied', createdAt: { $gte: since } })
    .select('conversationId actorId createdAt')
    .sort({ createdAt: 1 })
    .lean();
  const map = new Map<string, string>();
  for (const e of events) {
    const key = String(e.conversationId);
    if (!map.has(key) && e.actorId) map.set(key, String(e.actorId));
  }
  return map;
}

export async function loadOpenCases(scope: Record<string, unknown>) {
  const docs: Doc[] = await ConversationModel.find({ ...scope, status: { $in: [...OPEN_STATUSES] } })
    .select('createdAt urgency')
    .lean();
  return docs.map((d) => ({
    createdAt: new Date(d.createdAt),
    urgency: (d.urgency as string | null) ?? null,
  }));
}

/** Human labels for group keys: agency and officer ids become names; other codes stay codes (the UI names them). */
export async function labelsFor(by: GroupBy, keys: string[]): Promise<(key: string) => string> {
  const ids = keys.filter((k) => Types.ObjectId.isValid(k));
  let names = new Map<string, string>();
  if (by === 'agency') {
    const agencies = await AgencyModel.find({ _id: { $in: ids } })
      .select('shortName')
      .lean();
    names = new Map(agencies.map((a) => [String(a._id), a.shortName]));
  } else if (by === 'officer') {
    const users = await UserModel.find({ _id: { $in: ids } })
      .select('name')
      .lean();
    names = new Map(users.map((u) => [String(u._id), u.name]));
  }
  const unknown = by === 'officer' ? 'Belum ditugaskan' : 'Tidak diketahui';
  return (key) => (key === UNKNOWN_KEY ? unknown : (names.get(key) ?? key));
}

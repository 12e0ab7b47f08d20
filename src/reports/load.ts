// Reads for the reports beside the rollups: the open cases (the backlog is a state, not a history) and names.
import { Types } from 'mongoose';
import { AgencyModel, ConversationModel, OPEN_STATUSES, UserModel } from '../store/index.js';
import { UNKNOWN_KEY, type GroupBy } from './case-metrics.js';

export async function loadOpenCases(scope: Record<string, unknown>) {
  const docs = await ConversationModel.find({ ...scope, status: { $in: [...OPEN_STATUSES] } })
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

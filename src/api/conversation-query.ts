// Inbox list filters and cursor paging, as a pure translation from query string to a Mongo query.
import { Types } from 'mongoose';
import { z } from 'zod';
import { seesAllAgencies, type Actor } from '../auth/access.js';
import { CONVERSATION_STATUSES, PLATFORMS, TOPICS, URGENCIES } from '../domain/labels.js';
import type { ConversationDoc } from '../store/index.js';

const csvOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values)))
    .optional();

const objectId = z.string().refine((v) => Types.ObjectId.isValid(v), 'id tidak valid');

export const listQuerySchema = z.object({
  status: csvOf(CONVERSATION_STATUSES),
  topic: csvOf(TOPICS),
  urgency: csvOf(URGENCIES),
  platform: csvOf(PLATFORMS),
  region: z.string().optional(),
  agencyId: objectId.optional(),
  assignee: z.union([z.enum(['me', 'unassigned']), objectId]).optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(['recent', 'urgency']).default('recent'),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Cursor = { t: string; id: string } | { skip: number };
const encode = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
function decode(cursor: string): Cursor | null {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Cursor;
  } catch {
    return null;
  }
}

export function buildListQuery(actor: Actor, q: ListQuery, scope: Record<string, unknown>) {
  const and: Record<string, unknown>[] = [scope];
  if (q.agencyId) and.push({ agencyId: new Types.ObjectId(q.agencyId) });
  if (q.status?.length) and.push({ status: { $in: q.status } });
  if (q.topic?.length) and.push({ topic: { $in: q.topic } });
  if (q.urgency?.length) and.push({ urgency: { $in: q.urgency } });
  if (q.platform?.length) and.push({ platform: { $in: q.platform } });
  if (q.region) and.push({ region: q.region });
  if (q.assignee === 'me') and.push({ assigneeId: new Types.ObjectId(actor.id) });
  else if (q.assignee === 'unassigned') and.push({ assigneeId: null });
  else if (q.assignee) and.push({ assigneeId: new Types.ObjectId(q.assignee) });
  if (q.q) {
    const re = new RegExp(escapeRegex(q.q.toLowerCase()), 'i');
    and.push({ $or: [{ searchText: re }, { ticketNumber: q.q.toUpperCase() }] });
  }
  const cursor = q.cursor ? decode(q.cursor) : null;
  if (q.sort === 'recent' && cursor && 't' in cursor && Types.ObjectId.isValid(cursor.id)) {
    const t = new Date(cursor.t);
    const id = new Types.ObjectId(cursor.id);
    and.push({ $or: [{ lastMessageAt: { $lt: t } }, { lastMessageAt: t, _id: { $lt: id } }] });
  }
  const skip = q.sort === 'urgency' && cursor && 'skip' in cursor ? Math.max(0, cursor.skip) : 0;
  const sort: Record<string, 1 | -1> =
    q.sort === 'urgency'
      ? { urgencyRank: 1, 'sla.firstResponseDueAt': 1, lastMessageAt: -1, _id: -1 }
      : { lastMessageAt: -1, _id: -1 };
  return {
    filter: { $and: and },
    sort,
    skip,
    limit: q.limit,
    seesAll: seesAllAgencies(actor),
    nextCursor: (page: ConversationDoc[]) => {
      const last = page[page.length - 1];
      return q.sort === 'urgency'
        ? encode({ skip: skip + page.length })
        : encode({ t: new Date(last.lastMessageAt).toISOString(), id: String(last._id) });
    },
  };
}

// Reading the audit log: newest first over a period, filtered, with a cursor; and the same rows for export.
import { Types } from 'mongoose';
import { AuditEntryModel } from '../store/index.js';
import type { AuditAction } from '../domain/audit-actions.js';

export interface AuditFilter {
  from?: Date;
  to?: Date;
  action?: AuditAction;
  actorId?: string;
}

function mongoFilter(f: AuditFilter, before?: { at: Date; id: string }) {
  const at: Record<string, Date> = {};
  if (f.from) at.$gte = f.from;
  if (f.to) at.$lt = f.to;
  const filter: Record<string, unknown> = {};
  if (Object.keys(at).length) filter.at = at;
  if (f.action) filter.action = f.action;
  if (f.actorId) filter['actor.id'] = f.actorId;
  if (before) {
    filter.$or = [
      { at: { ...at, $lt: before.at } },
      { at: before.at, _id: { $lt: new Types.ObjectId(before.id) } },
    ];
  }
  return filter;
}

export const encodeCursor = (e: { at: Date; _id: unknown }) =>
  Buffer.from(`${e.at.toISOString()}|${String(e._id)}`).toString('base64url');

export function decodeCursor(cursor: string): { at: Date; id: string } | null {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(iso ?? '');
  return Number.isNaN(at.getTime()) || !id || !Types.ObjectId.isValid(id) ? null : { at, id };
}

export async function listAudit(f: AuditFilter, limit: number, cursor?: { at: Date; id: string }) {
  const docs = await AuditEntryModel.find(mongoFilter(f, cursor))
    .sort({ at: -1, _id: -1 })
    .limit(limit + 1)
    .lean();
  const page = docs.slice(0, limit);
  return { page, nextCursor: docs.length > limit ? encodeCursor(page[page.length - 1]!) : null };
}

/** Export is bounded: an inspector asks for a period, not for everything ever. */
export const EXPORT_MAX_ROWS = 50_000;

export async function exportAudit(f: AuditFilter) {
  return AuditEntryModel.find(mongoFilter(f)).sort({ at: -1, _id: -1 }).limit(EXPORT_MAX_ROWS).lean();
}

export function auditView(e: Awaited<ReturnType<typeof exportAudit>>[number]) {
  return {
    id: String(e._id),
    at: e.at,
    action: e.action,
    actor: e.actor ?? null,
    target: e.target,
    agencyId: e.agencyId ?? null,
    ip: e.ip ?? null,
    data: e.data ?? {},
  };
}

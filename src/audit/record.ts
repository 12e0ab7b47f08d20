// Writing to the audit log. One function, so every entry has the same shape and a listed action.
import type { Actor } from '../domain/actor.js';
import { AuditEntryModel } from '../store/index.js';
import { AUDIT_ACTIONS, type AuditAction } from '../domain/audit-actions.js';

/** Who is acting and from where; built once per request (src/api/audit.ts: auditContext). */
export interface AuditContext {
  actor: Pick<Actor, 'id' | 'name' | 'role' | 'agencyId'> | null;
  ip?: string;
}

export const SYSTEM: AuditContext = { actor: null };

export async function recordAudit(
  who: AuditContext,
  action: AuditAction,
  target: { id?: string; label?: string },
  extra: { agencyId?: string | null; data?: Record<string, unknown> } = {},
): Promise<void> {
  const { actor } = who;
  await AuditEntryModel.create({
    action,
    actor: actor ? { id: actor.id, name: actor.name, role: actor.role, agencyId: actor.agencyId } : null,
    target: { kind: AUDIT_ACTIONS[action], ...target },
    agencyId: extra.agencyId ?? null,
    ip: who.ip,
    data: extra.data ?? {},
  });
}

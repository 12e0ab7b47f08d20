import { Schema, model, type InferSchemaType } from 'mongoose';
import { AUDIT_ACTION_NAMES } from '../domain/audit-actions.js';

/**
 * The inspector's log (logins, user and role changes, rules, SLA, channel accounts, exports, personal-data access).
 * Append-only; separate from the per-case Event history, which it does not repeat.
 */
const auditEntrySchema = new Schema({
  at: { type: Date, default: () => new Date() },
  action: { type: String, enum: AUDIT_ACTION_NAMES, required: true },
  /** Who did it; null for an anonymous attempt (a failed login) or the system (the retention job). */
  actor: {
    type: new Schema({ id: String, name: String, role: String, agencyId: String }, { _id: false }),
    default: null,
  },
  target: {
    type: new Schema({ kind: String, id: String, label: String }, { _id: false }),
    required: true,
  },
  /** The agency whose data was touched, when there is one (views outside one's own agency). */
  agencyId: { type: String, default: null },
  ip: String,
  data: { type: Schema.Types.Mixed, default: {} },
});

// The admin's list and export, newest first over a period: find({ at: { $gte, $lt } }).sort({ at: -1, _id: -1 }).
auditEntrySchema.index({ at: -1, _id: -1 });
// Filtered by action: find({ action, at: { $gte, $lt } }).sort({ at: -1 }).
auditEntrySchema.index({ action: 1, at: -1 });
// Everything one person did: find({ 'actor.id': id }).sort({ at: -1 }).
auditEntrySchema.index({ 'actor.id': 1, at: -1 });

export type AuditEntry = InferSchemaType<typeof auditEntrySchema>;
export const AuditEntryModel = model('AuditEntry', auditEntrySchema);

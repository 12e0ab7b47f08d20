// The audit vocabulary: every action an inspector can ask about, with the kind of thing it acts on.
// Written only through recordAudit (src/audit/record.ts), so a new action must be listed here first.
export const AUDIT_ACTIONS = {
  'login.succeeded': 'user',
  'login.failed': 'user',
  'login.locked': 'user',
  'session.ended': 'session',
  'user.created': 'user',
  'user.updated': 'user',
  'user.password_changed': 'user',
  'routing_rule.created': 'routing_rule',
  'routing_rule.updated': 'routing_rule',
  'routing_rule.deleted': 'routing_rule',
  'sla_policy.updated': 'sla_policy',
  'channel_account.saved': 'channel_account',
  'report.exported': 'report',
  'audit.exported': 'audit_log',
  'personal_data.viewed': 'conversation',
  'personal_data.exported': 'contact',
  'personal_data.erased': 'contact',
  'personal_data.anonymised': 'contact',
  'correction.reviewed': 'correction',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;
export type AuditTargetKind = (typeof AUDIT_ACTIONS)[AuditAction];
export const AUDIT_ACTION_NAMES = Object.keys(AUDIT_ACTIONS) as AuditAction[];

import { Schema, model, type InferSchemaType } from 'mongoose';

/** Why a login ended before its expiry; kept so an inspector can tell a logout from a revocation. */
export const SESSION_END_REASONS = [
  'logout',
  'password_changed',
  'deactivated',
  'role_changed',
  'erased',
] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

/**
 * One login (a bearer token for API clients or the browser's cookie). A token is honoured only while its session
 * exists, has not expired and was not revoked, so logout and password changes take effect at once.
 */
const sessionSchema = new Schema({
  userId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
  kind: { type: String, enum: ['bearer', 'cookie'], required: true },
  createdAt: { type: Date, default: () => new Date() },
  expiresAt: { type: Date, required: true },
  revokedAt: { type: Date, default: null },
  revokedReason: { type: String, enum: SESSION_END_REASONS },
  ip: String,
  userAgent: String,
});

// Every authenticated request: findById(sid) (the _id index).
// Revoking a user's logins: updateMany({ userId, revokedAt: null }).
sessionSchema.index({ userId: 1, revokedAt: 1 });
// The retention sweep drops long-expired sessions: deleteMany({ expiresAt: { $lt } }).
sessionSchema.index({ expiresAt: 1 });

export type Session = InferSchemaType<typeof sessionSchema>;
export const SessionModel = model('Session', sessionSchema);

import { Schema, model, type InferSchemaType } from 'mongoose';
import { ROLES } from '../domain/labels.js';

const userSchema = new Schema(
  {
    email: { type: String, required: true, lowercase: true, trim: true },
    name: { type: String, required: true },
    passwordHash: { type: String, required: true, select: false },
    role: { type: String, enum: ROLES, required: true },
    agencyId: { type: Schema.Types.ObjectId, ref: 'Agency', required: true },
    timezone: { type: String, default: 'Asia/Makassar' },
    /** Most open cases auto-assignment gives this officer. */
    capacity: { type: Number, default: 15 },
    presence: { type: String, enum: ['online', 'away', 'offline'], default: 'offline' },
    /** When the officer was last online (set when they leave "online"); stale officers lose their open cases. */
    lastSeenAt: { type: Date },
    /** Set offline because their last socket closed (not by choice): reconnecting makes them online again. */
    autoOffline: { type: Boolean, default: false },
    lastAssignedAt: { type: Date },
    active: { type: Boolean, default: true },
  },
  { timestamps: true },
);

// Login: findOne({ email }).
userSchema.index({ email: 1 }, { unique: true });
// Auto-assignment: find({ agencyId, role: 'officer', presence: 'online', active: true }).
userSchema.index({ agencyId: 1, role: 1, presence: 1 });
// Offline-return sweep: find({ presence: { $ne: 'online' }, lastSeenAt: { $lte: cutoff } }).
userSchema.index({ presence: 1, lastSeenAt: 1 });

export type User = InferSchemaType<typeof userSchema>;
export const UserModel = model('User', userSchema);

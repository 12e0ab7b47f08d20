import { Schema, model } from 'mongoose';
import { FACT_KINDS } from '../domain/fact-kinds.js';

/**
 * A fact already added to the rollups (src/rollups/facts.ts), written in the same transaction as its increments:
 * its _id (e.g. `first_response:<conversationId>`) is what makes applying a case's facts again a no-op.
 * It also keeps the fact's figures for the monthly report's slowest cases.
 */
const rollupFactSchema = new Schema(
  {
    _id: { type: String, required: true },
    kind: { type: String, enum: FACT_KINDS, required: true },
    conversationId: { type: Schema.Types.ObjectId, ref: 'Conversation', required: true },
    at: { type: Date, required: true },
    agencyId: { type: Schema.Types.ObjectId, ref: 'Agency', required: true },
    officerId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    channel: String,
    topic: String,
    region: String,
    urgency: String,
    minutes: Number,
    workingMinutes: Number,
    outcome: String,
    /** Month of the fact in the province's and in the agency's time zone (YYYY-MM). */
    provinceMonth: { type: String, required: true },
    agencyMonth: { type: String, required: true },
  },
  { versionKey: false },
);

// Slowest first responses of an agency's month: find({ kind, agencyId, agencyMonth }).sort({ minutes: -1 }).
rollupFactSchema.index({ kind: 1, agencyId: 1, agencyMonth: 1, minutes: -1 });
// ... and of the province's month: find({ kind, provinceMonth }).sort({ minutes: -1 }).
rollupFactSchema.index({ kind: 1, provinceMonth: 1, minutes: -1 });
// The drift check compares the facts of a period: find({ at: { $gte, $lt } }).
rollupFactSchema.index({ at: 1 });

export const RollupFactModel = model('RollupFact', rollupFactSchema);

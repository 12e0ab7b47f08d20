import { Schema, model, type InferSchemaType } from 'mongoose';

/**
 * A crisis alert: an unusual number of conversations about one topic in one region (src/crisis/assess.ts).
 * One document per incident: while it lasts (its cool-down keeps being renewed), further alarms and conversations
 * of the same topic and region are merged into it.
 */
const crisisSchema = new Schema(
  {
    series: { type: String, required: true }, // `${topic}|${region}`
    topic: { type: String, required: true },
    region: { type: String, default: null },
    openedAt: { type: Date, required: true },
    lastFiredAt: { type: Date, required: true },
    /** Why it fired: a volume surge, a rise in kritis messages, or both. */
    reasons: { type: [String], default: [] },
    /** The strongest window seen: conversations in the last hour against the expected count. */
    count: { type: Number, default: 0 },
    kritisCount: { type: Number, default: 0 },
    expected: Number,
    mad: Number,
    threshold: Number,
    kritisExpected: Number,
    kritisThreshold: Number,
    baselineSource: String,
    explanation: { type: Schema.Types.Mixed, default: {} },
    conversationIds: { type: [Schema.Types.ObjectId], default: [] },
    /** Set once, by the check that sent the socket event and the webhook (never twice). */
    notifiedAt: { type: Date, default: null },
    holdingReply: { type: Schema.Types.Mixed, default: null },
  },
  { timestamps: true },
);

// GET /api/crises: find().sort({ openedAt: -1 }).limit(n).
crisisSchema.index({ openedAt: -1 });

export type Crisis = InferSchemaType<typeof crisisSchema>;
export const CrisisModel = model('Crisis', crisisSchema);

import { Schema, model, type InferSchemaType } from 'mongoose';

const routingRuleSchema = new Schema(
  {
    name: { type: String, required: true },
    /** Lower runs first. */
    priority: { type: Number, required: true },
    enabled: { type: Boolean, default: true },
    conditions: {
      topics: [String],
      regions: [String],
      types: [String],
      urgencies: [String],
      platforms: [String],
      accountIds: [String],
      /** Any of these words or phrases in the normalized text (case-insensitive). */
      keywords: [String],
    },
    action: {
      agencyId: { type: Schema.Types.ObjectId, ref: 'Agency', required: true },
      officerId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    },
  },
  { timestamps: true },
);

// Routing loads enabled rules in order: find({ enabled: true }).sort({ priority: 1 }).
routingRuleSchema.index({ enabled: 1, priority: 1 });

export type RoutingRuleDoc = InferSchemaType<typeof routingRuleSchema>;
export const RoutingRuleModel = model('RoutingRule', routingRuleSchema);

import { Schema, model, type InferSchemaType } from 'mongoose';
import { URGENCIES } from '../domain/labels.js';

/** Admin-editable SLA targets, one per urgency; missing urgencies use DEFAULT_SLA_POLICIES (src/sla/policy.ts). */
const slaPolicySchema = new Schema(
  {
    urgency: { type: String, enum: URGENCIES, required: true },
    firstResponseMinutes: { type: Number, required: true },
    resolutionMinutes: { type: Number, required: true },
    clock: { type: String, enum: ['working', '24x7'], required: true },
    warnAtFraction: { type: Number, required: true },
    escalateAtFraction: { type: Number, required: true },
  },
  { timestamps: true },
);

// Every SLA (re)schedule loads the policy of the case's urgency: findOne({ urgency }).
slaPolicySchema.index({ urgency: 1 }, { unique: true });

export type SlaPolicyDoc = InferSchemaType<typeof slaPolicySchema>;
export const SlaPolicyModel = model('SlaPolicy', slaPolicySchema);

import { Schema, model, type InferSchemaType } from 'mongoose';

/** A system allowed to submit Open311 requests (e.g. a SP4N-LAPOR! bridge, a city app), with its own api_key. */
const open311ClientSchema = new Schema(
  {
    /** Short code: the requests it submits arrive on the generic source `open311-<code>`. */
    code: { type: String, required: true },
    name: { type: String, required: true },
    /** SHA-256 of the api_key (the key itself is shown once, when the client is created). */
    apiKeyHash: { type: String, required: true, select: false },
    active: { type: Boolean, default: true },
  },
  { timestamps: true },
);

// POST requests.json authenticates by key: findOne({ apiKeyHash, active: true }).
open311ClientSchema.index({ apiKeyHash: 1 }, { unique: true });
// Admins create clients by code: findOne({ code }).
open311ClientSchema.index({ code: 1 }, { unique: true });

export type Open311Client = InferSchemaType<typeof open311ClientSchema>;
export const Open311ClientModel = model('Open311Client', open311ClientSchema);

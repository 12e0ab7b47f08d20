import { Schema, model, type InferSchemaType } from 'mongoose';

const agencySchema = new Schema(
  {
    code: { type: String, required: true }, // short stable code, e.g. "PUPR", "HUMAS"
    name: { type: String, required: true },
    shortName: { type: String, required: true },
    /** The humas triage desk: receives unrouted and rejected cases. Exactly one per deployment. */
    isHumas: { type: Boolean, default: false },
    timezone: { type: String, default: 'Asia/Makassar' },
    active: { type: Boolean, default: true },
  },
  { timestamps: true },
);

// Seed upserts and rule references look agencies up by code.
agencySchema.index({ code: 1 }, { unique: true });
// Routing falls back to the humas desk: findOne({ isHumas: true }).
agencySchema.index({ isHumas: 1 });

export type Agency = InferSchemaType<typeof agencySchema>;
export const AgencyModel = model('Agency', agencySchema);

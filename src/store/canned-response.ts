import { Schema, model, type InferSchemaType } from 'mongoose';

/** A reusable reply with variables {{ticket}}, {{nama}}, {{instansi}}, {{petugas}}; agencyId null = global. */
const cannedResponseSchema = new Schema(
  {
    title: { type: String, required: true },
    body: { type: String, required: true },
    agencyId: { type: Schema.Types.ObjectId, ref: 'Agency', default: null },
  },
  { timestamps: true },
);

// The composer lists an agency's responses plus the global ones: find({ agencyId: { $in: [agencyId, null] } })
// .sort({ title: 1 }); unique so seeding and admins never create two responses with the same title in one scope.
cannedResponseSchema.index({ agencyId: 1, title: 1 }, { unique: true });

export type CannedResponseDoc = InferSchemaType<typeof cannedResponseSchema>;
export const CannedResponseModel = model('CannedResponse', cannedResponseSchema);

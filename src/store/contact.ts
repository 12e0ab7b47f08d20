import { Schema, model, type InferSchemaType } from 'mongoose';
import { PLATFORMS } from '../domain/labels.js';

const contactSchema = new Schema(
  {
    /** `${namespace}:${accountId}:${authorId}`; facebook and messenger share a namespace so one person is one contact. */
    identityKey: { type: String, required: true },
    platform: { type: String, enum: PLATFORMS, required: true },
    accountId: { type: String, required: true },
    externalUserId: { type: String, required: true },
    name: { type: String },
    handle: { type: String },
    phone: { type: String },
    /** Personal data removed (retention or the citizen's request, src/privacy/anonymise.ts). */
    anonymisedAt: { type: Date, default: null },
  },
  { timestamps: true },
);

// Ingest upserts the author of every inbound message: findOneAndUpdate({ identityKey }, ..., { upsert }).
contactSchema.index({ identityKey: 1 }, { unique: true });
// A citizen's data request names their phone number: find({ $or: [{ phone }, { externalUserId }] }) (WhatsApp ids are numbers).
contactSchema.index({ phone: 1 }, { sparse: true });
contactSchema.index({ externalUserId: 1 });

export type Contact = InferSchemaType<typeof contactSchema>;
export const ContactModel = model('Contact', contactSchema);

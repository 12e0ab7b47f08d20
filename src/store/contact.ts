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
  },
  { timestamps: true },
);

// Ingest upserts the author of every inbound message: findOneAndUpdate({ identityKey }, ..., { upsert }).
contactSchema.index({ identityKey: 1 }, { unique: true });

export type Contact = InferSchemaType<typeof contactSchema>;
export const ContactModel = model('Contact', contactSchema);

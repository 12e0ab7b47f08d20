import { Schema, model, type InferSchemaType } from 'mongoose';
import { PLATFORMS } from '../domain/labels.js';

const attachmentSchema = new Schema(
  {
    type: { type: String, required: true },
    url: String,
    mediaId: String,
    mimeType: String,
    name: String,
    caption: String,
    location: { latitude: Number, longitude: Number, name: String, address: String },
    contacts: [{ _id: false, name: String, phones: [String] }],
  },
  { _id: false },
);

const messageSchema = new Schema(
  {
    conversationId: { type: Schema.Types.ObjectId, ref: 'Conversation', required: true },
    direction: { type: String, enum: ['inbound', 'outbound'], required: true },
    platform: { type: String, enum: PLATFORMS, required: true },
    accountId: { type: String, required: true },
    /** Inbound: `${platform}:${accountId}:${externalId}`. Outbound: `out:<uuid>`. Unique: a platform event is stored once. */
    dedupeKey: { type: String, required: true },
    /** The platform's id; for outbound messages set once the platform accepted the send. */
    externalId: { type: String },
    visibility: { type: String, enum: ['public', 'private'], required: true },
    author: { id: String, name: String, handle: String },
    text: { type: String, default: '' },
    attachments: { type: [attachmentSchema], default: [] },
    replyToExternalId: String,
    meta: { type: Map, of: String },
    /** Inbound: the classifier model version that read this message (training audits). */
    modelVersion: String,
    edited: { type: Boolean, default: false },
    removed: { type: Boolean, default: false },
    hidden: { type: Boolean, default: false },
    sentBy: { type: Schema.Types.ObjectId, ref: 'User' },
    delivery: {
      status: { type: String, enum: ['queued', 'sent', 'delivered', 'read', 'failed'] },
      error: String,
      attempts: Number,
      updatedAt: Date,
    },
    createdAt: { type: Date, required: true },
  },
  { timestamps: { createdAt: false, updatedAt: true } },
);

// Idempotent ingest: insertOne fails with E11000 when the same platform event arrives again.
messageSchema.index({ dedupeKey: 1 }, { unique: true });
// Conversation detail: find({ conversationId }).sort({ createdAt: 1 }).
messageSchema.index({ conversationId: 1, createdAt: 1 });
// Delivery receipts and edits look a message up by the platform's id: findOne({ platform, accountId, externalId }).
messageSchema.index({ platform: 1, accountId: 1, externalId: 1 });

export type Message = InferSchemaType<typeof messageSchema>;
export const MessageModel = model('Message', messageSchema);

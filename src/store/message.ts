import { Schema, model, type FlattenMaps, type InferSchemaType, type Types } from 'mongoose';
import { PLATFORMS } from '../domain/labels.js';

export const DELIVERY_STATUSES = [
  'queued',
  'sending',
  'sent',
  'delivered',
  'read',
  'failed',
  'unknown',
] as const;
export const INGEST_STAGES = ['stored', 'applied', 'done'] as const;

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
    /** `${platform}:${accountId}:${externalId}` of an inbound message, and of a reply once the platform took it: a
     *  platform echoing our reply back as a new message collides here (src/pipeline/store-message.ts). */
    platformKey: { type: String },
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
    /** Outbound: the approved platform template sent instead of free text ({ name, language, variables }). */
    template: { type: Schema.Types.Mixed },
    /** Outbound: queued -> sending (claimed before the platform call) -> sent | failed | unknown (the outcome of a
     *  call cannot be known: an officer checks the platform and resends or confirms; never resent by itself). */
    delivery: {
      status: { type: String, enum: DELIVERY_STATUSES },
      error: String,
      attempts: Number,
      /** The claim of the send attempt in flight: a retry that finds its own claim knows the call was made. */
      claim: String,
      /** 0 for the first send; +1 each time an officer resends after checking (one send job per round). */
      round: { type: Number, default: 0 },
      updatedAt: Date,
    },
    /** Inbound: how far ingest got (src/pipeline/stages.ts); every delivery of the event resumes from here. */
    pipeline: {
      stage: { type: String, enum: INGEST_STAGES },
      /** This message opened its conversation (creation events and the routed follow-up are its to write). */
      opened: Boolean,
      /** The classifier's urgency for this message, kept so a resumed ingest needs no second classification. */
      urgency: String,
    },
    createdAt: { type: Date, required: true },
  },
  { timestamps: { createdAt: false, updatedAt: true } },
);

// Idempotent ingest: insertOne fails with E11000 when the same platform event arrives again.
messageSchema.index({ dedupeKey: 1 }, { unique: true });
// Ingest without a read first: an echo of our own reply fails insertOne with E11000 (absent until a reply is sent).
messageSchema.index({ platformKey: 1 }, { unique: true, sparse: true });
// Conversation detail: find({ conversationId }).sort({ createdAt: 1 }).
messageSchema.index({ conversationId: 1, createdAt: 1 });
// Delivery receipts and edits look a message up by the platform's id: findOne({ platform, accountId, externalId }).
messageSchema.index({ platform: 1, accountId: 1, externalId: 1 });
// The reply outbox sweep: find({ 'delivery.status': { $in: ['queued', 'sending'] }, 'delivery.updatedAt': { $lt } }).
messageSchema.index({ 'delivery.status': 1, 'delivery.updatedAt': 1 });

export type Message = InferSchemaType<typeof messageSchema>;
export const MessageModel = model('Message', messageSchema);
/** A stored message as a lean read returns it. */
export type MessageDoc = FlattenMaps<Message> & { _id: Types.ObjectId };

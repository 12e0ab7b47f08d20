import { Schema, model, type FlattenMaps, type InferSchemaType, type Types } from 'mongoose';
import { CASE_EVENT_TYPES } from '../domain/case-events.js';

/** Append-only history of a conversation: the audit log and the source of every metric. Written only through
 *  src/events/record.ts; the types are the vocabulary of src/domain/case-events.ts. */
const eventSchema = new Schema({
  conversationId: { type: Schema.Types.ObjectId, ref: 'Conversation', required: true },
  type: { type: String, required: true, enum: CASE_EVENT_TYPES },
  actorId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
  agencyId: { type: Schema.Types.ObjectId, ref: 'Agency' },
  data: { type: Schema.Types.Mixed, default: {} },
  createdAt: { type: Date, default: () => new Date() },
});

// Conversation history: find({ conversationId }).sort({ createdAt: 1 }).
eventSchema.index({ conversationId: 1, createdAt: 1 });
// Training corrections and reports by kind and period: find({ type: 'reclassified', createdAt: { $gte } }).
eventSchema.index({ type: 1, createdAt: 1 });

export type Event = InferSchemaType<typeof eventSchema>;
export const EventModel = model('Event', eventSchema);
/** A stored event as a lean read returns it. */
export type EventDoc = FlattenMaps<Event> & { _id: Types.ObjectId };

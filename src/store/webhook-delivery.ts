import { Schema, model, type InferSchemaType } from 'mongoose';

/** One attempt to deliver one event to one endpoint: the delivery log admins read. */
const webhookDeliverySchema = new Schema({
  endpointId: { type: Schema.Types.ObjectId, ref: 'WebhookEndpoint', required: true },
  /** The id receivers see in X-Aspirasi-Delivery and the body: the same on every attempt (dedupe on it). */
  deliveryId: { type: String, required: true },
  event: { type: String, required: true },
  attempt: { type: Number, required: true },
  outcome: { type: String, enum: ['delivered', 'retrying', 'failed'], required: true },
  httpStatus: { type: Number, default: null },
  error: { type: String, default: null },
  durationMs: Number,
  createdAt: { type: Date, default: () => new Date() },
});

// The admins' log, newest first, optionally for one endpoint: find({ endpointId }).sort({ createdAt: -1 }).
webhookDeliverySchema.index({ endpointId: 1, createdAt: -1 });
// ... and across endpoints: find().sort({ createdAt: -1 }).
webhookDeliverySchema.index({ createdAt: -1 });

export type WebhookDelivery = InferSchemaType<typeof webhookDeliverySchema>;
export const WebhookDeliveryModel = model('WebhookDelivery', webhookDeliverySchema);

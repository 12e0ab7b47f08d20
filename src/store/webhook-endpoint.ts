import { Schema, model, type InferSchemaType } from 'mongoose';

/** A receiver of outgoing webhooks (e.g. a WhatsApp group bot, a city dashboard), added by an admin. */
const webhookEndpointSchema = new Schema(
  {
    url: { type: String, required: true },
    description: { type: String, default: '' },
    /** Event names it receives (src/outgoing-webhooks/events.ts), or "*" for all. */
    events: { type: [String], default: ['*'] },
    /** AES-256-GCM sealed HMAC key (src/security/seal.ts); shown once when created, never returned after. */
    secretSealed: { type: String, required: true, select: false },
    active: { type: Boolean, default: true },
  },
  { timestamps: true },
);

// The receivers, loaded whole into the reference cache: find({ active: true }) (a handful per deployment).
webhookEndpointSchema.index({ active: 1 });

export type WebhookEndpoint = InferSchemaType<typeof webhookEndpointSchema>;
export const WebhookEndpointModel = model('WebhookEndpoint', webhookEndpointSchema);

import { Schema, model, type InferSchemaType } from 'mongoose';
import { PLATFORMS } from '../domain/labels.js';

/** A connected Page / IG account / WhatsApp number / bot / generic source. Secrets are encrypted at rest. */
const channelAccountSchema = new Schema(
  {
    platform: { type: String, enum: PLATFORMS, required: true },
    accountId: { type: String, required: true },
    name: { type: String, required: true },
    /** Default agency for messages on this account when no rule matches (usually humas). */
    agencyId: { type: Schema.Types.ObjectId, ref: 'Agency' },
    /** AES-256-GCM sealed JSON of the credentials (access tokens ...). Never returned by the API. */
    credentialsSealed: { type: String, select: false },
    /** Generic sources: where replies are delivered (a signed POST). */
    replyUrl: String,
    active: { type: Boolean, default: true },
    /** Polled platforms: { cursor, pausedUntil?, lastPolledAt, lastError? } (src/channels/run-poll.ts). */
    pollState: { type: Schema.Types.Mixed },
  },
  { timestamps: true },
);

// The outbound worker loads the account of a reply: findOne({ platform, accountId }).
channelAccountSchema.index({ platform: 1, accountId: 1 }, { unique: true });

export type ChannelAccount = InferSchemaType<typeof channelAccountSchema>;
export const ChannelAccountModel = model('ChannelAccount', channelAccountSchema);

import { Schema, model, type InferSchemaType } from 'mongoose';

/** A reply a supervisor chose as a good example for the monthly evaluation report (text kept PII-masked). */
const goodReplySchema = new Schema(
  {
    messageId: { type: Schema.Types.ObjectId, ref: 'Message', required: true },
    conversationId: { type: Schema.Types.ObjectId, ref: 'Conversation', required: true },
    agencyId: { type: Schema.Types.ObjectId, ref: 'Agency', required: true },
    ticketNumber: String,
    channel: String,
    /** The reply as sent, personal data masked. */
    text: { type: String, required: true },
    note: { type: String, default: '' },
    chosenBy: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    sentAt: { type: Date, required: true },
    /** YYYY-MM of sentAt in the agency's and the province's time zone. */
    agencyMonth: { type: String, required: true },
    provinceMonth: { type: String, required: true },
  },
  { timestamps: true },
);

// A reply is chosen once: insertOne fails with E11000 when it was chosen before.
goodReplySchema.index({ messageId: 1 }, { unique: true });
// The monthly report of an agency: find({ agencyId, agencyMonth }); of the province: find({ provinceMonth }).
goodReplySchema.index({ agencyId: 1, agencyMonth: 1 });
goodReplySchema.index({ provinceMonth: 1 });

export type GoodReply = InferSchemaType<typeof goodReplySchema>;
export const GoodReplyModel = model('GoodReply', goodReplySchema);

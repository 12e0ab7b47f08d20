import { Schema, model, type InferSchemaType } from 'mongoose';

/**
 * How far the e-mail poller has read one mailbox: every UID up to lastUid of this UIDVALIDITY is in the inbound
 * queue (RFC 3501 2.3.1.1). A new UIDVALIDITY means the UIDs were renumbered: the poller starts again from 0 and
 * the Message-ID dedupe keeps mail already read from becoming a second message.
 */
const mailboxCursorSchema = new Schema(
  {
    /** The e-mail ChannelAccount's accountId (the mailbox address). */
    accountId: { type: String, required: true },
    mailbox: { type: String, required: true },
    uidValidity: { type: String, required: true },
    lastUid: { type: Number, required: true, default: 0 },
  },
  { timestamps: true },
);

// The poller reads and advances its cursor: findOne / updateOne({ accountId, mailbox }).
mailboxCursorSchema.index({ accountId: 1, mailbox: 1 }, { unique: true });

export type MailboxCursor = InferSchemaType<typeof mailboxCursorSchema>;
export const MailboxCursorModel = model('MailboxCursor', mailboxCursorSchema);

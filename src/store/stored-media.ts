import { Schema, model, type InferSchemaType } from 'mongoose';

/**
 * Files citizens sent that no platform keeps for us: website-form photos and e-mail attachments. Bounded (the
 * adapters refuse files above their limit), one document per file, bytes never selected unless asked for.
 */
const storedMediaSchema = new Schema(
  {
    /** sha256 of the owning message's key and the bytes: storing the same file of the same message twice is one. */
    key: { type: String, required: true },
    /** dedupeKey of the message the file belongs to (src/pipeline/identity.ts). */
    messageKey: { type: String, required: true },
    mimeType: { type: String, required: true },
    name: String,
    size: { type: Number, required: true },
    data: { type: Buffer, required: true, select: false },
  },
  { timestamps: true },
);

// storeMedia upserts on key: findOneAndUpdate({ key }).
storedMediaSchema.index({ key: 1 }, { unique: true });
// Personal-data erasure removes a message's files: deleteMany({ messageKey: { $in } }).
storedMediaSchema.index({ messageKey: 1 });

export type StoredMedia = InferSchemaType<typeof storedMediaSchema>;
export const StoredMediaModel = model('StoredMedia', storedMediaSchema);

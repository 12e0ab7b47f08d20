// Keeping the files citizens send through our own channels (website form, e-mail) and reading them back.
import { createHash } from 'node:crypto';
import { StoredMediaModel } from '../store/index.js';
import { ownMediaUrl } from '../domain/media-hosts.js';

export interface MediaToStore {
  messageKey: string;
  mimeType: string;
  name?: string;
  data: Buffer;
}

/** Stores the file once per message (a retried delivery stores nothing new) and returns its inbox URL. */
export async function storeMedia(file: MediaToStore): Promise<string> {
  const key = createHash('sha256').update(file.messageKey).update('\0').update(file.data).digest('hex');
  const doc = await StoredMediaModel.findOneAndUpdate(
    { key },
    {
      $setOnInsert: {
        key,
        messageKey: file.messageKey,
        mimeType: file.mimeType,
        name: file.name,
        size: file.data.length,
        data: file.data,
      },
    },
    { upsert: true, new: true, projection: { _id: 1 } },
  );
  return ownMediaUrl(String(doc._id));
}

export async function removeMediaOf(messageKeys: string[]) {
  if (messageKeys.length) await StoredMediaModel.deleteMany({ messageKey: { $in: messageKeys } });
}

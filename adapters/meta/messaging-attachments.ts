// Messenger / Instagram DM attachments become links the officer can open.
import type { Attachment } from '../types.js';
import { list, num, obj, str } from '../json.js';

const TYPE_MAP: Record<string, Attachment['type']> = {
  image: 'image',
  video: 'video',
  audio: 'audio',
  file: 'document',
  location: 'location',
  fallback: 'link',
  share: 'link',
  ig_reel: 'link',
  reel: 'link',
  ig_post: 'link',
  story_mention: 'link',
};

function toAttachment(raw: unknown): Attachment | null {
  const item = obj(raw);
  if (!item) return null;
  const type = str(item.type) ?? 'other';
  const payload = obj(item.payload) ?? {};
  const url = str(payload.url);
  if (payload.sticker_id !== undefined) return { type: 'sticker', url };
  const coordinates = obj(payload.coordinates);
  if (coordinates) {
    const latitude = num(coordinates.lat);
    const longitude = num(coordinates.long);
    if (latitude !== undefined && longitude !== undefined) {
      return { type: 'location', location: { latitude, longitude, name: str(item.title) }, url };
    }
  }
  return {
    type: TYPE_MAP[type] ?? 'other',
    url,
    name: type === 'story_mention' ? 'story_mention' : (str(item.title) ?? str(payload.title)),
  };
}

export function messagingAttachments(message: Record<string, unknown>): Attachment[] {
  return list(message.attachments)
    .map(toAttachment)
    .filter((a): a is Attachment => a !== null);
}

// Telegram media -> Attachment. Files are referenced by file_id (fetched later with getFile, which needs the token).
import { list, num, obj, str, type JsonObject } from '../json.js';
import type { Attachment } from '../types.js';

/** Photos come as several sizes, smallest first: keep the largest. */
function photo(sizes: unknown[], caption?: string): Attachment | undefined {
  const largest = obj(sizes[sizes.length - 1]);
  const mediaId = str(largest?.file_id);
  return mediaId ? { type: 'image', mediaId, caption } : undefined;
}

function file(value: unknown, type: Attachment['type'], caption?: string): Attachment | undefined {
  const f = obj(value);
  const mediaId = str(f?.file_id);
  if (!f || !mediaId) return undefined;
  return { type, mediaId, mimeType: str(f.mime_type), name: str(f.file_name), caption };
}

function location(m: JsonObject): Attachment | undefined {
  const venue = obj(m.venue);
  const loc = obj(venue?.location) ?? obj(m.location);
  const latitude = num(loc?.latitude);
  const longitude = num(loc?.longitude);
  if (latitude === undefined || longitude === undefined) return undefined;
  return {
    type: 'location',
    location: { latitude, longitude, name: str(venue?.title), address: str(venue?.address) },
  };
}

function contact(value: unknown): Attachment | undefined {
  const c = obj(value);
  const phone = str(c?.phone_number);
  if (!c || !phone) return undefined;
  const name = [str(c.first_name), str(c.last_name)].filter(Boolean).join(' ');
  return { type: 'contacts', contacts: [{ name, phones: [phone] }] };
}

/** Every attachment of one Telegram message; the caption travels with the media it describes. */
export function telegramAttachments(m: JsonObject): Attachment[] {
  const caption = str(m.caption);
  const found = [
    Array.isArray(m.photo) ? photo(list(m.photo), caption) : undefined,
    file(m.document, 'document', caption),
    file(m.video, 'video', caption),
    file(m.animation, 'video', caption),
    file(m.video_note, 'video'),
    file(m.voice, 'audio', caption),
    file(m.audio, 'audio', caption),
    file(m.sticker, 'sticker'),
    location(m),
    contact(m.contact),
  ];
  // A Telegram animation also repeats itself as a document: keep one.
  const attachments = found.filter((a): a is Attachment => a !== undefined);
  return m.animation ? attachments.filter((a) => a.type !== 'document') : attachments;
}

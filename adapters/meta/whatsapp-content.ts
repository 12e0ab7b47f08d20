// WhatsApp message types -> text + structured attachments + reply-path extras.
import type { Attachment } from '../types.js';
import { flatMeta, list, num, obj, str, type JsonObject } from '../json.js';

export interface WhatsAppContent {
  text: string;
  attachments: Attachment[];
  meta: Record<string, string>;
}

const MEDIA_TYPES: Record<string, Attachment['type']> = {
  image: 'image',
  video: 'video',
  audio: 'audio',
  voice: 'audio',
  document: 'document',
  sticker: 'sticker',
};

function media(type: Attachment['type'], body: JsonObject): WhatsAppContent {
  const caption = str(body.caption);
  const attachment: Attachment = {
    type,
    mediaId: str(body.id),
    mimeType: str(body.mime_type),
    name: str(body.filename),
    caption,
  };
  return { text: caption ?? '', attachments: [attachment], meta: {} };
}

function location(body: JsonObject): WhatsAppContent {
  const latitude = num(body.latitude);
  const longitude = num(body.longitude);
  if (latitude === undefined || longitude === undefined)
    throw new Error('whatsapp location without coordinates');
  const name = str(body.name);
  const address = str(body.address);
  return {
    // The place name and address are what a classifier and an officer read first.
    text: [name, address].filter(Boolean).join(', '),
    attachments: [{ type: 'location', location: { latitude, longitude, name, address }, url: str(body.url) }],
    meta: {},
  };
}

function contacts(cards: unknown[]): WhatsAppContent {
  const parsed = cards.map((raw) => {
    const card = obj(raw) ?? {};
    const name = obj(card.name);
    return {
      name: str(name?.formatted_name) ?? str(name?.first_name) ?? '',
      phones: list(card.phones)
        .map((p) => str(obj(p)?.phone) ?? str(obj(p)?.wa_id))
        .filter((p): p is string => !!p),
    };
  });
  return { text: '', attachments: [{ type: 'contacts', contacts: parsed }], meta: {} };
}

function interactive(body: JsonObject): WhatsAppContent {
  const kind = str(body.type) ?? '';
  const reply = obj(body[kind]) ?? {};
  if (kind === 'nfm_reply') {
    return {
      text: str(reply.body) ?? '',
      attachments: [],
      meta: flatMeta({ interactiveType: kind, flowResponse: str(reply.response_json) }),
    };
  }
  return {
    text: str(reply.title) ?? '',
    attachments: [],
    meta: flatMeta({
      interactiveType: kind,
      interactiveId: str(reply.id),
      interactiveDescription: str(reply.description),
    }),
  };
}

/** Returns null for message kinds that are not citizen messages (reactions, system notices). */
export function whatsappContent(message: JsonObject): WhatsAppContent | null {
  const type = str(message.type) ?? 'unknown';
  const body = obj(message[type]) ?? {};
  if (type === 'text') return { text: str(body.body) ?? '', attachments: [], meta: {} };
  if (MEDIA_TYPES[type]) return media(MEDIA_TYPES[type], body);
  if (type === 'location') return location(body);
  if (type === 'contacts') return contacts(list(message.contacts));
  if (type === 'interactive') return interactive(body);
  if (type === 'button') {
    return {
      text: str(body.text) ?? '',
      attachments: [],
      meta: flatMeta({ buttonPayload: str(body.payload) }),
    };
  }
  if (type === 'reaction' || type === 'system' || type === 'ephemeral') return null;
  // Unsupported / order / unknown: keep it so the citizen is not ignored, and say what it was.
  return {
    text: `[Jenis pesan WhatsApp "${type}" tidak dapat ditampilkan; buka di WhatsApp]`,
    attachments: [],
    meta: { waType: type },
  };
}

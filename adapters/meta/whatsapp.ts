// WhatsApp Cloud API `messages` changes: citizen messages and delivery statuses of our replies.
import type { DeliveryStatus, InboundMessage } from '../types.js';
import { describeWhatsAppStatusErrors } from './graph-errors.js';
import { flatMeta, list, obj, requireId, str, toIso, type JsonObject } from '../json.js';
import { whatsappContent } from './whatsapp-content.js';

const STATUSES: Record<string, DeliveryStatus['status']> = {
  sent: 'sent',
  delivered: 'delivered',
  read: 'read',
  played: 'read', // voice message listened to
  failed: 'failed',
};

export interface Itemised<T> {
  items: T[];
  problems: string[];
}

function contactNames(value: JsonObject): Map<string, string> {
  const names = new Map<string, string>();
  for (const raw of list(value.contacts)) {
    const contact = obj(raw);
    const waId = str(contact?.wa_id);
    const name = str(obj(contact?.profile)?.name);
    if (waId && name) names.set(waId, name);
  }
  return names;
}

function parseOne(
  message: JsonObject,
  phoneNumberId: string,
  names: Map<string, string>,
  ownNumber?: string,
) {
  const from = requireId(message.from, 'whatsapp message from');
  if (ownNumber && from === ownNumber) return null; // our own number never writes to us
  const content = whatsappContent(message);
  if (!content) return null;
  const createdAt = toIso(message.timestamp);
  if (!createdAt) throw new Error('whatsapp message has no timestamp');
  const result: InboundMessage = {
    platform: 'whatsapp',
    accountId: phoneNumberId,
    externalId: requireId(message.id, 'whatsapp message id'),
    threadKey: `wa:${from}`,
    visibility: 'private',
    author: { id: from, phone: from, name: names.get(from) },
    text: content.text,
    attachments: content.attachments,
    createdAt,
    action: 'create',
    replyToExternalId: str(obj(message.context)?.id),
    meta: {
      kind: 'dm',
      ...content.meta,
      ...flatMeta({ forwarded: obj(message.context)?.forwarded ? 'true' : undefined }),
    },
  };
  return result;
}

function each<Out>(items: unknown[], what: string, fn: (item: JsonObject) => Out | null): Itemised<Out> {
  const out: Itemised<Out> = { items: [], problems: [] };
  items.forEach((raw, index) => {
    try {
      const item = obj(raw);
      if (!item) throw new Error('not an object');
      const parsed = fn(item);
      if (parsed) out.items.push(parsed);
    } catch (error) {
      out.problems.push(`${what}[${index}]: ${(error as Error).message}`);
    }
  });
  return out;
}

export function parseWhatsAppValue(value: JsonObject): {
  messages: Itemised<InboundMessage>;
  statuses: Itemised<DeliveryStatus>;
} {
  const metadata = obj(value.metadata);
  const phoneNumberId = requireId(metadata?.phone_number_id, 'whatsapp metadata.phone_number_id');
  const ownNumber = str(metadata?.display_phone_number)?.replace(/\D/g, '');
  const names = contactNames(value);
  const messages = each(list(value.messages), 'messages', (m) =>
    parseOne(m, phoneNumberId, names, ownNumber),
  );
  const statuses = each(list(value.statuses), 'statuses', (s): DeliveryStatus | null => {
    const status = STATUSES[str(s.status) ?? ''];
    if (!status) return null; // e.g. "deleted", "warning": nothing to show on a reply
    const at = toIso(s.timestamp);
    if (!at) throw new Error('whatsapp status has no timestamp');
    return {
      platform: 'whatsapp',
      accountId: phoneNumberId,
      externalId: requireId(s.id, 'whatsapp status id'),
      status,
      at,
      error: status === 'failed' ? describeWhatsAppStatusErrors(list(s.errors)) : undefined,
    };
  });
  return { messages, statuses };
}

// The Meta envelope: object -> entry[] -> changes[] / messaging[] / standby[]. Every item is parsed on its
// own, so one malformed entry becomes a problem line while the rest of the delivery is still stored.
import type { ParsedDelivery } from '../types.js';
import { parseFeedChange, type EntryContext } from './feed.js';
import { parseInstagramComment, parseInstagramMention } from './instagram-comments.js';
import { isObject, list, obj, parseJsonBody, requireId, str, type JsonObject } from '../json.js';
import { parseMessagingEvent, type MessagingPlatform } from './messaging.js';
import { parseMessagingReceipts } from './messaging-receipts.js';
import { parseWhatsAppValue } from './whatsapp.js';

type Sink = ParsedDelivery;

function attempt(sink: Sink, where: string, fn: () => void): void {
  try {
    fn();
  } catch (error) {
    sink.problems.push(`${where}: ${(error as Error).message}`);
  }
}

function parseChange(
  object: string,
  change: JsonObject,
  entry: EntryContext,
  sink: Sink,
  where: string,
): void {
  const field = str(change.field);
  const value = obj(change.value);
  if (!value) throw new Error(`change "${field}" has no value`);
  if (object === 'page' && field === 'feed') {
    const message = parseFeedChange(value, entry);
    if (message) sink.messages.push(message);
  } else if (object === 'instagram' && (field === 'comments' || field === 'live_comments')) {
    const message = parseInstagramComment(value, entry, field === 'live_comments');
    if (message) sink.messages.push(message);
  } else if (object === 'instagram' && field === 'mentions') {
    sink.messages.push(parseInstagramMention(value, entry));
  } else if (object === 'whatsapp_business_account' && field === 'messages') {
    const { messages, statuses } = parseWhatsAppValue(value);
    sink.messages.push(...messages.items);
    sink.statuses.push(...statuses.items);
    sink.problems.push(...[...messages.problems, ...statuses.problems].map((p) => `${where}.${p}`));
  }
  // Any other field (reactions, story insights, smb_message_echoes of our own sends ...) is not inbox material.
}

function parseEntry(object: string, raw: unknown, sink: Sink, where: string): void {
  if (!isObject(raw)) throw new Error('entry is not an object');
  const entry: EntryContext = { entryId: requireId(raw.id, 'entry.id'), entryTime: raw.time };
  list(raw.changes).forEach((change, i) =>
    attempt(sink, `${where}.changes[${i}]`, () => {
      if (!isObject(change)) throw new Error('change is not an object');
      parseChange(object, change, entry, sink, `${where}.changes[${i}]`);
    }),
  );
  if (object !== 'page' && object !== 'instagram') return;
  const platform: MessagingPlatform = object === 'page' ? 'messenger' : 'instagram';
  for (const key of ['messaging', 'standby'] as const) {
    list(raw[key]).forEach((event, i) =>
      attempt(sink, `${where}.${key}[${i}]`, () => {
        if (!isObject(event)) throw new Error('event is not an object');
        const message = parseMessagingEvent(platform, event);
        if (message) sink.messages.push(message);
        sink.statuses.push(...parseMessagingReceipts(platform, event));
      }),
    );
  }
}

export function parseMetaDelivery(rawBody: Buffer | string): ParsedDelivery {
  const sink: Sink = { messages: [], statuses: [], problems: [] };
  let body: unknown;
  try {
    body = parseJsonBody(rawBody);
  } catch {
    sink.problems.push('body is not valid JSON');
    return sink;
  }
  const object = str(obj(body)?.object);
  if (!object || !['page', 'instagram', 'whatsapp_business_account'].includes(object)) {
    sink.problems.push(`unsupported object "${object ?? ''}"`);
    return sink;
  }
  list(obj(body)?.entry).forEach((entry, i) =>
    attempt(sink, `entry[${i}]`, () => parseEntry(object, entry, sink, `entry[${i}]`)),
  );
  return sink;
}

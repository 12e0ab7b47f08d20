// One TikTok webhook -> InboundMessages. The envelope's `content` is itself a JSON string; both layers are
// parsed bigint-safe because TikTok ids are 19-digit numbers.
import { isObject, obj, parseJsonBody, str, type JsonObject } from '../json.js';
import type { IncomingRequest, ParsedDelivery } from '../types.js';
import { commentToInbound } from './comments.js';
import { dmToInbound } from './dm.js';

/** Echoes of our own sends and read receipts: acknowledged, nothing for the inbox. */
const IGNORED_EVENTS = new Set(['im_send_msg', 'im_mark_read_msg']);

function contentOf(envelope: JsonObject): JsonObject {
  const raw = envelope.content;
  const parsed = typeof raw === 'string' ? parseJsonBody(raw) : raw;
  if (!isObject(parsed)) throw new Error('content bukan objek JSON');
  return parsed;
}

export function parseTiktokDelivery(req: IncomingRequest): ParsedDelivery {
  const out: ParsedDelivery = { messages: [], statuses: [], problems: [] };
  let envelope: JsonObject | undefined;
  try {
    envelope = obj(parseJsonBody(req.rawBody));
  } catch {
    return { ...out, problems: ['Isi permintaan bukan JSON yang valid.'] };
  }
  if (!envelope) return { ...out, problems: ['Isi permintaan TikTok harus berupa objek JSON.'] };
  const event = str(envelope.event) ?? '';
  const businessId = str(envelope.user_openid);
  if (IGNORED_EVENTS.has(event)) return out;
  if (!businessId) return { ...out, problems: [`${event || 'event'}: user_openid tidak ada.`] };
  try {
    if (event === 'im_receive_msg') {
      const m = dmToInbound(contentOf(envelope), businessId);
      if (m) out.messages.push(m);
    } else if (event === 'comment.update') {
      out.messages.push(commentToInbound(contentOf(envelope), businessId));
    }
    // Other events (subscriptions TikTok adds later) are acknowledged so TikTok does not retry them for 72 h.
  } catch (err) {
    out.problems.push(`${event}: ${(err as Error).message}`);
  }
  return out;
}

// Delivery and read receipts for our own Messenger / Instagram replies, keyed by the mid Meta gave them.
import type { DeliveryStatus } from '../types.js';
import type { MessagingPlatform } from './messaging.js';
import { list, obj, str, toIso, type JsonObject } from '../json.js';

/**
 * Messenger `delivery.mids` and Instagram `read.mid` name our messages. A Messenger `read` has only a
 * watermark (everything before a time), which cannot be tied to one reply without the store: skipped.
 */
export function parseMessagingReceipts(platform: MessagingPlatform, event: JsonObject): DeliveryStatus[] {
  const accountId = str(obj(event.recipient)?.id);
  const at = toIso(event.timestamp);
  if (!accountId || !at) return [];
  const receipt = (externalId: string, status: DeliveryStatus['status']): DeliveryStatus => ({
    platform,
    accountId,
    externalId,
    status,
    at,
  });
  const delivered = list(obj(event.delivery)?.mids)
    .map(str)
    .filter((mid): mid is string => !!mid)
    .map((mid) => receipt(mid, 'delivered'));
  const readMid = str(obj(event.read)?.mid);
  return readMid ? [...delivered, receipt(readMid, 'read')] : delivered;
}

// POST requests.json: a request from another system becomes a citizen message on the generic source
// `open311-<client>` and goes through the inbound queue like any channel (classified, routed, SLA, inbox).
import { createHash, randomUUID } from 'node:crypto';
import type { Queue } from 'bullmq';
import { z } from 'zod';
import type { InboundMessage } from '../../adapters/types.js';
import { TOPICS } from '../domain/labels.js';
import { enqueueDelivery } from '../pipeline/enqueue.js';
import { ConversationModel, MessageModel, Open311ClientModel } from '../store/index.js';
import { OPEN311_SOURCE_PREFIX } from './views.js';

export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');

const coordinate = (min: number, max: number) => z.coerce.number().min(min).max(max).optional();
export const requestBody = z.object({
  api_key: z.string().min(1, 'wajib diisi'),
  service_code: z.enum(TOPICS, { message: 'service_code tidak dikenal (lihat services.json)' }),
  description: z.string().trim().min(1, 'wajib diisi').max(4000),
  lat: coordinate(-90, 90),
  long: coordinate(-180, 180),
  address_string: z.string().max(500).optional(),
  email: z.string().max(200).optional(),
  device_id: z.string().max(200).optional(),
  account_id: z.string().max(200).optional(),
  first_name: z.string().max(100).optional(),
  last_name: z.string().max(100).optional(),
  phone: z.string().max(50).optional(),
  media_url: z.string().url().optional(),
});
export type RequestBody = z.infer<typeof requestBody>;

export async function clientForKey(apiKey: string) {
  return Open311ClientModel.findOne({ apiKeyHash: hashApiKey(apiKey), active: true }).lean();
}

export function toInboundMessage(
  clientCode: string,
  b: RequestBody,
  token: string,
  now: Date,
): InboundMessage {
  const location = b.lat !== undefined && b.long !== undefined;
  const text = [b.description, b.address_string ? `Lokasi: ${b.address_string}` : '']
    .filter(Boolean)
    .join('\n\n');
  const name = [b.first_name, b.last_name].filter(Boolean).join(' ') || undefined;
  return {
    platform: 'generic',
    accountId: `${OPEN311_SOURCE_PREFIX}${clientCode}`,
    externalId: token,
    threadKey: `request:${token}`,
    visibility: 'private',
    author: { id: b.account_id ?? b.email ?? b.device_id ?? token, name, phone: b.phone },
    text,
    attachments: [
      ...(b.media_url ? [{ type: 'image' as const, url: b.media_url }] : []),
      ...(location
        ? [
            {
              type: 'location' as const,
              location: { latitude: b.lat!, longitude: b.long!, address: b.address_string },
            },
          ]
        : []),
    ],
    createdAt: now.toISOString(),
    action: 'create',
    meta: { service_code: b.service_code, open311_client: clientCode },
  };
}

export async function submitRequest(queue: Queue, clientCode: string, b: RequestBody) {
  const token = `o311-${randomUUID()}`;
  await enqueueDelivery(queue, {
    messages: [toInboundMessage(clientCode, b, token, new Date())],
    statuses: [],
    problems: [],
  });
  return token;
}

/** The ticket number once the inbound worker has stored the request; null while it is still queued. */
export async function ticketForToken(clientSource: string | null, token: string): Promise<string | null> {
  const filter = clientSource
    ? { dedupeKey: `generic:${clientSource}:${token}` }
    : { platform: 'generic', externalId: token, direction: 'inbound' };
  const message = await MessageModel.findOne(filter).select('conversationId').lean();
  if (!message) return null;
  const conv = await ConversationModel.findById(message.conversationId).select('ticketNumber').lean();
  return conv?.ticketNumber ?? null;
}

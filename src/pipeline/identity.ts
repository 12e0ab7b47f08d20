// Keys that make ingest idempotent and thread messages into conversations (each platform's ids: see adapters/<platform>/).
import type { DeliveryStatus, InboundMessage } from '../../adapters/types.js';
import type { Platform } from '../domain/labels.js';

/** Facebook comments and Messenger DMs use the same page-scoped person id: one contact for both. */
export function contactNamespace(platform: Platform): string {
  return platform === 'messenger' ? 'facebook' : platform;
}

export function contactIdentityKey(m: InboundMessage): string {
  return `${contactNamespace(m.platform)}:${m.accountId}:${m.author.id}`;
}

export function threadRef(m: Pick<InboundMessage, 'platform' | 'accountId' | 'threadKey'>): string {
  return `${m.platform}:${m.accountId}:${m.threadKey}`;
}

export function messageDedupeKey(m: Pick<InboundMessage, 'platform' | 'accountId' | 'externalId'>): string {
  return `${m.platform}:${m.accountId}:${m.externalId}`;
}

/** The queue's idempotency key: a platform retry maps to the same job; a later edit is a new job. */
export function inboundIdempotencyKey(m: InboundMessage): string {
  const base = `${messageDedupeKey(m)}:${m.action}`;
  return m.action === 'create' ? base : `${base}:${m.createdAt}`;
}

export function statusIdempotencyKey(s: DeliveryStatus): string {
  return `status:${s.platform}:${s.accountId}:${s.externalId}:${s.status}`;
}

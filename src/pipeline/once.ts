// Writes that may be repeated by a retry yet take effect once, without a multi-document transaction (the test
// database's transactions overwrite concurrent writes; see README "Resumable pipeline").
import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import { recordCaseEvent } from '../case-events/recorded.js';
import { EventModel } from '../store/index.js';

/** The same key always gives the same ObjectId, so a write keyed by it is idempotent. (Events sort by createdAt.) */
export function onceId(key: string): Types.ObjectId {
  return new Types.ObjectId(createHash('sha256').update(key).digest().subarray(0, 12));
}

export interface EventFields {
  conversationId: unknown;
  type: string;
  actorId?: string | null;
  agencyId?: unknown;
  data?: Record<string, unknown>;
}

/**
 * Append an audit event exactly once per key: a retry rewrites the same document (its data may be refreshed,
 * e.g. the officer an assignment finally chose) instead of adding a second one.
 */
export async function recordEventOnce(key: string, event: EventFields): Promise<Types.ObjectId> {
  const _id = onceId(`event:${key}`);
  await EventModel.updateOne(
    { _id },
    {
      $set: { type: event.type, data: event.data ?? {}, actorId: event.actorId ?? null },
      $setOnInsert: { conversationId: event.conversationId, agencyId: event.agencyId, createdAt: new Date() },
    },
    { upsert: true },
  );
  // Listeners (rollups, outgoing webhooks) count an event once by its id, so a repeated write here is harmless.
  await recordCaseEvent({ ...event, _id, createdAt: new Date() });
  return _id;
}

/** Take back an event written as an intent whose change then lost a race (someone else moved the case first). */
export async function withdrawEvent(key: string): Promise<void> {
  await EventModel.deleteOne({ _id: onceId(`event:${key}`) });
}

export async function eventRecorded(key: string): Promise<boolean> {
  return Boolean(await EventModel.exists({ _id: onceId(`event:${key}`) }));
}

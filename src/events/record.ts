// The one writer of a case's history. Each change appends its events in one database command; a change that may be
// repeated (a retried job, a resumed delivery, a request sent again with its Idempotency-Key) passes a key, which
// turns the events' ids into derivations of it, so a repeat rewrites the same documents instead of adding more.
// Listeners (rollups, outgoing webhooks) hear every appended event (src/events/listeners.ts).
import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import { EventModel } from '../store/index.js';
import { announceCaseEvents } from './listeners.js';
import { isCaseEventType, type CaseEventInput } from '../domain/case-events.js';

/** The same key always gives the same ObjectId, so a write keyed by it is idempotent. (Events sort by createdAt.) */
export function onceId(key: string): Types.ObjectId {
  return new Types.ObjectId(createHash('sha256').update(key).digest().subarray(0, 12));
}

export interface CaseRef {
  _id: unknown;
  agencyId?: unknown;
}

export async function recordCaseEvents(
  conv: CaseRef,
  events: CaseEventInput[],
  opts: { onceKey?: string; at?: Date } = {},
): Promise<void> {
  if (events.length === 0) return;
  for (const e of events) {
    if (!isCaseEventType(e.type))
      throw new Error(`unknown case event type "${e.type}" (src/domain/case-events.ts)`);
  }
  const createdAt = opts.at ?? new Date();
  const docs = events.map((e) => ({
    _id: opts.onceKey ? onceId(`event:${opts.onceKey}:${e.type}`) : new Types.ObjectId(),
    conversationId: conv._id,
    agencyId: conv.agencyId,
    type: e.type,
    actorId: e.actorId ?? null,
    data: e.data,
    createdAt,
  }));
  if (opts.onceKey) {
    await EventModel.bulkWrite(
      docs.map(({ _id, type, actorId, data, ...first }) => ({
        updateOne: {
          filter: { _id },
          update: { $set: { type, actorId, data }, $setOnInsert: first },
          upsert: true,
        },
      })) as Parameters<typeof EventModel.bulkWrite>[0],
    );
  } else {
    await EventModel.insertMany(docs);
  }
  await announceCaseEvents(...docs);
}

/** An event about one message of a case (an edit, a delivery receipt): appended once per key. */
export function recordMessageEvent(conversationId: unknown, event: CaseEventInput, onceKey: string) {
  return recordCaseEvents({ _id: conversationId }, [event], { onceKey });
}

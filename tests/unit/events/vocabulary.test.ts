// The history only holds event types the vocabulary lists: the writer refuses others before touching the database,
// and the stored document refuses them too (a write that bypassed the writer).
import { Types } from 'mongoose';
import { describe, expect, it } from 'vitest';
import { recordCaseEvents } from '../../../src/events/record.js';
import { CASE_EVENT_TYPES, isCaseEventType, type CaseEventInput } from '../../../src/domain/case-events.js';
import { EventModel } from '../../../src/store/index.js';

describe('case event vocabulary', () => {
  it('refuses to write an event type it does not list', async () => {
    const unknown = { type: 'escalated_to_governor', data: {} } as unknown as CaseEventInput;
    await expect(recordCaseEvents({ _id: new Types.ObjectId() }, [unknown])).rejects.toThrow(
      /unknown case event type "escalated_to_governor"/,
    );
  });

  it('makes the stored event refuse an unlisted type and accept a listed one', () => {
    const base = { conversationId: new Types.ObjectId(), data: {}, createdAt: new Date() };
    expect(
      new EventModel({ ...base, type: 'escalated_to_governor' }).validateSync()?.errors.type,
    ).toBeDefined();
    expect(new EventModel({ ...base, type: 'replied' }).validateSync()).toBeUndefined();
  });

  it('lists each type once and recognises exactly those', () => {
    expect(new Set(CASE_EVENT_TYPES).size).toBe(CASE_EVENT_TYPES.length);
    expect(CASE_EVENT_TYPES.every(isCaseEventType)).toBe(true);
    expect(isCaseEventType('sla_breach')).toBe(true);
    expect(isCaseEventType('SLA_BREACH')).toBe(false);
  });
});

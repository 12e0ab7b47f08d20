// What a citizen's later message does to its case (src/pipeline/apply-to-case.ts): counted once, latest fields
// moved only forward, urgency only raised, a waiting case resumed and a finished one reopened, the SLA re-planned
// only when the status or the urgency moved the clocks.
import { Types } from 'mongoose';
import { describe, expect, it } from 'vitest';
import { messageChange } from '../../../src/pipeline/apply-to-case.js';
import type { ConversationDoc, MessageDoc } from '../../../src/store/index.js';

const at = new Date('2026-12-01T03:00:00Z');
const later = new Date('2026-12-01T04:00:00Z');

function caseWith(fields: Partial<ConversationDoc>): ConversationDoc {
  return {
    _id: new Types.ObjectId(),
    agencyId: new Types.ObjectId(),
    status: 'routed',
    urgency: 'normal',
    urgencyRank: 2,
    messageCount: 1,
    lastInboundAt: at,
    lastMessageAt: at,
    searchText: 'jalan berlubang',
    sla: { policyUrgency: 'normal' },
    ...fields,
  } as unknown as ConversationDoc;
}

const message = (text: string, urgency: string, createdAt = later) =>
  ({
    _id: new Types.ObjectId(),
    text,
    createdAt,
    pipeline: { stage: 'stored', urgency },
  }) as unknown as MessageDoc;

describe('a later citizen message changes its case', () => {
  it('counts itself and moves the latest fields, leaving status and clocks alone when nothing else moved', () => {
    const change = messageChange(caseWith({}), message('Terima kasih, ditunggu', 'rendah'), false)!;
    expect(change.inc).toEqual({ messageCount: 1 });
    expect(change.set).toMatchObject({
      lastInboundAt: later,
      lastMessageAt: later,
      preview: 'Terima kasih, ditunggu',
    });
    expect(change.set).not.toHaveProperty('status');
    expect(change.set).not.toHaveProperty('urgency');
    expect(change.events).toEqual([]);
    expect(change.replanSla).toBe(false);
  });

  it('does not move the latest fields back for a message that arrives out of order', () => {
    const change = messageChange(
      caseWith({ lastMessageAt: later, lastInboundAt: later }),
      message('lama', 'normal', at),
      false,
    )!;
    expect(change.set).not.toHaveProperty('lastMessageAt');
    expect(change.set).not.toHaveProperty('lastInboundAt');
  });

  it('raises the urgency with an event and re-plans the clocks with the stricter policy', () => {
    const change = messageChange(caseWith({}), message('Banjir masuk rumah, ada korban', 'kritis'), false)!;
    expect(change.set).toMatchObject({ urgency: 'kritis', urgencyRank: 0 });
    expect(change.events.map((e) => e.type)).toEqual(['reclassified']);
    expect(change.replanSla).toBe(true);
  });

  it('leaves the first plan to the routed step when the clocks were never planned', () => {
    const change = messageChange(
      caseWith({ sla: {} } as Partial<ConversationDoc>),
      message('Darurat', 'kritis'),
      false,
    )!;
    expect(change.set).toMatchObject({ urgency: 'kritis' });
    expect(change.replanSla).toBe(false);
  });

  it('resumes a case waiting on the citizen', () => {
    const change = messageChange(
      caseWith({ status: 'waiting' }),
      message('Ini fotonya pak', 'normal'),
      false,
    )!;
    expect(change.set).toMatchObject({ status: 'in_progress' });
    expect(change.events).toEqual([
      expect.objectContaining({
        type: 'status_changed',
        data: { from: 'waiting', to: 'in_progress', action: 'citizen_message' },
      }),
    ]);
    expect(change.replanSla).toBe(true);
  });

  it('reopens a resolved case and clears its resolution time; a closed one goes back to its holder', () => {
    const resolved = messageChange(caseWith({ status: 'resolved' }), message('Rusak lagi', 'normal'), false)!;
    expect(resolved.set).toMatchObject({ status: 'in_progress', resolvedAt: null });
    expect(
      messageChange(caseWith({ status: 'closed' }), message('Rusak lagi', 'normal'), false)!.set,
    ).toMatchObject({
      status: 'routed',
    });
    expect(
      messageChange(caseWith({ status: 'closed' }), message('Rusak lagi', 'normal'), true)!.set,
    ).toMatchObject({
      status: 'new',
    });
  });

  it('changes nothing for the message that opened the case, which was counted when the case was opened', () => {
    const opener = { ...message('Jalan berlubang', 'normal'), pipeline: { stage: 'applied', opened: true } };
    expect(messageChange(caseWith({}), opener as unknown as MessageDoc, false)).toBeNull();
  });
});

// An officer's correction of a case's labels: the case takes the new labels (another urgency means another SLA
// policy, so the clocks are re-planned), and the correction is recorded with the citizen's first message, so
// `aspirasi train` can learn from it once a supervisor approved it.
import type { Actor } from '../auth/access.js';
import { URGENCIES, type Urgency } from '../domain/labels.js';
import { MessageModel, type ConversationDoc } from '../store/index.js';
import { initialReview } from '../training/review.js';
import { changeCase, type CaseChangeDeps } from './change-case.js';

export type LabelCorrection = Partial<Record<'topic' | 'urgency' | 'type' | 'region', string | null>>;

export async function correctClassification(
  deps: CaseChangeDeps,
  actor: Actor,
  conv: ConversationDoc,
  after: LabelCorrection,
  key: string,
) {
  const first = await MessageModel.findOne({ conversationId: conv._id, direction: 'inbound' })
    .sort({ createdAt: 1 })
    .select('text')
    .lean();
  const done = await changeCase(deps, conv, key, (fresh) => {
    const before = {
      topic: fresh.topic ?? null,
      urgency: fresh.urgency ?? null,
      type: fresh.type ?? null,
      region: fresh.region ?? null,
    };
    const set: Record<string, unknown> = { ...after };
    if (after.urgency) set.urgencyRank = URGENCIES.indexOf(after.urgency as Urgency);
    const data = {
      by: 'officer' as const,
      before,
      after,
      text: first?.text ?? '',
      review: initialReview(actor),
    };
    return {
      set,
      events: [{ type: 'reclassified', actorId: actor.id, data }],
      replanSla: Boolean(after.urgency && after.urgency !== before.urgency),
    };
  });
  return done.view;
}

// Officers' label corrections, read back from the audit log (Event type "reclassified", by an officer).
import { parseCorrection, type Correction } from '../classify/index.js';
import { EventModel } from '../store/index.js';

/** The latest correction per text wins: an officer may change their mind. */
export async function correctionsFromEvents(since?: Date): Promise<Correction[]> {
  const events = await EventModel.find({
    type: 'reclassified',
    'data.by': 'officer',
    'data.review.status': 'approved', // only what a supervisor approved (src/training/review.ts)
    ...(since ? { createdAt: { $gte: since } } : {}),
  })
    .sort({ createdAt: 1 })
    .lean();
  const byText = new Map<string, Correction>();
  for (const e of events) {
    const data = (e.data ?? {}) as { text?: string; after?: Record<string, unknown> };
    const parsed = parseCorrection({ text: data.text, ...data.after });
    if (typeof parsed !== 'string')
      byText.set(parsed.text, { ...byText.get(parsed.text), ...stripUndefined(parsed) });
  }
  return [...byText.values()];
}

const stripUndefined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

// What hears a case's events after src/events/record.ts appended them: announceCaseEvents(...events). Listeners
// (rollups, outgoing webhooks) register here; a listener's failure is logged and never fails the writer, because
// the event is already stored and the periodic sweep (src/events/jobs.ts) picks it up again.
import { childLog } from '../log.js';

export interface RecordedCaseEvent {
  _id: unknown;
  conversationId: unknown;
  type: string;
  agencyId?: unknown;
  createdAt?: Date;
  data?: unknown;
}

export type CaseEventListener = (events: RecordedCaseEvent[]) => Promise<void>;

const log = childLog('case-events');
const listeners = new Set<CaseEventListener>();

/** Returns the function that removes the listener again. */
export function onCaseEvents(listener: CaseEventListener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export async function announceCaseEvents(...events: RecordedCaseEvent[]): Promise<void> {
  if (events.length === 0) return;
  await Promise.all(
    [...listeners].map((l) =>
      l(events).catch((err: Error) =>
        log.warn(
          { err: err.message, types: events.map((e) => e.type) },
          'case event listener failed; the sweep will catch up',
        ),
      ),
    ),
  );
}

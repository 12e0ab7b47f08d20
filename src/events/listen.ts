// Connects the event hook to the case-events queue in a running process (API and worker processes both write
// events). Once per context; returns the function that disconnects it.
import type { AppContext } from '../context.js';
import { enqueueCaseEvents } from './jobs.js';
import { onCaseEvents } from './listeners.js';

const attached = new WeakMap<AppContext, () => void>();

export function listenForCaseEvents(ctx: AppContext): () => void {
  const existing = attached.get(ctx);
  if (existing) return existing;
  const off = onCaseEvents((events) => enqueueCaseEvents(ctx.queues.caseEvents, events));
  const detach = () => {
    off();
    attached.delete(ctx);
  };
  attached.set(ctx, detach);
  return detach;
}

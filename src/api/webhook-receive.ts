// What a webhook delivery gets, whichever way it arrived (the express router, src/api/webhooks.ts, or the fast
// path in front of it, src/api/webhook-fast-path.ts): verified on raw bytes, parsed, and 2xx only once every
// event is in Redis (503 otherwise, so the platform retries).
import type { ChannelAdapter, IncomingRequest } from '../../adapters/types.js';
import type { AppContext } from '../context.js';
import { childLog } from '../log.js';
import { enqueueDelivery } from '../pipeline/enqueue.js';
import { ApiError } from './errors.js';

const log = childLog('webhooks');
const ENQUEUE_TIMEOUT_MS = 3000;

export function adapterOr404(ctx: AppContext, name: string): ChannelAdapter {
  const adapter = ctx.adapters.byName(name);
  if (!adapter) throw new ApiError(404, 'unknown_channel', `Kanal webhook "${name}" tidak dikenal.`);
  return adapter;
}

/** Rejects after `ms`; the timer is cleared as soon as `p` settles (no timer left behind per request). */
async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), ms)),
  );
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The JSON answer of an accepted delivery; throws ApiError for every refusal. */
export async function receiveWebhook(
  ctx: AppContext,
  channel: string,
  incoming: IncomingRequest,
): Promise<{ received: number }> {
  const adapter = adapterOr404(ctx, channel);
  const verdict = adapter.verify(incoming);
  if (!verdict.ok) throw new ApiError(verdict.status, 'signature_invalid', verdict.reason);
  const delivery = adapter.parse(incoming);
  for (const problem of delivery.problems)
    log.warn({ channel: adapter.name, problem }, 'unparseable webhook entry');
  if (delivery.messages.length + delivery.statuses.length === 0 && delivery.problems.length > 0) {
    throw new ApiError(400, 'invalid_payload', delivery.problems.join(' '));
  }
  try {
    return { received: await withTimeout(enqueueDelivery(ctx.queues.inbound, delivery), ENQUEUE_TIMEOUT_MS) };
  } catch (err) {
    log.error({ err: (err as Error).message, channel: adapter.name }, 'enqueue failed; platform will retry');
    throw new ApiError(503, 'queue_unavailable', 'Antrean sedang tidak tersedia; kirim ulang nanti.');
  }
}

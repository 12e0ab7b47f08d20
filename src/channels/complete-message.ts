// Before a new message is stored, its adapter may fill in what the webhook left out (Instagram @mentions come
// with ids only). A platform that is down is retried with the inbound job; on the last attempt, or when the
// platform refuses for good, the message is stored as it came, with the reason, so nothing is lost.
import type { InboundMessage } from '../../adapters/types.js';
import type { AppContext } from '../context.js';
import { messageDedupeKey } from '../pipeline/identity.js';
import { loadCredentials } from '../replies/platform-call.js';
import { MessageModel } from '../store/index.js';

export async function completeBeforeIngest(
  ctx: Pick<AppContext, 'adapters' | 'config'>,
  m: InboundMessage,
  lastAttempt: boolean,
): Promise<InboundMessage> {
  if (m.action !== 'create' || m.meta?.needsLookup !== 'true') return m;
  const adapter = ctx.adapters.forPlatform(m.platform);
  if (!adapter?.complete) return m;
  // Stored by an earlier delivery: ingest resumes that one and never reads this copy.
  if (await MessageModel.exists({ dedupeKey: messageDedupeKey(m) })) return m;
  const result = await adapter.complete(m, {
    baseUrl: ctx.adapters.baseUrlFor(m.platform),
    credentials: await loadCredentials(ctx, m.platform, m.accountId),
    fetch,
  });
  if (result.ok) return result.message;
  if (result.retryable && !lastAttempt) throw new Error(result.error);
  return { ...m, text: `${m.text}\n(${result.error})` };
}

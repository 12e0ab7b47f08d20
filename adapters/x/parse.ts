// One Account Activity delivery -> InboundMessages. Bad entries become problems; the rest still goes through.
import { list, obj, parseJsonBody, str } from '../json.js';
import type { InboundMessage, IncomingRequest, ParsedDelivery } from '../types.js';
import { dmToInbound } from './dms.js';
import { tweetDeleteToInbound, tweetToInbound } from './tweets.js';

function collect(
  items: unknown[],
  label: string,
  out: ParsedDelivery,
  toMessage: (item: unknown) => InboundMessage | null,
) {
  items.forEach((item, i) => {
    try {
      const m = toMessage(item);
      if (m) out.messages.push(m);
    } catch (err) {
      out.problems.push(`${label}[${i}]: ${(err as Error).message}`);
    }
  });
}

export function parseXDelivery(req: IncomingRequest): ParsedDelivery {
  const out: ParsedDelivery = { messages: [], statuses: [], problems: [] };
  let body: unknown;
  try {
    // Bare numeric ids ("id": 1904012345678901234) become exact strings instead of rounded numbers.
    body = parseJsonBody(req.rawBody);
  } catch {
    return { ...out, problems: ['Isi permintaan bukan JSON yang valid.'] };
  }
  const envelope = obj(body);
  if (!envelope) return { ...out, problems: ['Isi permintaan X harus berupa objek JSON.'] };
  const forUserId = str(envelope.for_user_id);
  if (!forUserId) return { ...out, problems: ['for_user_id tidak ada.'] };
  const users = obj(envelope.users);
  collect(list(envelope.tweet_create_events), 'tweet_create_events', out, (t) =>
    tweetToInbound(t, forUserId, envelope.user_has_blocked),
  );
  collect(list(envelope.direct_message_events), 'direct_message_events', out, (e) =>
    dmToInbound(e, forUserId, users),
  );
  collect(list(envelope.tweet_delete_events), 'tweet_delete_events', out, (e) =>
    tweetDeleteToInbound(e, forUserId),
  );
  // favorite_events, follow_events, typing and read indicators ...: nothing for the inbox.
  return out;
}

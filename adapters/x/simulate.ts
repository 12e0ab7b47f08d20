// `npx aspirasi simulate` sample: a DM to the province's X account through the Account Activity webhook, signed
// with the consumer secret as X signs it.
import type { SampleBuilder } from '../adapter-spec.js';
import { signXPayload } from './signature.js';

const ACCOUNT_ID = '1234567890';

export const xSample: SampleBuilder<{ X_CONSUMER_SECRET?: string }> = (ref, c, text, s) => {
  const sender = `9${String(ref.n)}`;
  const body = JSON.stringify({
    for_user_id: ACCOUNT_ID,
    direct_message_events: [
      {
        type: 'message_create',
        id: `19040${ref.n}`,
        created_timestamp: String(Date.now()),
        message_create: { target: { recipient_id: ACCOUNT_ID }, sender_id: sender, message_data: { text } },
      },
    ],
    users: { [sender]: { id: sender, name: c.name, screen_name: c.name.replace(/\W+/g, '_').toLowerCase() } },
  });
  return {
    path: '/webhooks/x',
    headers: { 'x-twitter-webhooks-signature': signXPayload(s.X_CONSUMER_SECRET ?? '', body) },
    body,
  };
};

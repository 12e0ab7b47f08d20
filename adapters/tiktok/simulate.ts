// `npx aspirasi simulate` sample: a Business Messaging DM to the province's TikTok account, signed with the app
// secret and the current time as TikTok signs it.
import type { SampleBuilder } from '../adapter-spec.js';
import { signTiktokBody } from './signature.js';

const BUSINESS_ID = '-000pemprovDemoBusiness';

export const tiktokSample: SampleBuilder<{ TIKTOK_APP_SECRET?: string }> = (ref, c, text, s) => {
  const content = {
    conversation_id: `0:1:${ref.n}:7481234567890123456`,
    message_id: `7481${ref.n}`,
    timestamp: Date.now(),
    type: 'text',
    text: { body: text },
    from: c.name.replace(/\W+/g, '').toLowerCase(),
    from_user: { id: `7481${c.id}` },
    to: 'pemprov_demo',
    to_user: { id: BUSINESS_ID },
  };
  const body = JSON.stringify({
    event: 'im_receive_msg',
    user_openid: BUSINESS_ID,
    content: JSON.stringify(content),
  });
  return {
    path: '/webhooks/tiktok',
    headers: {
      'tiktok-signature': signTiktokBody(s.TIKTOK_APP_SECRET ?? '', body, Math.floor(Date.now() / 1000)),
    },
    body,
  };
};

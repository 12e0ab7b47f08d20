// `npx aspirasi simulate` samples in Meta's own shapes (shared/reference/platforms.md), signed with the app secret:
// the province's Facebook Page, Instagram account and WhatsApp number.
import type { SampleBuilder, SampleDelivery } from '../adapter-spec.js';
import { signBody } from './signature.js';

type Settings = { META_APP_SECRET?: string };
const PAGE_ID = '100200300400500';
const IG_ID = '17841400000000001';
const WA_PHONE_ID = '106540352242922';

const delivery = (payload: unknown, s: Settings): SampleDelivery => {
  const body = JSON.stringify(payload);
  return {
    path: '/webhooks/meta',
    headers: { 'x-hub-signature-256': signBody(body, s.META_APP_SECRET ?? '') },
    body,
  };
};

const facebook: SampleBuilder<Settings> = (ref, c, text, s) => {
  const post = `${PAGE_ID}_9001`;
  const value = {
    from: { id: c.id, name: c.name },
    message: text,
    post_id: post,
    comment_id: `9001_${ref.id}`,
    created_time: Math.floor(Date.now() / 1000),
    item: 'comment',
    parent_id: post,
    verb: 'add',
  };
  const entry = { id: PAGE_ID, time: Math.floor(Date.now() / 1000), changes: [{ field: 'feed', value }] };
  return delivery({ object: 'page', entry: [entry] }, s);
};

const instagram: SampleBuilder<Settings> = (ref, c, text, s) => {
  const messaging = {
    sender: { id: c.id },
    recipient: { id: IG_ID },
    timestamp: Date.now(),
    message: { mid: `ig_${ref.id}`, text },
  };
  return delivery(
    { object: 'instagram', entry: [{ id: IG_ID, time: Date.now(), messaging: [messaging] }] },
    s,
  );
};

const whatsapp: SampleBuilder<Settings> = (ref, c, text, s) => {
  const value = {
    messaging_product: 'whatsapp',
    metadata: { display_phone_number: '6254100000', phone_number_id: WA_PHONE_ID },
    contacts: [{ profile: { name: c.name }, wa_id: c.phone }],
    messages: [
      {
        from: c.phone,
        id: `wamid.${ref.id}`,
        timestamp: String(Math.floor(Date.now() / 1000)),
        type: 'text',
        text: { body: text },
      },
    ],
  };
  const entry = { id: '102290129340398', changes: [{ field: 'messages', value }] };
  return delivery({ object: 'whatsapp_business_account', entry: [entry] }, s);
};

export const metaSamples = { facebook, instagram, whatsapp };

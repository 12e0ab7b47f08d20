// Realistic signed webhook deliveries for `aspirasi simulate`, one builder per channel, in each platform's own
// shape (the samples in tests/unit/adapters/*/samples.ts) and signed the way that platform signs.
import { genericDeliveryHeaders } from '../../../adapters/generic/index.js';
import { signBody as signMetaBody } from '../../../adapters/meta/signature.js';

export interface Citizen {
  id: string;
  name: string;
  phone: string;
}

export interface Delivery {
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** A unique message reference: text form for ids that are strings, a number for platforms with numeric ids. */
export interface MessageRef {
  id: string;
  n: number;
}

export interface Secrets {
  generic: string;
  meta: string;
  telegram: string;
}

/** Demo accounts: the province's Facebook Page, Instagram account, WhatsApp number and Telegram bot. */
const PAGE_ID = '100200300400500';
const IG_ID = '17841400000000001';
const WA_PHONE_ID = '106540352242922';

const json = (value: unknown) => JSON.stringify(value);
const metaDelivery = (payload: unknown, s: Secrets): Delivery => {
  const body = json(payload);
  return { path: '/webhooks/meta', headers: { 'x-hub-signature-256': signMetaBody(body, s.meta) }, body };
};

export const CHANNELS = {
  generic(ref: MessageRef, c: Citizen, text: string, s: Secrets): Delivery {
    const body = json({
      id: ref.id,
      author: { id: c.id, name: c.name },
      text,
      createdAt: new Date().toISOString(),
    });
    return {
      path: '/webhooks/generic/lapor-web',
      headers: genericDeliveryHeaders(s.generic, 'lapor-web', body),
      body,
    };
  },
  facebook(ref: MessageRef, c: Citizen, text: string, s: Secrets): Delivery {
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
    return metaDelivery(
      {
        object: 'page',
        entry: [{ id: PAGE_ID, time: Math.floor(Date.now() / 1000), changes: [{ field: 'feed', value }] }],
      },
      s,
    );
  },
  instagram(ref: MessageRef, c: Citizen, text: string, s: Secrets): Delivery {
    const messaging = {
      sender: { id: c.id },
      recipient: { id: IG_ID },
      timestamp: Date.now(),
      message: { mid: `ig_${ref.id}`, text },
    };
    return metaDelivery(
      { object: 'instagram', entry: [{ id: IG_ID, time: Date.now(), messaging: [messaging] }] },
      s,
    );
  },
  whatsapp(ref: MessageRef, c: Citizen, text: string, s: Secrets): Delivery {
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
    return metaDelivery(
      {
        object: 'whatsapp_business_account',
        entry: [{ id: '102290129340398', changes: [{ field: 'messages', value }] }],
      },
      s,
    );
  },
  telegram(ref: MessageRef, c: Citizen, text: string, s: Secrets): Delivery {
    const from = { id: Number(c.phone.slice(-9)), is_bot: false, first_name: c.name };
    const update = {
      update_id: ref.n,
      message: {
        message_id: ref.n,
        from,
        chat: { ...from, type: 'private' },
        date: Math.floor(Date.now() / 1000),
        text,
      },
    };
    return {
      path: '/webhooks/telegram',
      headers: { 'x-telegram-bot-api-secret-token': s.telegram },
      body: json(update),
    };
  },
} satisfies Record<string, (ref: MessageRef, c: Citizen, text: string, s: Secrets) => Delivery>;

export type ChannelName = keyof typeof CHANNELS;

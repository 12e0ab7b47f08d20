// Meta's documented webhook samples (Page feed, Messenger, Instagram, WhatsApp), kept verbatim, plus builders for variants.
// Raw JSON strings (not objects) where the exact bytes matter: signatures and ids above 2^53.

export const PAGE_ID = '448242228374517';
export const IG_ID = '17841474524784050';
export const WA_PHONE_NUMBER_ID = '106540352242922';

export const A1_FEED_COMMENT = {
  object: 'page',
  entry: [
    {
      id: '448242228374517',
      time: 1742667607,
      changes: [
        {
          field: 'feed',
          value: {
            from: { id: '6021234567890123', name: 'Budi Santoso' },
            post: {
              status_type: 'mobile_status_update',
              is_published: true,
              updated_time: '2025-03-22T18:20:04+0000',
              promotion_status: 'inactive',
              id: '448242228374517_122131676912594941',
            },
            message: 'Jalan di depan kantor kelurahan rusak parah, mohon segera diperbaiki.',
            post_id: '448242228374517_122131676912594941',
            comment_id: '122131676912594941_1213590066982748',
            created_time: 1742667604,
            item: 'comment',
            parent_id: '122131676912594941_542072878449250',
            verb: 'add',
          },
        },
      ],
    },
  ],
};

export const A2_MESSENGER_TEXT = {
  object: 'page',
  entry: [
    {
      id: '448242228374517',
      time: 1742667700123,
      messaging: [
        {
          sender: { id: '7012345678901234' },
          recipient: { id: '448242228374517' },
          timestamp: 1742667699876,
          message: {
            mid: 'm_1457764197618:41d102a3e1ae206a38',
            text: 'Selamat siang, bagaimana cara mengurus KTP yang hilang?',
            reply_to: { mid: 'm_1fTq8oLumEyIp3Q2MR-aY7IfLZDamVrALniheU' },
          },
        },
      ],
    },
  ],
};

export const A3_IG_COMMENT = {
  object: 'instagram',
  entry: [
    {
      id: '17841474524784050',
      time: 1755779280,
      changes: [
        {
          field: 'comments',
          value: {
            from: {
              id: '2105722729836161',
              username: 'warga_bandung',
              self_ig_scoped_id: '2105722729836161',
            },
            media: { id: '18172143295349192', media_product_type: 'FEED' },
            id: '17919697626119712',
            parent_id: '17919697626110001',
            text: 'Kapan jadwal vaksinasi di puskesmas Cicendo?',
          },
        },
      ],
    },
  ],
};

export const A4_IG_DM = {
  object: 'instagram',
  entry: [
    {
      id: '17841474524784050',
      time: 1755779300000,
      messaging: [
        {
          sender: { id: '1234567890123456' },
          recipient: { id: '17841474524784050' },
          timestamp: 1755779299000,
          message: {
            mid: 'aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQx…',
            text: 'Min, pengaduan banjir di RW 07 ke mana ya?',
          },
        },
      ],
    },
  ],
};

export const A5_WHATSAPP_TEXT = {
  object: 'whatsapp_business_account',
  entry: [
    {
      id: '102290129340398',
      changes: [
        {
          value: {
            messaging_product: 'whatsapp',
            metadata: { display_phone_number: '6221555012345', phone_number_id: '106540352242922' },
            contacts: [{ profile: { name: 'Dewi Lestari' }, wa_id: '6281234567890' }],
            messages: [
              {
                from: '6281234567890',
                id: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=',
                timestamp: '1749416383',
                type: 'text',
                text: { body: 'Apakah pelayanan Disdukcapil buka hari Sabtu?' },
              },
            ],
          },
          field: 'messages',
        },
      ],
    },
  ],
};

type Json = Record<string, unknown>;

/** A Page feed delivery with the given comment values (one change each). */
export function feedDelivery(values: Json[], time = 1742667607, pageId = PAGE_ID): Json {
  return {
    object: 'page',
    entry: [{ id: pageId, time, changes: values.map((value) => ({ field: 'feed', value })) }],
  };
}

export function feedComment(overrides: Json = {}): Json {
  return {
    from: { id: '6021234567890123', name: 'Budi Santoso' },
    message: 'Lampu jalan mati sejak kemarin',
    post_id: `${PAGE_ID}_122131676912594941`,
    comment_id: '122131676912594941_1000000000000001',
    created_time: 1742667604,
    item: 'comment',
    parent_id: `${PAGE_ID}_122131676912594941`,
    verb: 'add',
    ...overrides,
  };
}

/** A messaging delivery (Messenger when object is page, Instagram DMs when instagram). */
export function messagingDelivery(object: 'page' | 'instagram', events: Json[], accountId?: string): Json {
  const id = accountId ?? (object === 'page' ? PAGE_ID : IG_ID);
  return { object, entry: [{ id, time: 1742667700123, messaging: events }] };
}

export function messagingEvent(
  message: Json | null,
  extra: Json = {},
  object: 'page' | 'instagram' = 'page',
): Json {
  const account = object === 'page' ? PAGE_ID : IG_ID;
  return {
    sender: { id: '7012345678901234' },
    recipient: { id: account },
    timestamp: 1742667699876,
    ...(message ? { message } : {}),
    ...extra,
  };
}

export function whatsappDelivery(value: Json): Json {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '6221555012345', phone_number_id: WA_PHONE_NUMBER_ID },
              ...value,
            },
          },
        ],
      },
    ],
  };
}

export function waMessage(type: string, body: Json, extra: Json = {}): Json {
  return {
    from: '6281234567890',
    id: `wamid.${type.toUpperCase()}1`,
    timestamp: '1749416383',
    type,
    [type]: body,
    ...extra,
  };
}

/** POST a Meta webhook to a running app, signed over the exact bytes sent (or with a given/absent signature). */
export async function postMetaWebhook(
  appUrl: string,
  appSecret: string,
  body: unknown,
  opts: { signature?: string | null; extraHeaders?: Record<string, string> } = {},
): Promise<Response> {
  const { createHmac } = await import('node:crypto');
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const signature =
    opts.signature === undefined
      ? 'sha256=' + createHmac('sha256', appSecret).update(raw).digest('hex')
      : opts.signature;
  return fetch(`${appUrl}/webhooks/meta`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(signature ? { 'x-hub-signature-256': signature } : {}),
      ...opts.extraHeaders,
    },
    body: raw,
  });
}

/** Unix seconds / milliseconds `hoursAgo` hours before now, for payloads inside or outside a reply window. */
export const secondsAgo = (hours: number) => Math.floor((Date.now() - hours * 3_600_000) / 1000);
export const millisAgo = (hours: number) => Date.now() - Math.floor(hours * 3_600_000);

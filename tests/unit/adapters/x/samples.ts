// X's documented webhook samples verbatim as raw JSON (bare 19-digit ids must reach the parser unrounded),
// plus builders for the variants the tests need.
import { signXPayload } from '../../../../adapters/x/signature.js';
import type { IncomingRequest } from '../../../../adapters/types.js';

export const CONSUMER_SECRET = 'x-consumer-secret-test';
export const FOR_USER_ID = '1234567890';

export const A6_TWEET = `{
  "for_user_id": "1234567890",
  "user_has_blocked": false,
  "tweet_create_events": [
    {
      "created_at": "Mon Mar 24 03:15:22 +0000 2025",
      "id": 1904012345678901234,
      "id_str": "1904012345678901234",
      "text": "@pemkot_contoh lampu jalan di Jl. Merdeka mati sejak seminggu",
      "source": "<a href=\\"https://mobile.twitter.com\\" rel=\\"nofollow\\">Twitter Web App</a>",
      "truncated": false,
      "in_reply_to_status_id": null,
      "in_reply_to_status_id_str": null,
      "in_reply_to_user_id": 1234567890,
      "in_reply_to_user_id_str": "1234567890",
      "in_reply_to_screen_name": "pemkot_contoh",
      "user": { "id": 987654321, "id_str": "987654321", "name": "Siti Aminah", "screen_name": "sitiaminah", "profile_image_url_https": "https://pbs.twimg.com/profile_images/…_normal.jpg" },
      "entities": {
        "hashtags": [],
        "urls": [],
        "symbols": [],
        "user_mentions": [ { "screen_name": "pemkot_contoh", "name": "Pemkot Contoh", "id": 1234567890, "id_str": "1234567890", "indices": [0, 14] } ]
      },
      "lang": "in",
      "timestamp_ms": "1742786122000"
    }
  ]
}`;

export const A7_DM = `{
  "for_user_id": "1234567890",
  "direct_message_events": [
    {
      "type": "message_create",
      "id": "1904020000000000000",
      "created_timestamp": "1742786500000",
      "message_create": {
        "target": { "recipient_id": "1234567890" },
        "sender_id": "987654321",
        "source_app_id": "268278",
        "message_data": {
          "text": "Mohon info syarat pembuatan akta kelahiran",
          "entities": { "hashtags": [], "symbols": [], "user_mentions": [], "urls": [] }
        }
      }
    }
  ],
  "apps": { "268278": { "id": "268278", "name": "Twitter Web Client", "url": "https://twitter.com" } },
  "users": {
    "987654321": { "id": "987654321", "created_timestamp": "1422556069340", "name": "Siti Aminah", "screen_name": "sitiaminah", "protected": false, "verified": false },
    "1234567890": { "id": "1234567890", "created_timestamp": "1300000000000", "name": "Pemkot Contoh", "screen_name": "pemkot_contoh", "protected": false, "verified": true }
  }
}`;

export const CITIZEN_USER = { id_str: '987654321', name: 'Siti Aminah', screen_name: 'sitiaminah' };

export function tweet(fields: Record<string, unknown> = {}) {
  return {
    id_str: '1904012345678901299',
    text: '@pemkot_contoh jalan rusak',
    truncated: false,
    in_reply_to_status_id_str: null,
    user: CITIZEN_USER,
    timestamp_ms: '1742786122000',
    ...fields,
  };
}

export function dmEvent(fields: Record<string, unknown> = {}, create: Record<string, unknown> = {}) {
  return {
    type: 'message_create',
    id: '1904020000000000999',
    created_timestamp: '1742786500000',
    message_create: {
      target: { recipient_id: FOR_USER_ID },
      sender_id: '987654321',
      message_data: { text: 'Halo admin' },
      ...create,
    },
    ...fields,
  };
}

export function xRequest(body: unknown, opts: { signature?: string | null } = {}): IncomingRequest {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const signature = opts.signature === undefined ? signXPayload(CONSUMER_SECRET, raw) : opts.signature;
  return {
    rawBody: Buffer.from(raw),
    headers: signature === null ? {} : { 'x-twitter-webhooks-signature': signature },
    query: {},
    params: { channel: 'x' },
  };
}

/** POST a delivery to a running Aspirasi, signed as X signs it (or with the given signature). */
export function postX(appUrl: string, secret: string, body: unknown, signature?: string) {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  return fetch(`${appUrl}/webhooks/x`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-twitter-webhooks-signature': signature ?? signXPayload(secret, raw),
    },
    body: raw,
  });
}

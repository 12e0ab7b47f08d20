// TikTok's documented webhook samples verbatim, plus builders for variants. Raw strings keep the bytes exact.
import { signTiktokBody } from '../../../../adapters/tiktok/signature.js';
import type { IncomingRequest } from '../../../../adapters/types.js';

export const APP_SECRET = 'tiktok-app-secret-test';
export const BUSINESS_ID = '-000aBcDeFgHiJkLmNoPqRsTuV';
export const NOW = 1742790010; // a few seconds after the samples were sent

export const A9_DM = `{
  "event": "im_receive_msg",
  "user_openid": "-000aBcDeFgHiJkLmNoPqRsTuV",
  "content": "{\\"conversation_id\\":\\"0:1:7301242590496705810:7481234567890123456\\",\\"message_id\\":\\"7481234567890123999\\",\\"timestamp\\":1742790000123,\\"type\\":\\"text\\",\\"text\\":{\\"body\\":\\"Halo admin, mau tanya jadwal samsat keliling\\"},\\"from\\":\\"wargasby\\",\\"from_user\\":{\\"id\\":\\"7481234567890123456\\"},\\"to\\":\\"dishub_contoh\\",\\"to_user\\":{\\"id\\":\\"-000aBcDeFgHiJkLmNoPqRsTuV\\"}}"
}`;

export const A10_COMMENT = `{
  "event": "comment.update",
  "user_openid": "-000aBcDeFgHiJkLmNoPqRsTuV",
  "content": "{\\"comment_id\\":\\"7485123456789012345\\",\\"video_id\\":\\"7484123456789012345\\",\\"parent_comment_id\\":\\"7484123456789012345\\",\\"comment_type\\":\\"comment\\",\\"comment_action\\":\\"insert\\",\\"timestamp\\":1742790300,\\"unique_identifier\\":\\"wargasby\\",\\"text\\":\\"Tolong perbaiki lampu merah di simpang lima\\"}"
}`;

/** A webhook whose content is the given object serialized as a JSON string, as TikTok sends it. */
export function envelope(event: string, content: unknown, userOpenid = BUSINESS_ID) {
  return {
    event,
    user_openid: userOpenid,
    content: typeof content === 'string' ? content : JSON.stringify(content),
  };
}

export function dmContent(fields: Record<string, unknown> = {}) {
  return {
    conversation_id: '0:1:7301242590496705810:7481234567890123456',
    message_id: '7481234567890124000',
    timestamp: 1742790000123,
    type: 'text',
    text: { body: 'Halo admin' },
    from: 'wargasby',
    from_user: { id: '7481234567890123456' },
    to: 'dishub_contoh',
    to_user: { id: BUSINESS_ID },
    ...fields,
  };
}

export function commentContent(fields: Record<string, unknown> = {}) {
  return {
    comment_id: '7485123456789012399',
    video_id: '7484123456789012345',
    parent_comment_id: '7484123456789012345',
    comment_type: 'comment',
    comment_action: 'insert',
    timestamp: 1742790300,
    unique_identifier: 'wargasby',
    text: 'Lampu merah mati',
    ...fields,
  };
}

export function tiktokRequest(
  body: unknown,
  opts: { header?: string | null; t?: number } = {},
): IncomingRequest {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const header = opts.header === undefined ? signTiktokBody(APP_SECRET, raw, opts.t ?? NOW - 3) : opts.header;
  return {
    rawBody: Buffer.from(raw),
    headers: header === null ? {} : { 'tiktok-signature': header },
    query: {},
    params: { channel: 'tiktok' },
  };
}

/** POST a webhook to a running Aspirasi, signed as TikTok signs it at time `t` (default: now). */
export function postTiktok(appUrl: string, secret: string, body: unknown, t = Math.floor(Date.now() / 1000)) {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  return fetch(`${appUrl}/webhooks/tiktok`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'tiktok-signature': signTiktokBody(secret, raw, t) },
    body: raw,
  });
}

// Telegram's documented update sample verbatim, plus builders for the variants the tests need.
import type { IncomingRequest } from '../../../../adapters/types.js';

export const SECRET = 'tg-secret_TOKEN-123';

export const A11_TEXT = `{
  "update_id": 902345678,
  "message": {
    "message_id": 1542,
    "from": { "id": 5123456789, "is_bot": false, "first_name": "Rina", "last_name": "Wulandari", "username": "rinawulan", "language_code": "id" },
    "chat": { "id": 5123456789, "first_name": "Rina", "last_name": "Wulandari", "username": "rinawulan", "type": "private" },
    "date": 1742790000,
    "text": "Halo, saya mau melaporkan sampah menumpuk di RT 05"
  }
}`;

export const CITIZEN = {
  id: 5123456789,
  is_bot: false,
  first_name: 'Rina',
  last_name: 'Wulandari',
  username: 'rinawulan',
};
export const PRIVATE_CHAT = { id: 5123456789, first_name: 'Rina', type: 'private' };
export const GROUP_CHAT = { id: -1001987654321, title: 'Forum Warga Samarinda', type: 'supergroup' };

export function tgMessage(fields: Record<string, unknown> = {}) {
  return { message_id: 1542, from: CITIZEN, chat: PRIVATE_CHAT, date: 1742790000, ...fields };
}

export function tgRequest(
  body: unknown,
  opts: { secret?: string | null; source?: string } = {},
): IncomingRequest {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const secret = opts.secret === undefined ? SECRET : opts.secret;
  return {
    rawBody: Buffer.from(raw),
    headers: secret === null ? {} : { 'x-telegram-bot-api-secret-token': secret },
    query: {},
    params: opts.source ? { channel: 'telegram', source: opts.source } : { channel: 'telegram' },
  };
}

/** POST an update to a running Aspirasi, with the secret header as Telegram sends it. */
export function postTelegram(appUrl: string, secret: string | null, body: unknown, source?: string) {
  return fetch(`${appUrl}/webhooks/telegram${source ? `/${source}` : ''}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(secret === null ? {} : { 'x-telegram-bot-api-secret-token': secret }),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

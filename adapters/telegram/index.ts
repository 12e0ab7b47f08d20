// The Telegram Bot API adapter behind POST /webhooks/telegram (one bot) or /webhooks/telegram/:source (many bots).
// Replies need the bot's token as ChannelAccount credentials { botToken }, keyed by the same account id.
import { z } from 'zod';
import { defineAdapter } from '../adapter-spec.js';
import type { ChannelAdapter } from '../types.js';
import { fetchTelegramMedia } from './media.js';
import { parseTelegramDelivery } from './parse.js';
import { sendTelegramReply } from './send.js';
import { verifyTelegramSecret } from './signature.js';
import { telegramSample } from './simulate.js';

export function createTelegramAdapter({ secretToken }: { secretToken: string }): ChannelAdapter {
  return {
    name: 'telegram',
    verify: (req) => verifyTelegramSecret(req, secretToken),
    parse: parseTelegramDelivery,
    send: sendTelegramReply,
    fetchMedia: fetchTelegramMedia,
  };
}

export const telegramAdapter = defineAdapter({
  name: 'telegram',
  platforms: ['telegram'],
  config: {
    TELEGRAM_SECRET_TOKEN: z.string().min(1).optional(),
    TELEGRAM_API_URL: z.string().url().default('https://api.telegram.org'),
  },
  platformSecrets: ['TELEGRAM_SECRET_TOKEN'],
  devDefaults: { TELEGRAM_SECRET_TOKEN: 'dev-only-telegram-secret' },
  apiUrl: (s) => s.TELEGRAM_API_URL,
  fetchesMedia: true,
  create: (s) => createTelegramAdapter({ secretToken: s.TELEGRAM_SECRET_TOKEN ?? '' }),
  samples: { telegram: telegramSample },
});

export { SECRET_HEADER as TELEGRAM_SECRET_HEADER } from './signature.js';

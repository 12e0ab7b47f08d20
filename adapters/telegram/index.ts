// The Telegram Bot API adapter behind POST /webhooks/telegram (one bot) or /webhooks/telegram/:source (many bots).
// Replies need the bot's token as ChannelAccount credentials { botToken }, keyed by the same account id.
import type { ChannelAdapter } from '../types.js';
import { parseTelegramDelivery } from './parse.js';
import { sendTelegramReply } from './send.js';
import { verifyTelegramSecret } from './signature.js';

export function createTelegramAdapter({ secretToken }: { secretToken: string }): ChannelAdapter {
  return {
    name: 'telegram',
    verify: (req) => verifyTelegramSecret(req, secretToken),
    parse: parseTelegramDelivery,
    send: sendTelegramReply,
  };
}

export { SECRET_HEADER as TELEGRAM_SECRET_HEADER } from './signature.js';

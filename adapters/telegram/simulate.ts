// `npx aspirasi simulate` sample: a private message to the province's bot, with the webhook's secret header.
import type { SampleBuilder } from '../adapter-spec.js';
import { SECRET_HEADER } from './signature.js';

export const telegramSample: SampleBuilder<{ TELEGRAM_SECRET_TOKEN?: string }> = (ref, c, text, s) => {
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
    headers: { [SECRET_HEADER]: s.TELEGRAM_SECRET_TOKEN ?? '' },
    body: JSON.stringify(update),
  };
};

// The TikTok adapter behind POST /webhooks/tiktok: Business Messaging DMs (private) and comment.update on the
// business account's videos (public). Replies need ChannelAccount credentials { accessToken } for the account
// id = user_openid (the business id).
import { z } from 'zod';
import { defineAdapter } from '../adapter-spec.js';
import type { ChannelAdapter } from '../types.js';
import { parseTiktokDelivery } from './parse.js';
import { tiktokReplyWindow } from './reply-window.js';
import { sendTiktokReply } from './send.js';
import { verifyTiktokSignature } from './signature.js';

export interface TiktokAdapterOptions {
  appSecret: string; // TIKTOK_APP_SECRET
  /** Clock for the signature's timestamp check (tests pin it). */
  nowSeconds?: () => number;
}

export function createTiktokAdapter({ appSecret, nowSeconds }: TiktokAdapterOptions): ChannelAdapter {
  return {
    name: 'tiktok',
    verify: (req) => verifyTiktokSignature(req, appSecret, nowSeconds?.()),
    parse: parseTiktokDelivery,
    send: sendTiktokReply,
  };
}

export const tiktokAdapter = defineAdapter({
  name: 'tiktok',
  platforms: ['tiktok'],
  config: {
    TIKTOK_APP_SECRET: z.string().min(1).optional(),
    TIKTOK_API_URL: z.string().url().default('https://business-api.tiktok.com'),
  },
  platformSecrets: ['TIKTOK_APP_SECRET'],
  apiUrl: (s) => s.TIKTOK_API_URL,
  create: (s) => createTiktokAdapter({ appSecret: s.TIKTOK_APP_SECRET ?? '' }),
  replyWindow: tiktokReplyWindow,
});

export { signTiktokBody } from './signature.js';

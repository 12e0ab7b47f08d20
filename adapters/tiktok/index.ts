// The TikTok adapter behind POST /webhooks/tiktok: Business Messaging DMs (private) and comment.update on the
// business account's videos (public). Replies need ChannelAccount credentials { accessToken } for the account
// id = user_openid (the business id); with { refreshToken, accessTokenExpiresAt } too, the 24 h access token is
// refreshed before it expires (tt_user/oauth2/refresh_token, needs TIKTOK_APP_ID) and stored sealed.
import { z } from 'zod';
import { defineAdapter } from '../adapter-spec.js';
import { envelopeRefresh, type OAuthClient } from '../oauth.js';
import type { ChannelAdapter } from '../types.js';
import { parseTiktokDelivery } from './parse.js';
import { tiktokReplyWindow } from './reply-window.js';
import { sendTiktokReply } from './send.js';
import { verifyTiktokSignature } from './signature.js';
import { tiktokSample } from './simulate.js';

export interface TiktokAdapterOptions {
  appSecret: string; // TIKTOK_APP_SECRET
  /** Refreshes access tokens; absent = tokens are used as stored. */
  oauth?: OAuthClient;
  /** Clock for the signature's timestamp check (tests pin it). */
  nowSeconds?: () => number;
}

export function createTiktokAdapter({ appSecret, nowSeconds, oauth }: TiktokAdapterOptions): ChannelAdapter {
  return {
    name: 'tiktok',
    verify: (req) => verifyTiktokSignature(req, appSecret, nowSeconds?.()),
    parse: parseTiktokDelivery,
    send: (reply, ctx) => sendTiktokReply(reply, ctx, oauth),
  };
}

export const tiktokAdapter = defineAdapter({
  name: 'tiktok',
  platforms: ['tiktok'],
  config: {
    TIKTOK_APP_SECRET: z.string().min(1).optional(),
    TIKTOK_API_URL: z.string().url().default('https://business-api.tiktok.com'),
    /** The app id (client_id) token refreshes are made with. */
    TIKTOK_APP_ID: z.string().min(1).optional(),
  },
  platformSecrets: ['TIKTOK_APP_SECRET'],
  devDefaults: { TIKTOK_APP_SECRET: 'dev-only-tiktok-app-secret' },
  samples: { tiktok: tiktokSample },
  apiUrl: (s) => s.TIKTOK_API_URL,
  create: (s) =>
    createTiktokAdapter({
      appSecret: s.TIKTOK_APP_SECRET ?? '',
      oauth: s.TIKTOK_APP_ID
        ? {
            platform: 'TikTok',
            refresh: envelopeRefresh(`${s.TIKTOK_API_URL}/open_api/v1.3/tt_user/oauth2/refresh_token/`, {
              client_id: s.TIKTOK_APP_ID,
              client_secret: s.TIKTOK_APP_SECRET ?? '',
            }),
          }
        : undefined,
    }),
  replyWindow: tiktokReplyWindow,
});

export { signTiktokBody } from './signature.js';

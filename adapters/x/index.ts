// The X (Twitter) Account Activity adapter behind GET|POST /webhooks/x: mentions and replies (public) and DMs
// (private) of the subscribed account. Replies need ChannelAccount credentials { accessToken } (OAuth 2.0
// user context) for the account id = for_user_id.
import { z } from 'zod';
import { defineAdapter } from '../adapter-spec.js';
import type { ChannelAdapter } from '../types.js';
import { parseXDelivery } from './parse.js';
import { sendXReply } from './send.js';
import { verifyXSignature, xCrcHandshake } from './signature.js';
import { xSample } from './simulate.js';

export function createXAdapter({ consumerSecret }: { consumerSecret: string }): ChannelAdapter {
  return {
    name: 'x',
    handshake: (req) => xCrcHandshake(req, consumerSecret),
    verify: (req) => verifyXSignature(req, consumerSecret),
    parse: parseXDelivery,
    send: sendXReply,
  };
}

export const xAdapter = defineAdapter({
  name: 'x',
  platforms: ['x'],
  config: {
    X_CONSUMER_SECRET: z.string().min(1).optional(),
    X_API_URL: z.string().url().default('https://api.x.com'),
  },
  platformSecrets: ['X_CONSUMER_SECRET'],
  devDefaults: { X_CONSUMER_SECRET: 'dev-only-x-consumer-secret' },
  samples: { x: xSample },
  apiUrl: (s) => s.X_API_URL,
  create: (s) => createXAdapter({ consumerSecret: s.X_CONSUMER_SECRET ?? '' }),
});

export { signXPayload } from './signature.js';

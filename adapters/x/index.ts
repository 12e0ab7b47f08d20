// The X (Twitter) Account Activity adapter behind GET|POST /webhooks/x: mentions and replies (public) and DMs
// (private) of the subscribed account. Replies need ChannelAccount credentials { accessToken } (OAuth 2.0
// user context) for the account id = for_user_id.
import type { ChannelAdapter } from '../types.js';
import { parseXDelivery } from './parse.js';
import { sendXReply } from './send.js';
import { verifyXSignature, xCrcHandshake } from './signature.js';

export function createXAdapter({ consumerSecret }: { consumerSecret: string }): ChannelAdapter {
  return {
    name: 'x',
    handshake: (req) => xCrcHandshake(req, consumerSecret),
    verify: (req) => verifyXSignature(req, consumerSecret),
    parse: parseXDelivery,
    send: sendXReply,
  };
}

export { signXPayload } from './signature.js';

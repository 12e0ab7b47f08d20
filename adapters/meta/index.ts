// The Meta adapter (Facebook Page comments, Messenger, Instagram, WhatsApp Cloud API) behind /webhooks/meta.
import type { ChannelAdapter } from '../types.js';
import { metaHandshake } from './handshake.js';
import { parseMetaDelivery } from './parse.js';
import { metaReplyWindow } from './reply-window.js';
import { sendMetaReply } from './send.js';
import { verifyMetaSignature } from './signature.js';

export interface MetaAdapterOptions {
  appSecret: string; // META_APP_SECRET
  verifyToken: string; // META_VERIFY_TOKEN
}

export function createMetaAdapter({ appSecret, verifyToken }: MetaAdapterOptions): ChannelAdapter {
  return {
    name: 'meta',
    handshake: (req) => metaHandshake(req, verifyToken),
    replyWindow: metaReplyWindow,
    verify: (req) => verifyMetaSignature(req, appSecret),
    parse: (req) => parseMetaDelivery(req.rawBody),
    send: sendMetaReply,
  };
}

export { signBody as signMetaBody } from './signature.js';

// The Meta adapter (Facebook Page comments, Messenger, Instagram, WhatsApp Cloud API) behind /webhooks/meta.
import { z } from 'zod';
import { defineAdapter } from '../adapter-spec.js';
import type { ChannelAdapter } from '../types.js';
import { metaHandshake } from './handshake.js';
import { completeInstagramMention } from './mention-lookup.js';
import { parseMetaDelivery } from './parse.js';
import { metaReplyWindow } from './reply-window.js';
import { sendMetaReply } from './send.js';
import { verifyMetaSignature } from './signature.js';
import { listWhatsappTemplates } from './whatsapp-templates.js';
import { metaSamples } from './simulate.js';

export interface MetaAdapterOptions {
  appSecret: string; // META_APP_SECRET
  verifyToken: string; // META_VERIFY_TOKEN
}

export function createMetaAdapter({ appSecret, verifyToken }: MetaAdapterOptions): ChannelAdapter {
  return {
    name: 'meta',
    handshake: (req) => metaHandshake(req, verifyToken),
    verify: (req) => verifyMetaSignature(req, appSecret),
    parse: (req) => parseMetaDelivery(req.rawBody),
    send: sendMetaReply,
    complete: completeInstagramMention,
    listTemplates: async (platform, ctx) =>
      platform === 'whatsapp'
        ? listWhatsappTemplates(ctx)
        : { ok: false, retryable: false, error: 'Templat pesan hanya ada di WhatsApp.' },
  };
}

export const metaAdapter = defineAdapter({
  name: 'meta',
  platforms: ['facebook', 'messenger', 'instagram', 'whatsapp'],
  config: {
    META_APP_SECRET: z.string().min(1).optional(),
    META_VERIFY_TOKEN: z.string().min(1).optional(),
    META_GRAPH_URL: z.string().url().default('https://graph.facebook.com/v21.0'),
  },
  platformSecrets: ['META_APP_SECRET', 'META_VERIFY_TOKEN'],
  devDefaults: {
    META_APP_SECRET: 'dev-only-meta-app-secret',
    META_VERIFY_TOKEN: 'dev-only-meta-verify-token',
  },
  apiUrl: (s) => s.META_GRAPH_URL,
  create: (s) =>
    createMetaAdapter({ appSecret: s.META_APP_SECRET ?? '', verifyToken: s.META_VERIFY_TOKEN ?? '' }),
  replyWindow: metaReplyWindow,
  samples: metaSamples,
});

export { signBody as signMetaBody } from './signature.js';

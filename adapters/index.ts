// The adapter registry: webhook routes find adapters by name, replies by platform.
import type { Config } from '../src/config.js';
import type { Platform } from '../src/domain/labels.js';
import { createGenericAdapter } from './generic/index.js';
import { createMetaAdapter } from './meta/index.js';
import { createTelegramAdapter } from './telegram/index.js';
import { createTiktokAdapter } from './tiktok/index.js';
import { createWebformAdapter } from './webform/index.js';
import { createXAdapter } from './x/index.js';
import type { ChannelAdapter } from './types.js';

export interface AdapterRegistry {
  byName(name: string): ChannelAdapter | undefined;
  forPlatform(platform: Platform): ChannelAdapter | undefined;
  /** The platform API base URL from config (tests point it at a local fake server). */
  baseUrlFor(platform: Platform): string;
}

export function createAdapters(config: Config): AdapterRegistry {
  const generic = createGenericAdapter({
    secret: config.GENERIC_WEBHOOK_SECRET,
    acceptLegacySignature: config.NODE_ENV !== 'production',
  });
  const meta = createMetaAdapter({
    appSecret: config.META_APP_SECRET ?? '',
    verifyToken: config.META_VERIFY_TOKEN ?? '',
  });
  const telegram = createTelegramAdapter({ secretToken: config.TELEGRAM_SECRET_TOKEN ?? '' });
  const x = createXAdapter({ consumerSecret: config.X_CONSUMER_SECRET ?? '' });
  const tiktok = createTiktokAdapter({ appSecret: config.TIKTOK_APP_SECRET ?? '' });
  const webform = createWebformAdapter({
    smtpUrl: config.SMTP_URL,
    mailFrom: config.MAIL_FROM,
    publicUrl: config.PUBLIC_URL,
  });
  const adapters: ChannelAdapter[] = [generic, meta, telegram, x, tiktok, webform];
  // Each platform adapter registers here, with the platforms whose replies it sends.
  const platformAdapters: Partial<Record<Platform, ChannelAdapter>> = {
    generic,
    webform,
    facebook: meta,
    messenger: meta,
    instagram: meta,
    whatsapp: meta,
    telegram,
    x,
    tiktok,
  };

  const baseUrls: Partial<Record<Platform, string>> = {
    facebook: config.META_GRAPH_URL,
    messenger: config.META_GRAPH_URL,
    instagram: config.META_GRAPH_URL,
    whatsapp: config.META_GRAPH_URL,
    x: config.X_API_URL,
    telegram: config.TELEGRAM_API_URL,
    tiktok: config.TIKTOK_API_URL,
    youtube: config.YOUTUBE_API_URL,
  };
  const names = new Map(adapters.map((a) => [a.name, a]));
  return {
    byName: (name) => names.get(name),
    forPlatform: (platform) => platformAdapters[platform],
    baseUrlFor: (platform) => baseUrls[platform] ?? '',
  };
}

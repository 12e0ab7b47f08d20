// Where each platform serves the media of its messages. An attachment link is shown (by the API and by the web
// inbox, which imports this file) only when it is https on one of its platform's hosts: a message cannot make an
// officer's browser load or open an address of the sender's choosing. Pure TS, no Node imports (the web uses it).
import type { Platform } from './labels';

/** A host matches itself and its subdomains (scontent-sin6-1.xx.fbcdn.net matches fbcdn.net). */
const META = ['fbcdn.net', 'fbsbx.com', 'cdninstagram.com'];
export const MEDIA_HOSTS: Record<Platform, readonly string[]> = {
  facebook: META,
  messenger: META,
  instagram: META,
  whatsapp: META,
  x: ['pbs.twimg.com', 'video.twimg.com', 'ton.twitter.com'],
  tiktok: ['tiktokcdn.com', 'tiktokcdn-us.com', 'tiktokv.com', 'ibyteimg.com', 'www.tiktok.com'],
  youtube: ['ytimg.com', 'ggpht.com', 'googleusercontent.com'],
  // Telegram file URLs carry the bot token; e-mail, web form and generic sources bring no platform media.
  telegram: [],
  email: [],
  webform: [],
  generic: [],
};

const matches = (hostname: string, allowed: string) =>
  hostname === allowed || hostname.endsWith(`.${allowed}`);

/** Files of our own channels (website form, e-mail) are served by the API itself (src/media/router.ts). */
const OWN_MEDIA = /^\/api\/media\/[0-9a-f]{24}$/;
const OWN_MEDIA_PLATFORMS: readonly string[] = ['email', 'webform'];
export const ownMediaUrl = (id: string) => `/api/media/${id}`;

export function isAllowedMediaUrl(platform: string, url: unknown): url is string {
  if (typeof url !== 'string' || url.length > 2048) return false;
  if (OWN_MEDIA.test(url)) return OWN_MEDIA_PLATFORMS.includes(platform);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return false;
  if (parsed.port && parsed.port !== '443') return false;
  const hosts = MEDIA_HOSTS[platform as Platform] ?? [];
  return hosts.some((h) => matches(parsed.hostname.toLowerCase(), h));
}

/** CSP img-src/media-src sources for every platform host (https://host and https://*.host). */
export function mediaHostSources(): string[] {
  const hosts = [...new Set(Object.values(MEDIA_HOSTS).flat())];
  return hosts.flatMap((h) => [`https://${h}`, `https://*.${h}`]);
}

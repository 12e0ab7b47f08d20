// YouTube comments on the connected channels' videos, read by polling (no webhooks exist for comments) and
// answered with comments.insert. ChannelAccount (youtube, <channel id UC…>) credentials:
// { refreshToken, accessToken?, accessTokenExpiresAt? } granted to YOUTUBE_CLIENT_ID with scope youtube.force-ssl.
import { defineAdapter } from '../adapter-spec.js';
import { ALWAYS_OPEN, type ChannelAdapter } from '../types.js';
import { pollYoutube } from './poll.js';
import { quotaCounterName } from './quota.js';
import { sendYoutubeReply } from './send.js';
import { youtubeConfig, type YoutubeSettings } from './settings.js';

const NO_WEBHOOK = 'Kanal YouTube dibaca lewat polling; tidak ada webhook untuk dikirim ke sini.';

export function createYoutubeAdapter(settings: YoutubeSettings): ChannelAdapter {
  return {
    name: 'youtube',
    verify: () => ({ ok: false, status: 404, reason: NO_WEBHOOK }),
    parse: () => ({ messages: [], statuses: [], problems: [NO_WEBHOOK] }),
    send: (reply, ctx) => sendYoutubeReply(reply, ctx, settings),
  };
}

export const youtubeAdapter = defineAdapter({
  name: 'youtube',
  platforms: ['youtube'],
  config: youtubeConfig,
  platformSecrets: ['YOUTUBE_CLIENT_SECRET'],
  apiUrl: (s) => s.YOUTUBE_API_URL,
  create: createYoutubeAdapter,
  replyWindow: (input) =>
    input.visibility === 'private'
      ? {
          open: false,
          closesAt: null,
          reason: 'YouTube tidak punya pesan pribadi; balas secara publik di komentar.',
        }
      : ALWAYS_OPEN,
  poller: { everyMs: (s) => s.YOUTUBE_POLL_SECONDS * 1000, poll: pollYoutube },
  quota: { counterName: quotaCounterName, limit: (s) => s.YOUTUBE_DAILY_QUOTA },
});

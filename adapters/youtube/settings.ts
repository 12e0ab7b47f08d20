// YouTube's environment variables (validated at start with the rest, src/config.ts) and what they make.
import { z } from 'zod';
import { formRefresh, type OAuthClient } from '../oauth.js';
import type { QuotaBudget } from './quota.js';

export const youtubeConfig = {
  YOUTUBE_API_URL: z.string().url().default('https://www.googleapis.com/youtube/v3'),
  YOUTUBE_OAUTH_TOKEN_URL: z.string().url().default('https://oauth2.googleapis.com/token'),
  /** The Google Cloud OAuth client the channels granted access to (refreshing their tokens needs it). */
  YOUTUBE_CLIENT_ID: z.string().min(1).optional(),
  YOUTUBE_CLIENT_SECRET: z.string().min(1).optional(),
  /** Seconds between two polls of one channel: 120 s is 720 units a day per channel at one page per poll. */
  YOUTUBE_POLL_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
  /** The project's daily quota in units (Google's default is 10,000). */
  YOUTUBE_DAILY_QUOTA: z.coerce.number().int().min(100).default(10_000),
  /** Units polling leaves for officers' replies (50 each). */
  YOUTUBE_QUOTA_RESERVE: z.coerce.number().int().min(0).default(1_000),
  /** On a channel's first poll, how far back comments are taken in. */
  YOUTUBE_BACKFILL_HOURS: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 30)
    .default(24),
};

export interface YoutubeSettings {
  YOUTUBE_API_URL: string;
  YOUTUBE_OAUTH_TOKEN_URL: string;
  YOUTUBE_CLIENT_ID?: string;
  YOUTUBE_CLIENT_SECRET?: string;
  YOUTUBE_POLL_SECONDS: number;
  YOUTUBE_DAILY_QUOTA: number;
  YOUTUBE_QUOTA_RESERVE: number;
  YOUTUBE_BACKFILL_HOURS: number;
}

export const oauthClient = (s: YoutubeSettings): OAuthClient => ({
  platform: 'YouTube',
  refresh: formRefresh(s.YOUTUBE_OAUTH_TOKEN_URL, {
    client_id: s.YOUTUBE_CLIENT_ID ?? '',
    client_secret: s.YOUTUBE_CLIENT_SECRET ?? '',
  }),
});

export const budget = (s: YoutubeSettings): QuotaBudget => ({
  limit: s.YOUTUBE_DAILY_QUOTA,
  reserve: Math.min(s.YOUTUBE_QUOTA_RESERVE, s.YOUTUBE_DAILY_QUOTA),
});

// Connected accounts (Facebook Page, Instagram account, WhatsApp number, ...): admins add them with their
// access token; the token is sealed at rest and never returned by the API. Saving an account again without
// credentials keeps the stored ones (renaming a Page must not disconnect it).
import { Router } from 'express';
import { Types } from 'mongoose';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { PLATFORMS, type Platform } from '../domain/labels.js';
import { seal } from '../security/seal.js';
import { referenceCaches } from '../cache/reference-cache.js';
import { ChannelAccountModel } from '../store/index.js';
import { recordAudit } from '../audit/record.js';
import { syncPollSchedules } from '../channels/poll-schedule.js';
import { childLog } from '../log.js';
import { requireRole } from './auth.js';
import { auditContext } from './audit-context.js';
import { ApiError, parseOr400 } from './errors.js';

const META_PLATFORMS: Platform[] = ['facebook', 'messenger', 'instagram', 'whatsapp'];

const accountBody = z.object({
  platform: z.enum(PLATFORMS),
  // Ids stay strings: Meta ids exceed 2^53 and would be rounded as JSON numbers.
  accountId: z.string().trim().min(1, 'wajib diisi').max(200),
  name: z.string().trim().min(1, 'wajib diisi').max(200),
  agencyId: z
    .string()
    .refine((v) => Types.ObjectId.isValid(v), 'bukan id instansi yang valid')
    .optional(),
  credentials: z.record(z.string().max(100), z.string().min(1).max(4000)).optional(),
  replyUrl: z.string().url().optional(),
  active: z.boolean().default(true),
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const accountView = (a: any) => ({
  id: String(a._id),
  platform: a.platform,
  accountId: a.accountId,
  name: a.name,
  agencyId: a.agencyId ? String(a.agencyId) : null,
  replyUrl: a.replyUrl ?? null,
  active: a.active,
  hasCredentials: Boolean(a.credentialsSealed),
  // Polled platforms: when it was last read and what went wrong, so an admin sees a stuck channel.
  poll: a.pollState
    ? {
        lastPolledAt: a.pollState.lastPolledAt ?? null,
        lastError: a.pollState.lastError ?? null,
        pausedUntil: a.pollState.pausedUntil ?? null,
      }
    : null,
  updatedAt: a.updatedAt,
});

/** A Facebook Page answers both comments (facebook) and Messenger DMs with one Page token. */
const platformsOf = (platform: Platform): Platform[] =>
  platform === 'facebook' || platform === 'messenger' ? ['facebook', 'messenger'] : [platform];

export function channelAccountsRouter(ctx: AppContext): Router {
  const router = Router();
  router.use('/channel-accounts', requireRole('admin'));

  router.get('/channel-accounts', async (_req, res) => {
    const accounts = await ChannelAccountModel.find()
      .select('+credentialsSealed')
      .sort({ platform: 1, name: 1 })
      .lean();
    res.json({ items: accounts.map(accountView) });
  });

  router.post('/channel-accounts', async (req, res) => {
    const body = parseOr400(accountBody, req.body);
    const newCredentials = body.credentials && Object.keys(body.credentials).length > 0;
    const exists = await ChannelAccountModel.exists({ platform: body.platform, accountId: body.accountId });
    if (!exists && META_PLATFORMS.includes(body.platform) && !body.credentials?.accessToken) {
      throw new ApiError(
        400,
        'invalid_request',
        'Permintaan tidak valid — credentials.accessToken: akun Meta memerlukan credentials.accessToken',
      );
    }
    const sealed = seal(newCredentials ? body.credentials : {}, ctx.config.ENCRYPTION_KEY);
    const saved = [];
    for (const platform of platformsOf(body.platform)) {
      const doc = await ChannelAccountModel.findOneAndUpdate(
        { platform, accountId: body.accountId },
        {
          $set: {
            name: body.name,
            active: body.active,
            ...(newCredentials ? { credentialsSealed: sealed } : {}),
            ...(body.agencyId ? { agencyId: body.agencyId } : {}),
            ...(body.replyUrl ? { replyUrl: body.replyUrl } : {}),
          },
          ...(newCredentials ? {} : { $setOnInsert: { credentialsSealed: sealed } }),
        },
        { upsert: true, new: true },
      )
        .select('+credentialsSealed')
        .lean();
      saved.push(accountView(doc));
    }
    await referenceCaches.announce('channel-accounts');
    await recordAudit(
      auditContext(req),
      'channel_account.saved',
      {
        id: saved[0]?.id,
        label: `${body.platform}:${body.accountId}`,
      },
      { data: { credentialsChanged: Boolean(newCredentials), active: body.active } },
    );
    // A polled account starts (or stops) being polled now; the minute's sync catches up if Redis is away.
    syncPollSchedules(ctx.queues.polls, ctx.config).catch((err: Error) =>
      childLog('channel-accounts').warn({ err: err.message }, 'poll schedules not synced yet'),
    );
    res.status(201).json({ items: saved });
  });
  return router;
}

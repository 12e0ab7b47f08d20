// Connected accounts (Facebook Page, Instagram account, WhatsApp number, ...): admins add them with their
// access token; the token is sealed at rest and never returned by the API.
import { Router } from 'express';
import { Types } from 'mongoose';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { PLATFORMS, type Platform } from '../domain/labels.js';
import { seal } from '../security/seal.js';
import { ChannelAccountModel } from '../store/index.js';
import { requireRole } from './auth.js';
import { parseOr400 } from './errors.js';

const META_PLATFORMS: Platform[] = ['facebook', 'messenger', 'instagram', 'whatsapp'];

const accountBody = z
  .object({
    platform: z.enum(PLATFORMS),
    // Ids stay strings: Meta ids exceed 2^53 and would be rounded as JSON numbers.
    accountId: z.string().trim().min(1, 'wajib diisi').max(200),
    name: z.string().trim().min(1, 'wajib diisi').max(200),
    agencyId: z
      .string()
      .refine((v) => Types.ObjectId.isValid(v), 'bukan id instansi yang valid')
      .optional(),
    credentials: z.record(z.string(), z.string().min(1)).default({}),
    replyUrl: z.string().url().optional(),
    active: z.boolean().default(true),
  })
  .refine((b) => !META_PLATFORMS.includes(b.platform) || Boolean(b.credentials.accessToken), {
    message: 'akun Meta memerlukan credentials.accessToken',
    path: ['credentials', 'accessToken'],
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
    const sealed = seal(body.credentials, ctx.config.ENCRYPTION_KEY);
    const saved = [];
    for (const platform of platformsOf(body.platform)) {
      const doc = await ChannelAccountModel.findOneAndUpdate(
        { platform, accountId: body.accountId },
        {
          $set: {
            name: body.name,
            credentialsSealed: sealed,
            active: body.active,
            ...(body.agencyId ? { agencyId: body.agencyId } : {}),
            ...(body.replyUrl ? { replyUrl: body.replyUrl } : {}),
          },
        },
        { upsert: true, new: true },
      )
        .select('+credentialsSealed')
        .lean();
      saved.push(accountView(doc));
    }
    res.status(201).json({ items: saved });
  });
  return router;
}

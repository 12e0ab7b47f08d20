// Open311 clients for admins: POST /api/open311-clients {code, name, replyUrl?} -> the api_key (shown once);
// GET lists them. A client's requests arrive on the generic source open311-<code>, whose channel account
// (created here) routes to humas and, with a replyUrl, carries officers' replies back to the client.
import { randomBytes } from 'node:crypto';
import { Router } from 'express';
import { z } from 'zod';
import { hashApiKey } from '../open311/submit.js';
import { OPEN311_SOURCE_PREFIX } from '../open311/views.js';
import { humasAgencyId } from '../routing/route.js';
import { ChannelAccountModel, Open311ClientModel } from '../store/index.js';
import { referenceCaches } from '../cache/reference-cache.js';
import { requireRole } from './auth.js';
import { ApiError, parseOr400 } from './errors.js';
import { isDuplicateKey } from '../store/errors.js';

const clientBody = z.object({
  code: z.string().regex(/^[a-z0-9][a-z0-9_-]{1,40}$/, 'huruf kecil, angka, - atau _'),
  name: z.string().trim().min(1).max(200),
  replyUrl: z.string().url().optional(),
});

export function open311ClientsRouter(): Router {
  const router = Router();
  router.use('/open311-clients', requireRole('admin'));
  router.get('/open311-clients', async (_req, res) => {
    const items = await Open311ClientModel.find().sort({ code: 1 }).lean();
    res.json({
      items: items.map((c) => ({ id: String(c._id), code: c.code, name: c.name, active: c.active })),
    });
  });
  router.post('/open311-clients', async (req, res) => {
    const body = parseOr400(clientBody, req.body);
    const apiKey = randomBytes(24).toString('base64url');
    try {
      const doc = await Open311ClientModel.create({
        code: body.code,
        name: body.name,
        apiKeyHash: hashApiKey(apiKey),
      });
      await ChannelAccountModel.updateOne(
        { platform: 'generic', accountId: `${OPEN311_SOURCE_PREFIX}${body.code}` },
        {
          $set: {
            name: `Open311: ${body.name}`,
            agencyId: await humasAgencyId(),
            ...(body.replyUrl ? { replyUrl: body.replyUrl } : {}),
          },
        },
        { upsert: true },
      );
      await referenceCaches.announce('channel-accounts');
      res.status(201).json({
        client: { id: String(doc._id), code: doc.code, name: doc.name, active: doc.active },
        apiKey,
      });
    } catch (err) {
      if (isDuplicateKey(err)) throw new ApiError(409, 'duplicate_code', 'Kode klien sudah dipakai.');
      throw err;
    }
  });
  return router;
}

// Outgoing webhooks for admins: receivers (POST/GET/DELETE /api/webhook-endpoints) and the delivery log
// (GET /api/webhook-deliveries). A receiver's signing secret is shown once, when it is created.
import { randomBytes } from 'node:crypto';
import { Router } from 'express';
import { Types } from 'mongoose';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { WEBHOOK_EVENTS } from '../outgoing-webhooks/events.js';
import { referenceCaches } from '../cache/reference-cache.js';
import { seal } from '../security/seal.js';
import { WebhookDeliveryModel, WebhookEndpointModel } from '../store/index.js';
import { requireRole } from './auth.js';
import { notFound, parseOr400 } from './errors.js';

const endpointBody = z.object({
  url: z
    .string()
    .url('alamat URL tidak valid')
    .refine((u) => /^https?:\/\//.test(u), 'harus http(s)'),
  description: z.string().max(200).default(''),
  events: z
    .array(z.enum(['*', ...WEBHOOK_EVENTS]))
    .min(1)
    .default(['*']),
  secret: z.string().min(16, 'minimal 16 karakter').optional(),
  active: z.boolean().default(true),
});
const deliveriesQuery = z.object({
  endpointId: z
    .string()
    .refine((v) => Types.ObjectId.isValid(v), 'id tidak valid')
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const endpointView = (e: any) => ({
  id: String(e._id),
  url: e.url,
  description: e.description,
  events: e.events,
  active: e.active,
  createdAt: e.createdAt,
});

export function webhookEndpointsRouter(ctx: AppContext): Router {
  const router = Router();
  router.use(['/webhook-endpoints', '/webhook-deliveries'], requireRole('admin'));

  router.get('/webhook-endpoints', async (_req, res) => {
    const items = await WebhookEndpointModel.find().sort({ createdAt: 1 }).lean();
    res.json({ items: items.map(endpointView) });
  });

  router.post('/webhook-endpoints', async (req, res) => {
    const body = parseOr400(endpointBody, req.body);
    const secret = body.secret ?? randomBytes(24).toString('base64url');
    const doc = await WebhookEndpointModel.create({
      url: body.url,
      description: body.description,
      events: body.events,
      active: body.active,
      secretSealed: seal({ secret }, ctx.config.ENCRYPTION_KEY),
    });
    await referenceCaches.announce('webhook-endpoints');
    res.status(201).json({ endpoint: endpointView(doc.toObject()), secret });
  });

  router.delete('/webhook-endpoints/:id', async (req, res) => {
    const ok =
      Types.ObjectId.isValid(req.params.id) &&
      (await WebhookEndpointModel.deleteOne({ _id: req.params.id })).deletedCount;
    if (!ok) throw notFound('Penerima webhook');
    await referenceCaches.announce('webhook-endpoints');
    res.status(204).end();
  });

  router.get('/webhook-deliveries', async (req, res) => {
    const q = parseOr400(deliveriesQuery, req.query);
    const items = await WebhookDeliveryModel.find(q.endpointId ? { endpointId: q.endpointId } : {})
      .sort({ createdAt: -1 })
      .limit(q.limit)
      .lean();
    res.json({
      items: items.map((d) => ({
        id: String(d._id),
        endpointId: String(d.endpointId),
        deliveryId: d.deliveryId,
        event: d.event,
        attempt: d.attempt,
        outcome: d.outcome,
        httpStatus: d.httpStatus,
        error: d.error,
        durationMs: d.durationMs,
        createdAt: d.createdAt,
      })),
    });
  });
  return router;
}

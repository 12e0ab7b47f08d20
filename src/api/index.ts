// The /api surface. Each capability mounts its router here; everything after requireAuth needs a token.
import express, { Router } from 'express';
import type { AppContext } from '../context.js';
import { authRouter, requireAuth } from './auth.js';
import { channelAccountsRouter } from './channel-accounts.js';
import { conversationsRouter } from './conversations.js';
import { unknownRoute } from './errors.js';
import { referenceRouter } from './reference.js';
import { reportsRouter } from './reports.js';

export function apiRouter(ctx: AppContext): Router {
  const router = Router();
  router.use(express.json({ limit: '1mb' }));
  router.use(authRouter(ctx.config.JWT_SECRET));
  // Routes above this line are public.
  router.use(requireAuth(ctx.config.JWT_SECRET));
  router.use(referenceRouter());
  router.use(conversationsRouter(ctx));
  router.use(reportsRouter());
  router.use(channelAccountsRouter(ctx));
  router.use(unknownRoute);
  return router;
}

// The /api surface. Each capability mounts its router here; everything after requireAuth needs a token.
import express, { Router } from 'express';
import type { AppContext } from '../context.js';
import { authRouter, requireAuth } from './auth.js';
import { cannedRouter } from './canned.js';
import { channelAccountsRouter } from './channel-accounts.js';
import { conversationsRouter } from './conversations.js';
import { presenceRouter } from './presence.js';
import { publicStatusRouter } from './public-status.js';
import { loginLimiter, publicLookupLimiter } from './rate-limits.js';
import { unknownRoute } from './errors.js';
import { referenceRouter } from './reference.js';
import { reportsRouter } from './reports.js';
import { rulesRouter } from './rules.js';
import { workflowRouter } from './workflow.js';

export function apiRouter(ctx: AppContext): Router {
  const router = Router();
  router.use(express.json({ limit: '1mb' }));
  router.use('/auth/login', loginLimiter());
  router.use(authRouter(ctx.config.JWT_SECRET));
  router.use('/public', publicLookupLimiter());
  router.use(publicStatusRouter());
  // Routes above this line are public.
  router.use(requireAuth(ctx.config.JWT_SECRET));
  router.use(referenceRouter());
  router.use(conversationsRouter(ctx));
  router.use(workflowRouter(ctx));
  router.use(rulesRouter(ctx));
  router.use(cannedRouter());
  router.use(presenceRouter(ctx));
  router.use(reportsRouter());
  router.use(channelAccountsRouter(ctx));
  router.use(unknownRoute);
  return router;
}

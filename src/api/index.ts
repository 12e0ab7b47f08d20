// The /api surface. Each capability mounts its router here; everything after requireAuth needs a login.
import { Router } from 'express';
import type { AppContext } from '../context.js';
import { auditRouter } from './audit.js';
import { authRouter, requireAuth } from './auth.js';
import { cannedRouter } from './canned.js';
import { channelAccountsRouter } from './channel-accounts.js';
import { conversationsRouter } from './conversations.js';
import { correctionsRouter } from './corrections.js';
import { jsonBody } from './json-body.js';
import { mediaRouter } from './media.js';
import { storedMediaRouter } from '../media/router.js';
import { replyTemplatesRouter } from './reply-templates.js';
import { crisesRouter } from './crises.js';
import { monthlyReportRouter } from './monthly-report.js';
import { open311ClientsRouter } from './open311-clients.js';
import { presenceRouter } from './presence.js';
import { privacyRouter } from './privacy.js';
import { publicStatusRouter } from './public-status.js';
import { LIMITS, rateLimit } from './rate-limits.js';
import { unknownRoute } from './errors.js';
import { referenceRouter } from './reference.js';
import { replyChecksRouter } from './reply-checks.js';
import { reportsRouter } from './reports.js';
import { rulesRouter } from './rules.js';
import { usersRouter } from './users.js';
import { transparencyRouters } from './transparency.js';
import { webhookEndpointsRouter } from './webhook-endpoints.js';
import { workflowRouter } from './workflow.js';

export function apiRouter(ctx: AppContext): Router {
  const router = Router();
  const limit = (spec: (typeof LIMITS)[keyof typeof LIMITS]) =>
    rateLimit(ctx.redis, ctx.config.QUEUE_PREFIX, spec);
  router.use(jsonBody);
  router.use(['/auth/login', '/auth/session'], limit(LIMITS.login));
  // Public routes, and the auth routes that check the login themselves.
  router.use(authRouter(ctx));
  router.use('/public', limit(LIMITS.publicLookup));
  router.use(publicStatusRouter());
  router.use(transparencyRouters(ctx).api);
  // Routes below need a login.
  router.use(requireAuth(ctx.config.JWT_SECRET));
  router.use(referenceRouter());
  router.use(conversationsRouter(ctx));
  router.use(mediaRouter(ctx));
  router.use(storedMediaRouter());
  router.use(replyTemplatesRouter(ctx));
  router.use(replyChecksRouter(ctx));
  router.use(workflowRouter(ctx));
  router.use(rulesRouter(ctx));
  router.use(cannedRouter());
  router.use(presenceRouter(ctx));
  router.use(reportsRouter());
  router.use(monthlyReportRouter());
  router.use(channelAccountsRouter(ctx));
  router.use(usersRouter(ctx));
  router.use(auditRouter());
  router.use(privacyRouter());
  router.use(correctionsRouter());
  router.use(crisesRouter(ctx));
  router.use(webhookEndpointsRouter(ctx));
  router.use(open311ClientsRouter());
  router.use(unknownRoute);
  return router;
}

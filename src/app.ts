// The express application: webhooks (raw bodies), the JSON API, health, and the built web inbox.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { AppContext } from './context.js';
import { apiRouter } from './api/index.js';
import { listenForCaseEvents } from './events/listen.js';
import { open311Router } from './api/open311.js';
import { transparencyRouters } from './api/transparency.js';
import { errorHandler } from './api/errors.js';
import { healthRouter } from './api/health.js';
import { opsRouter } from './api/ops.js';
import { LIMITS, rateLimit } from './api/rate-limits.js';
import { webhookRouter } from './api/webhooks.js';
import { mediaHostSources } from './domain/media-hosts.js';
import { webformRouters } from './webform/router.js';

const WEB_DIST = fileURLToPath(new URL('../web/dist/', import.meta.url));

/** Strict CSP for the inbox: our own scripts only, images from us and the platforms' media hosts, never framed. */
function securityHeaders(production: boolean) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:', ...mediaHostSources()],
        mediaSrc: ["'self'", ...mediaHostSources()],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    // HSTS only where TLS is certain; on plain-http development it would lock browsers out of localhost.
    strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
}

export function createApp(ctx: AppContext): Express {
  listenForCaseEvents(ctx); // rollups and outgoing webhooks also for events written by API processes
  const app = express();
  app.disable('x-powered-by');
  // X-Forwarded-For is believed only through the configured number of our own proxies (default none).
  app.set('trust proxy', ctx.config.TRUST_PROXY);
  app.use(securityHeaders(ctx.config.NODE_ENV === 'production'));
  app.use(healthRouter(ctx));
  app.use(opsRouter(ctx));
  // Subscription handshakes (X CRC, Meta verify) answer unauthenticated GETs: limited per address.
  app.get(
    ['/webhooks/:channel', '/webhooks/:channel/:source'],
    rateLimit(ctx.redis, ctx.config.QUEUE_PREFIX, LIMITS.handshake),
  );
  app.use('/webhooks', webhookRouter(ctx));
  const webform = webformRouters(ctx);
  app.use(webform.api); // before /api: its body parser allows the photo
  app.use('/api', apiRouter(ctx));
  app.use(transparencyRouters(ctx).page);
  app.use(webform.page);
  app.use('/open311/v2', open311Router(ctx));
  if (existsSync(WEB_DIST)) {
    app.use(express.static(WEB_DIST, { index: false, maxAge: '1h' }));
    // Single-page app: every other GET serves the inbox shell.
    app.get(/^(?!\/(api|webhooks|socket\.io)\/).*/, (_req, res) =>
      res.sendFile('index.html', { root: WEB_DIST }),
    );
  }
  app.use(errorHandler);
  return app;
}

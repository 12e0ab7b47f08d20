// The express application: webhooks (raw bodies), the JSON API, health, and the built web inbox.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import type { AppContext } from './context.js';
import { apiRouter } from './api/index.js';
import { errorHandler } from './api/errors.js';
import { healthRouter } from './api/health.js';
import { opsRouter } from './api/ops.js';
import { webhookRouter } from './api/webhooks.js';

const WEB_DIST = fileURLToPath(new URL('../web/dist/', import.meta.url));

export function createApp(ctx: AppContext): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 1);
  app.use(healthRouter(ctx));
  app.use(opsRouter(ctx));
  app.use('/webhooks', webhookRouter(ctx));
  app.use('/api', apiRouter(ctx));
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

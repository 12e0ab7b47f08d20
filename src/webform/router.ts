// The website form's routes. Pages (mounted at the root): GET /lapor, /lapor/status, and the assets the page and
// an embedding site load. API (mounted before /api's 1 MiB body parser, the photo needs more):
// GET /api/public/reports/challenge and POST /api/public/reports.
import { fileURLToPath } from 'node:url';
import { Router, type ErrorRequestHandler, type Request, type Response } from 'express';
import { submissionSchema } from '../../adapters/webform/index.js';
import type { AppContext } from '../context.js';
import { ApiError, parseOr400 } from '../api/errors.js';
import { jsonBodyUpTo } from '../api/json-body.js';
import { LIMITS, rateLimit } from '../api/rate-limits.js';
import { regionNames } from '../reports/names.js';
import { renderFormPage } from './page.js';
import { PhotoRejected } from './photo.js';
import { acceptProof, newChallenge, ProofRejected, proofSecret } from './proof.js';
import { renderStatusPage } from './status-page.js';
import { ticketStatus } from './status.js';
import { submitReport } from './submit.js';

const ASSETS = fileURLToPath(new URL('./assets/', import.meta.url));
const ASSET_FILES = ['lapor.js', 'lapor.css', 'embed.js'];

/** The form may be framed by Aspirasi itself and by the configured sites, and runs only our own script. */
function formPolicy(ancestors: string[]) {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    `frame-ancestors 'self'${ancestors.map((o) => ` ${o}`).join('')}`,
  ].join('; ');
}

const tooLarge: ErrorRequestHandler = (err, _req, _res, next) =>
  next(
    err?.type === 'entity.too.large'
      ? new ApiError(413, 'payload_too_large', 'Laporan terlalu besar: foto maksimal 5 MB.')
      : err,
  );

export function webformRouters(ctx: AppContext) {
  const { config } = ctx;
  const regions = regionNames();
  const regionName = new Map(regions.map((r) => [r.code, r.name]));
  const secret = proofSecret(config.JWT_SECRET);
  const limit = (spec: (typeof LIMITS)[keyof typeof LIMITS]) =>
    rateLimit(ctx.redis, config.QUEUE_PREFIX, spec);
  const publicUrl = (config.PUBLIC_URL ?? '').replace(/\/+$/, '');

  const page = Router();
  const framable = (res: Response) => {
    res.removeHeader('X-Frame-Options');
    res.set('Content-Security-Policy', formPolicy(config.WEBFORM_FRAME_ANCESTORS));
  };
  page.get('/lapor', (req, res) => {
    framable(res);
    res.type('html').send(
      renderFormPage({
        regions,
        repliesByEmail: Boolean(config.SMTP_URL),
        embed: req.query.embed === '1',
      }),
    );
  });
  page.get('/lapor/status', limit(LIMITS.publicLookup), async (req, res) => {
    const ticket = String(req.query.tiket ?? '')
      .trim()
      .toUpperCase()
      .slice(0, 40);
    const code = String(req.query.kode ?? '')
      .trim()
      .slice(0, 40);
    const status = ticket
      ? await ticketStatus(ctx.redis, config.QUEUE_PREFIX, ticket, code || undefined)
      : null;
    framable(res);
    res.set('Cache-Control', 'no-store').set('Referrer-Policy', 'no-referrer');
    res.type('html').send(renderStatusPage({ ticket, code }, status));
  });
  for (const file of ASSET_FILES) {
    page.get(`/lapor/${file}`, (_req, res) => {
      // embed.js is loaded by the government's own pages: from any origin.
      if (file === 'embed.js') res.set('Cross-Origin-Resource-Policy', 'cross-origin');
      res.set('Cache-Control', 'public, max-age=3600').sendFile(file, { root: ASSETS });
    });
  }

  const api = Router();
  api.get('/api/public/reports/challenge', limit(LIMITS.webformChallenge), async (_req, res) => {
    res.set('Cache-Control', 'no-store').json(await newChallenge(secret));
  });
  api.post(
    '/api/public/reports',
    limit(LIMITS.webformReport),
    limit(LIMITS.webformReportDaily),
    jsonBodyUpTo('8mb'),
    tooLarge,
    async (req: Request, res: Response) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      try {
        await acceptProof(ctx.redis, config.QUEUE_PREFIX, secret, body.proof);
      } catch (err) {
        if (err instanceof ProofRejected) throw new ApiError(err.status, err.code, err.message);
        throw err;
      }
      const submission = parseOr400(submissionSchema, body);
      if (submission.regionCode && !regionName.has(submission.regionCode))
        throw new ApiError(400, 'invalid_request', 'Wilayah tidak dikenal. Pilih dari daftar.');
      let receipt;
      try {
        receipt = await submitReport(ctx, submission, regionName.get(submission.regionCode ?? ''));
      } catch (err) {
        if (err instanceof PhotoRejected) throw new ApiError(400, 'invalid_photo', err.message);
        throw err;
      }
      const statusPath = `/lapor/status?tiket=${receipt.ticketNumber}&kode=${receipt.followUpCode}`;
      res.status(201).json({
        ticketNumber: receipt.ticketNumber,
        followUpCode: receipt.followUpCode,
        statusUrl: `${publicUrl}${statusPath}`,
        message: `Laporan diterima dengan nomor tiket ${receipt.ticketNumber}.`,
      });
    },
  );
  return { page, api };
}

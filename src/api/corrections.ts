// Supervisors' queue of officers' label corrections: GET /api/corrections, POST /api/corrections/:id/review.
import { Router } from 'express';
import { z } from 'zod';
import { listCorrections, reviewCorrection } from '../training/review.js';
import { requireRole } from './auth.js';
import { auditContext } from './audit-context.js';
import { parseOr400 } from './errors.js';

const listQuery = z.object({ status: z.enum(['pending', 'approved', 'rejected']).default('pending') });
const reviewBody = z.object({
  decision: z.enum(['approved', 'rejected']),
  note: z.string().trim().max(1000).optional(),
});

export function correctionsRouter(): Router {
  const router = Router();
  router.use('/corrections', requireRole('supervisor', 'admin'));
  router.get('/corrections', async (req, res) => {
    const { status } = parseOr400(listQuery, req.query);
    res.json({ items: await listCorrections(req.actor!, status) });
  });
  router.post('/corrections/:id/review', async (req, res) => {
    const { decision, note } = parseOr400(reviewBody, req.body);
    const review = await reviewCorrection(
      req.actor!,
      String(req.params.id),
      decision,
      note,
      auditContext(req),
    );
    res.json({ review });
  });
  return router;
}

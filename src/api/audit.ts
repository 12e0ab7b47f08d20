// The audit log for admins: GET /api/audit (JSON, cursor paging) and GET /api/audit/export (CSV or JSON lines).
// Exporting it is itself audited.
import { Router } from 'express';
import { z } from 'zod';
import { AUDIT_ACTION_NAMES } from '../domain/audit-actions.js';
import { auditView, decodeCursor, exportAudit, listAudit } from '../audit/query.js';
import { recordAudit } from '../audit/record.js';
import { toCsv } from '../reports/csv.js';
import { requireRole } from './auth.js';
import { auditContext } from './audit-context.js';
import { ApiError, parseOr400 } from './errors.js';

const date = z.coerce.date({ message: 'tanggal tidak valid' });
const filterQuery = z.object({
  from: date.optional(),
  to: date.optional(),
  action: z.enum(AUDIT_ACTION_NAMES).optional(),
  actorId: z.string().max(64).optional(),
});
const listQuery = filterQuery.extend({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
const exportQuery = filterQuery.extend({ format: z.enum(['csv', 'jsonl']).default('csv') });

export function auditRouter(): Router {
  const router = Router();
  router.use('/audit', requireRole('admin'));

  router.get('/audit', async (req, res) => {
    const { cursor, limit, ...filter } = parseOr400(listQuery, req.query);
    const after = cursor ? decodeCursor(cursor) : undefined;
    if (after === null) throw new ApiError(400, 'invalid_request', 'Kursor halaman tidak valid.');
    const { page, nextCursor } = await listAudit(filter, limit, after);
    res.json({ items: page.map(auditView), nextCursor });
  });

  router.get('/audit/export', async (req, res) => {
    const { format, ...filter } = parseOr400(exportQuery, req.query);
    const rows = (await exportAudit(filter)).map(auditView);
    await recordAudit(
      auditContext(req),
      'audit.exported',
      {},
      { data: { ...filter, format, rows: rows.length } },
    );
    const name = `audit-${new Date().toISOString().slice(0, 10)}`;
    res.setHeader('Content-Disposition', `attachment; filename="${name}.${format}"`);
    if (format === 'jsonl') {
      res.type('application/x-ndjson').send(rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
      return;
    }
    const header = [
      'waktu',
      'aksi',
      'pelaku_id',
      'pelaku',
      'peran',
      'sasaran',
      'sasaran_id',
      'keterangan',
      'instansi_id',
      'ip',
      'data',
    ];
    res.type('text/csv; charset=utf-8').send(
      toCsv(
        header,
        rows.map((r) => [
          r.at,
          r.action,
          r.actor?.id,
          r.actor?.name,
          r.actor?.role,
          r.target.kind,
          r.target.id,
          r.target.label,
          r.agencyId,
          r.ip,
          JSON.stringify(r.data),
        ]),
      ),
    );
  });
  return router;
}

// A citizen's rights under UU PDP, exercised by an admin on the citizen's request: find their data, export it,
// erase it. Every export and erasure is audited.
import { Router } from 'express';
import { Types } from 'mongoose';
import { z } from 'zod';
import { recordAudit } from '../audit/record.js';
import { anonymiseContact } from '../privacy/anonymise.js';
import { exportContactData, findContacts } from '../privacy/export.js';
import { ContactModel } from '../store/index.js';
import { requireRole } from './auth.js';
import { auditContext } from './audit-context.js';
import { notFound, parseOr400 } from './errors.js';

const lookupQuery = z
  .object({
    ticket: z
      .string()
      .trim()
      .regex(/^ASP-\d{4}-\d{6}$/i, 'contoh: ASP-2026-000123')
      .optional(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[\d\s-]{8,20}$/, 'nomor telepon tidak valid')
      .optional(),
  })
  .refine((q) => q.ticket || q.phone, 'isi ticket atau phone');
const eraseBody = z.object({
  confirm: z.literal(true, { message: 'konfirmasi penghapusan wajib (confirm: true)' }),
  reason: z.string().trim().min(3, 'alasan wajib diisi').max(500),
});

async function contactOr404(id: string) {
  const contact = Types.ObjectId.isValid(id) ? await ContactModel.findById(id).select('_id').lean() : null;
  if (!contact) throw notFound('Warga');
  return contact._id;
}

export function privacyRouter(): Router {
  const router = Router();
  router.use('/privacy', requireRole('admin'));

  router.get('/privacy/contacts', async (req, res) => {
    res.json({ items: await findContacts(parseOr400(lookupQuery, req.query)) });
  });

  router.get('/privacy/contacts/:id/export', async (req, res) => {
    const id = await contactOr404(String(req.params.id));
    const data = await exportContactData(id);
    if (!data) throw notFound('Warga');
    await recordAudit(
      auditContext(req),
      'personal_data.exported',
      { id: String(id) },
      {
        data: { cases: data.cases.length },
      },
    );
    res.setHeader('Content-Disposition', `attachment; filename="data-warga-${String(id)}.json"`);
    res.json(data);
  });

  router.post('/privacy/contacts/:id/erase', async (req, res) => {
    const { reason } = parseOr400(eraseBody, req.body);
    const id = await contactOr404(String(req.params.id));
    const result = await anonymiseContact(id, 'erasure');
    await recordAudit(
      auditContext(req),
      'personal_data.erased',
      { id: String(id) },
      {
        data: { reason, cases: result.conversations },
      },
    );
    res.json({ erased: true, cases: result.conversations });
  });
  return router;
}

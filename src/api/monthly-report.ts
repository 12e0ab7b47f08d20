// GET /api/reports/monthly?month=YYYY-MM[&agencyId=][&format=html|pdf] — the monthly evaluation report of the
// caller's scope (leadership: the province or a named agency); supervisors mark good replies for it with
// POST /api/reports/good-replies {messageId, note?} and DELETE /api/reports/good-replies/:id.
import { Router } from 'express';
import { DateTime } from 'luxon';
import { Types } from 'mongoose';
import { z } from 'zod';
import { canSeeConversation } from '../auth/access.js';
import { maskPii } from '../classify/pii.js';
import { buildMonthlyReport } from '../reports/monthly/data.js';
import { renderMonthlyHtml } from '../reports/monthly/html.js';
import { renderMonthlyPdf } from '../reports/monthly/pdf.js';
import { periodKeys } from '../rollups/periods.js';
import { reportScope, provinceScope } from '../reports/scope.js';
import { AgencyModel, ConversationModel, GoodReplyModel, MessageModel } from '../store/index.js';
import { requireRole } from './auth.js';
import { ApiError, notFound, parseOr400 } from './errors.js';
import { isDuplicateKey } from '../store/errors.js';

const monthQuery = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'format bulan YYYY-MM'),
  agencyId: z.string().optional(),
  format: z.enum(['html', 'pdf']).default('html'),
});
const goodReplyBody = z.object({
  messageId: z.string().refine((v) => Types.ObjectId.isValid(v), 'id pesan tidak valid'),
  note: z.string().max(300).default(''),
});

export function monthlyReportRouter(): Router {
  const router = Router();
  router.use(['/reports/monthly', '/reports/good-replies'], requireRole('supervisor', 'admin'));

  router.get('/reports/monthly', async (req, res) => {
    const q = parseOr400(monthQuery, req.query);
    const scope = await reportScope(req.actor!, q.agencyId);
    if (q.month > DateTime.now().setZone(scope.zone).toFormat('yyyy-MM')) {
      throw new ApiError(400, 'invalid_range', 'Bulan laporan belum terjadi.');
    }
    const report = await buildMonthlyReport(scope, q.month);
    const name = `evaluasi-${scope.agencyId ? scope.name.toLowerCase().replace(/\W+/g, '-') : 'provinsi'}-${q.month}`;
    if (q.format === 'pdf') {
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Disposition', `inline; filename="${name}.pdf"`);
      return res.send(await renderMonthlyPdf(report));
    }
    res.type('html').send(renderMonthlyHtml(report));
  });

  router.post('/reports/good-replies', async (req, res) => {
    const body = parseOr400(goodReplyBody, req.body);
    const message = await MessageModel.findOne({ _id: body.messageId, direction: 'outbound' }).lean();
    const conv = message && (await ConversationModel.findById(message.conversationId).lean());
    if (!message || !conv || !canSeeConversation(req.actor!, conv)) throw notFound('Balasan');
    const agency = await AgencyModel.findById(conv.agencyId).select('timezone').lean();
    const province = await provinceScope();
    try {
      const doc = await GoodReplyModel.create({
        messageId: message._id,
        conversationId: conv._id,
        agencyId: conv.agencyId,
        ticketNumber: conv.ticketNumber,
        channel: conv.platform,
        text: maskPii(message.text ?? ''),
        note: body.note,
        chosenBy: req.actor!.id,
        sentAt: message.createdAt,
        agencyMonth: periodKeys(message.createdAt, agency?.timezone ?? province.zone).month,
        provinceMonth: periodKeys(message.createdAt, province.zone).month,
      });
      res.status(201).json({ goodReply: { id: String(doc._id), messageId: body.messageId, text: doc.text } });
    } catch (err) {
      if (isDuplicateKey(err)) throw new ApiError(409, 'duplicate', 'Balasan ini sudah dipilih.');
      throw err;
    }
  });

  router.delete('/reports/good-replies/:id', async (req, res) => {
    const doc = Types.ObjectId.isValid(req.params.id)
      ? await GoodReplyModel.findById(req.params.id).lean()
      : null;
    if (!doc || !canSeeConversation(req.actor!, doc)) throw notFound('Contoh balasan');
    await GoodReplyModel.deleteOne({ _id: doc._id });
    res.status(204).end();
  });
  return router;
}

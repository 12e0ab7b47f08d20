// Public ticket lookup for citizens: status and handling agency only, never names, texts or contact details.
import { Router } from 'express';
import { AgencyModel, ConversationModel } from '../store/index.js';
import { STATUS_LABEL_ID } from '../domain/workflow-wording.js';
import { ApiError } from './errors.js';

const TICKET = /^ASP-\d{4}-\d{6}$/;

export function publicStatusRouter(): Router {
  const router = Router();
  router.get('/public/tickets/:ticketNumber', async (req, res) => {
    const ticketNumber = String(req.params.ticketNumber).trim().toUpperCase();
    const notFound = new ApiError(
      404,
      'not_found',
      'Nomor tiket tidak ditemukan. Periksa kembali penulisannya (contoh: ASP-2026-000123).',
    );
    if (!TICKET.test(ticketNumber)) throw notFound;
    const conv = await ConversationModel.findOne({ ticketNumber })
      .select('ticketNumber status agencyId createdAt updatedAt resolvedAt')
      .lean();
    // Spam is not a case the citizen should be told about; it looks like an unknown number.
    if (!conv || conv.status === 'spam') throw notFound;
    const agency = await AgencyModel.findById(conv.agencyId).select('name shortName isHumas').lean();
    res.json({
      ticket: {
        ticketNumber: conv.ticketNumber,
        status: conv.status,
        statusLabel: STATUS_LABEL_ID[conv.status as keyof typeof STATUS_LABEL_ID],
        agency: agency ? { name: agency.name, shortName: agency.shortName } : null,
        createdAt: conv.createdAt,
        updatedAt: conv.updatedAt,
        resolvedAt: conv.resolvedAt ?? null,
      },
    });
  });
  return router;
}

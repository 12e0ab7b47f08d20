import type { Request, RequestHandler } from 'express';
import { childLog } from '../log.js';
import { recordAudit, type AuditContext } from '../audit/record.js';

const log = childLog('audit');

/** Who is acting and from which address (through TRUST_PROXY hops only: src/app.ts). */
export const auditContext = (req: Request): AuditContext => ({ actor: req.actor ?? null, ip: req.ip });

/** A case's personal data seen by someone outside its agency (leadership, admins) is recorded for the inspector. */
export async function auditPersonalDataView(
  req: Request,
  conv: { _id: unknown; agencyId: unknown; ticketNumber?: string },
) {
  if (!req.actor || String(conv.agencyId) === req.actor.agencyId) return;
  await recordAudit(
    auditContext(req),
    'personal_data.viewed',
    {
      id: String(conv._id),
      label: conv.ticketNumber,
    },
    { agencyId: String(conv.agencyId) },
  );
}

/** Report downloads are exports an inspector asks about: recorded once the file was sent. */
export const auditCsvExports: RequestHandler = (req, res, next) => {
  if (req.query.format === 'csv') {
    const who = auditContext(req);
    res.on('finish', () => {
      if (res.statusCode !== 200) return;
      recordAudit(who, 'report.exported', { label: req.originalUrl.slice(0, 500) }).catch((err: Error) =>
        log.error({ err: err.message }, 'report export not audited'),
      );
    });
  }
  next();
};

// GET /api/reports/{summary,timeseries,backlog}[?format=csv] for supervisors and admins, read from the rollups and
// scoped like the inbox: a non-humas supervisor sees only their agency; admins and humas supervisors see the
// province (or one agency with ?agencyId=). GET /api/reports/drift (admins) checks the rollups against the event log.
import { Router, type Response } from 'express';
import { conversationScope } from '../auth/access.js';
import { checkDrift } from '../rollups/drift.js';
import { backlogByAge } from '../reports/backlog.js';
import { toCsv } from '../reports/csv.js';
import { loadOpenCases } from '../reports/load.js';
import { reportQuerySchema, resolveRange } from '../reports/query.js';
import { summaryReport, timeseriesReport } from '../reports/rollup-report.js';
import { reportScope } from '../reports/scope.js';
import type { SummaryRow } from '../reports/summary.js';
import { requireRole } from './auth.js';
import { auditCsvExports } from './audit-context.js';
import { ApiError, parseOr400 } from './errors.js';

function parse(query: unknown, now: Date) {
  const q = parseOr400(reportQuerySchema, query);
  const range = resolveRange(q, now);
  if ('error' in range) throw new ApiError(400, 'invalid_range', range.error);
  return { q, ...range };
}

export function sendCsv(res: Response, name: string, header: string[], rows: unknown[][]) {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${name}.csv"`);
  res.send(toCsv(header, rows));
}

const SUMMARY_CSV_HEADER = [
  'kunci',
  'nama',
  'volume',
  'respons_p50_menit',
  'respons_p90_menit',
  'selesai_p50_menit',
  'selesai_p90_menit',
  'sla_terpenuhi',
  'dijawab',
  'diselesaikan',
  'dibuka_kembali',
  'respons_p50_menit_kerja',
  'respons_p90_menit_kerja',
  'selesai_p50_menit_kerja',
  'selesai_p90_menit_kerja',
];

const summaryCsvRow = (r: SummaryRow) => [
  r.key,
  r.label,
  r.volume,
  r.firstResponse.p50Minutes,
  r.firstResponse.p90Minutes,
  r.resolution.p50Minutes,
  r.resolution.p90Minutes,
  r.slaMetShare,
  r.answered,
  r.resolved,
  r.reopened,
  r.firstResponse.p50WorkingMinutes,
  r.firstResponse.p90WorkingMinutes,
  r.resolution.p50WorkingMinutes,
  r.resolution.p90WorkingMinutes,
];

export function reportsRouter(): Router {
  const router = Router();
  router.use('/reports', requireRole('supervisor', 'admin'), auditCsvExports);

  router.get('/reports/summary', async (req, res) => {
    const { q, from, to } = parse(req.query, new Date());
    const scope = await reportScope(req.actor!, q.agencyId);
    const report = await summaryReport(scope, q.groupBy, from, to);
    if (q.format === 'csv') {
      return sendCsv(
        res,
        `ringkasan-${q.groupBy}`,
        SUMMARY_CSV_HEADER,
        [...report.rows, report.total].map(summaryCsvRow),
      );
    }
    const { range, rows, total, documentsRead } = report;
    res.json({
      from: range.from,
      to: range.to,
      timezone: range.timezone,
      groupBy: q.groupBy,
      rows,
      total,
      documentsRead,
    });
  });

  router.get('/reports/timeseries', async (req, res) => {
    const { q, from, to } = parse(req.query, new Date());
    const scope = await reportScope(req.actor!, q.agencyId);
    const { range, series } = await timeseriesReport(scope, q.groupBy, q.interval, from, to);
    if (q.format === 'csv') {
      const rows = series.buckets.flatMap((bucket, i) =>
        series.series.map((s) => [bucket, s.key, s.label, s.counts[i]]),
      );
      return sendCsv(res, `volume-${q.interval}-${q.groupBy}`, ['periode', 'kunci', 'nama', 'volume'], rows);
    }
    res.json({ from: range.from, to: range.to, groupBy: q.groupBy, timezone: range.timezone, ...series });
  });

  router.get('/reports/backlog', async (req, res) => {
    const now = new Date();
    const q = parseOr400(reportQuerySchema, req.query);
    const buckets = backlogByAge(await loadOpenCases(conversationScope(req.actor!)), now);
    if (q.format === 'csv') {
      const urgencies = Object.keys(buckets[0]?.byUrgency ?? {});
      return sendCsv(
        res,
        'backlog-umur',
        ['umur', 'total', ...urgencies],
        buckets.map((b) => [b.label, b.count, ...urgencies.map((u) => b.byUrgency[u])]),
      );
    }
    res.json({ asOf: now, buckets });
  });

  router.get('/reports/drift', requireRole('admin'), async (req, res) => {
    const { from, to } = parse(req.query, new Date());
    const repair = req.query.repair === 'true';
    res.json(await checkDrift(from, to, { repair }));
  });

  return router;
}

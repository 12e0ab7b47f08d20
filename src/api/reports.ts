// GET /api/reports/{summary,timeseries,backlog}[?format=csv] for supervisors and admins, scoped like the inbox:
// a non-humas supervisor sees only their agency; admins and humas supervisors see all.
import { Router, type Response } from 'express';
import { conversationScope } from '../auth/access.js';
import { backlogByAge } from '../reports/backlog.js';
import { groupKey } from '../reports/case-metrics.js';
import { toCsv } from '../reports/csv.js';
import { labelsFor, loadCases, loadOpenCases } from '../reports/load.js';
import { reportQuerySchema, resolveRange, type ReportQuery } from '../reports/query.js';
import { summarize } from '../reports/summary.js';
import { dailyVolume } from '../reports/timeseries.js';
import { requireRole } from './auth.js';
import { auditCsvExports } from './audit-context.js';
import { ApiError, parseOr400 } from './errors.js';

function parse(query: unknown, now: Date) {
  const q = parseOr400(reportQuerySchema, query);
  const range = resolveRange(q, now);
  if ('error' in range) throw new ApiError(400, 'invalid_range', range.error);
  return { q, ...range };
}

function sendCsv(res: Response, name: string, header: string[], rows: unknown[][]) {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${name}.csv"`);
  res.send(toCsv(header, rows));
}

const zoneOf = (q: ReportQuery, fallback: string) => q.tz ?? fallback ?? 'Asia/Makassar';

export function reportsRouter(): Router {
  const router = Router();
  router.use('/reports', requireRole('supervisor', 'admin'), auditCsvExports);

  router.get('/reports/summary', async (req, res) => {
    const now = new Date();
    const { q, from, to } = parse(req.query, now);
    const cases = await loadCases(conversationScope(req.actor!), from, to);
    const keys = [...new Set(cases.map((c) => groupKey(c, q.groupBy)))];
    const { rows, total } = summarize(cases, q.groupBy, await labelsFor(q.groupBy, keys), now);
    if (q.format === 'csv') {
      return sendCsv(
        res,
        `ringkasan-${q.groupBy}`,
        [
          'kunci',
          'nama',
          'volume',
          'respons_p50_menit',
          'respons_p90_menit',
          'selesai_p50_menit',
          'selesai_p90_menit',
          'sla_terpenuhi',
        ],
        [...rows, total].map((r) => [
          r.key,
          r.label,
          r.volume,
          r.firstResponse.p50Minutes,
          r.firstResponse.p90Minutes,
          r.resolution.p50Minutes,
          r.resolution.p90Minutes,
          r.slaMetShare,
        ]),
      );
    }
    res.json({ from, to, groupBy: q.groupBy, rows, total });
  });

  router.get('/reports/timeseries', async (req, res) => {
    const { q, from, to } = parse(req.query, new Date());
    const zone = zoneOf(q, req.actor!.timezone);
    const cases = await loadCases(conversationScope(req.actor!), from, to);
    const labels = await labelsFor(q.groupBy, [...new Set(cases.map((c) => groupKey(c, q.groupBy)))]);
    const series = dailyVolume(cases, q.groupBy, labels, { from, to, zone });
    if (q.format === 'csv') {
      const rows = series.buckets.flatMap((day, i) =>
        series.series.map((s) => [day, s.key, s.label, s.counts[i]]),
      );
      return sendCsv(res, `volume-harian-${q.groupBy}`, ['tanggal', 'kunci', 'nama', 'volume'], rows);
    }
    res.json({ from, to, groupBy: q.groupBy, timezone: zone, ...series });
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

  return router;
}

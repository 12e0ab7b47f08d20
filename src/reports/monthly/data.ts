// Everything the monthly evaluation report ("evaluasi kinerja media sosial") shows, for one agency or the
// province, gathered from the rollups (figures, this month against last), the fact records (slowest cases) and
// the supervisors' chosen replies. Rendered as HTML (html.ts) and PDF (pdf.ts).
import { DateTime } from 'luxon';
import { Types } from 'mongoose';
import { backlogByAge, type BacklogBucket } from '../backlog.js';
import { loadOpenCases } from '../load.js';
import { channelName, regionName, topicName } from '../names.js';
import { summaryReport, timeseriesReport } from '../rollup-report.js';
import type { ReportScope } from '../scope.js';
import type { SummaryRow } from '../summary.js';
import { monthRange, previousMonth } from '../../rollups/periods.js';
import { AgencyModel, ConversationModel, GoodReplyModel, RollupFactModel } from '../../store/index.js';

const TOP = 5;
const SLOWEST = 10;

export interface MonthlyReport {
  scope: ReportScope;
  month: string;
  monthLabel: string;
  previousLabel: string;
  generatedAt: Date;
  current: SummaryRow;
  previous: SummaryRow;
  daily: { labels: string[]; counts: number[] };
  topTopics: { name: string; volume: number }[];
  topRegions: { name: string; volume: number }[];
  byAgency: SummaryRow[];
  slaByChannel: { name: string; met: number; breached: number; share: number | null }[];
  /** Arrivals by ISO weekday (1..7) and hour (0..23). */
  busiestHours: number[][];
  slowest: {
    ticketNumber: string;
    channel: string;
    topic: string;
    agency: string;
    minutes: number;
    workingMinutes: number;
  }[];
  backlog: BacklogBucket[];
  goodReplies: { ticketNumber: string; channel: string; text: string; note: string }[];
}

export const monthLabel = (month: string) =>
  DateTime.fromISO(`${month}-01`).setLocale('id').toFormat('LLLL yyyy');

function busiestHours(hw: Record<string, number> | undefined): number[][] {
  const grid = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
  for (const [key, n] of Object.entries(hw ?? {})) {
    const [day, hour] = key.split('-').map(Number);
    if (day >= 1 && day <= 7 && hour >= 0 && hour < 24) grid[day - 1][hour] += n;
  }
  return grid;
}

async function slowestCases(scope: ReportScope, month: string) {
  const filter = scope.agencyId
    ? { kind: 'first_response', agencyId: new Types.ObjectId(scope.agencyId), agencyMonth: month }
    : { kind: 'first_response', provinceMonth: month };
  const facts = await RollupFactModel.find(filter).sort({ minutes: -1 }).limit(SLOWEST).lean();
  const [cases, agencies] = await Promise.all([
    ConversationModel.find({ _id: { $in: facts.map((f) => f.conversationId) } })
      .select('ticketNumber')
      .lean(),
    AgencyModel.find({ _id: { $in: facts.map((f) => f.agencyId) } })
      .select('shortName')
      .lean(),
  ]);
  const ticket = new Map(cases.map((c) => [String(c._id), c.ticketNumber]));
  const agency = new Map(agencies.map((a) => [String(a._id), a.shortName]));
  return facts.map((f) => ({
    ticketNumber: ticket.get(String(f.conversationId)) ?? '—',
    channel: channelName(f.channel ?? null),
    topic: topicName(f.topic ?? null),
    agency: agency.get(String(f.agencyId)) ?? '—',
    minutes: f.minutes ?? 0,
    workingMinutes: f.workingMinutes ?? 0,
  }));
}

async function goodReplies(scope: ReportScope, month: string) {
  const filter = scope.agencyId
    ? { agencyId: new Types.ObjectId(scope.agencyId), agencyMonth: month }
    : { provinceMonth: month };
  const docs = await GoodReplyModel.find(filter).sort({ sentAt: 1 }).limit(10).lean();
  return docs.map((d) => ({
    ticketNumber: d.ticketNumber ?? '—',
    channel: channelName(d.channel ?? null),
    text: d.text,
    note: d.note ?? '',
  }));
}

export async function buildMonthlyReport(
  scope: ReportScope,
  month: string,
  now = new Date(),
): Promise<MonthlyReport> {
  const { from, to } = monthRange(month, scope.zone);
  const prev = monthRange(previousMonth(month), scope.zone);
  const [current, previous, topics, regions, agencies, channels, daily] = await Promise.all([
    summaryReport(scope, 'agency', from, to),
    summaryReport(scope, 'agency', prev.from, prev.to),
    summaryReport(scope, 'topic', from, to),
    summaryReport(scope, 'region', from, to),
    scope.agencyId ? null : summaryReport(scope, 'agency', from, to),
    summaryReport(scope, 'channel', from, to),
    timeseriesReport(scope, 'agency', 'day', from, to),
  ]);
  const dailyCounts = daily.series.buckets.map((_, i) =>
    daily.series.series.reduce((sum, s) => sum + s.counts[i], 0),
  );
  const scopeFilter = scope.agencyId ? { agencyId: scope.agencyId } : {};
  return {
    scope,
    month,
    monthLabel: monthLabel(month),
    previousLabel: monthLabel(previousMonth(month)),
    generatedAt: now,
    current: current.total,
    previous: previous.total,
    daily: { labels: daily.series.buckets.map((d) => d.slice(8)), counts: dailyCounts },
    topTopics: topics.rows.slice(0, TOP).map((r) => ({ name: topicName(r.key), volume: r.volume })),
    topRegions: regions.rows.slice(0, TOP).map((r) => ({ name: regionName(r.key), volume: r.volume })),
    byAgency: agencies?.rows ?? [],
    slaByChannel: channels.rows
      .filter((r) => r.slaMet + r.slaBreached > 0)
      .map((r) => ({
        name: channelName(r.key),
        met: r.slaMet,
        breached: r.slaBreached,
        share: r.slaMetShare,
      })),
    busiestHours: busiestHours(current.totals?.hw),
    slowest: await slowestCases(scope, month),
    backlog: backlogByAge(await loadOpenCases(scopeFilter), now),
    goodReplies: await goodReplies(scope, month),
  };
}

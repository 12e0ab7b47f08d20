// Supervisor dashboard: volume over time, response and resolution times, SLA-met share, open backlog by age.
import { useMemo, useState } from 'react';
import { DateTime } from 'luxon';
import { useI18n } from '../i18n';
import { useSession } from '../session';
import { BacklogChart } from './BacklogChart';
import { CsvButton } from './CsvButton';
import { Kpis } from './Kpis';
import { MonthlyReport } from './MonthlyReport';
import { ResponseTimes } from './ResponseTimes';
import { VolumeChart } from './VolumeChart';
import type { Backlog, Summary, Timeseries } from './types';
import { useReport } from './useReport';

const SUMMARY_GROUPS = ['agency', 'officer', 'channel', 'topic', 'region'] as const;
const SERIES_GROUPS = ['channel', 'topic', 'agency', 'region'] as const;

export default function Dashboard() {
  const { t } = useI18n();
  const { user } = useSession();
  const zone = user.timezone || 'Asia/Makassar';
  const today = DateTime.now().setZone(zone).toISODate()!;
  const [from, setFrom] = useState(DateTime.now().setZone(zone).minus({ days: 6 }).toISODate()!);
  const [to, setTo] = useState(today);
  const [groupBy, setGroupBy] = useState<(typeof SUMMARY_GROUPS)[number]>('agency');
  const [seriesBy, setSeriesBy] = useState<(typeof SERIES_GROUPS)[number]>('channel');

  const range = useMemo(() => {
    const start = DateTime.fromISO(from, { zone }).startOf('day');
    const end = DateTime.fromISO(to, { zone }).plus({ days: 1 }).startOf('day');
    return new URLSearchParams({
      from: start.toUTC().toISO()!,
      to: end.toUTC().toISO()!,
      tz: zone,
    }).toString();
  }, [from, to, zone]);

  const summaryUrl = `/api/reports/summary?${range}&groupBy=${groupBy}`;
  const seriesUrl = `/api/reports/timeseries?${range}&interval=day&groupBy=${seriesBy}`;
  const backlogUrl = `/api/reports/backlog?tz=${encodeURIComponent(zone)}`;
  const summary = useReport<Summary>(summaryUrl);
  const series = useReport<Timeseries>(seriesUrl);
  const backlog = useReport<Backlog>(backlogUrl);

  const groupLabel = (g: string) =>
    ({
      agency: t('agency'),
      officer: t('officer'),
      channel: t('channel'),
      topic: t('topic'),
      region: t('region'),
    })[g] ?? g;

  return (
    <div className="dashboard" data-testid="dashboard">
      <form className="dash-controls" onSubmit={(e) => e.preventDefault()} aria-label={t('dashboard')}>
        <h1>{t('dashboard')}</h1>
        <label>
          {t('from')}
          <input
            type="date"
            value={from}
            max={to}
            onChange={(e) => e.target.value && setFrom(e.target.value)}
          />
        </label>
        <label>
          {t('to')}
          <input
            type="date"
            value={to}
            min={from}
            onChange={(e) => e.target.value && setTo(e.target.value)}
          />
        </label>
      </form>

      <Kpis total={summary.data?.total ?? null} backlog={backlog.data} />

      <div className="dash-grid">
        <section className="card" aria-labelledby="vol-title">
          <header className="card-head">
            <h2 id="vol-title">{t('volumeOverTime')}</h2>
            <label>
              {t('groupBy')}{' '}
              <select value={seriesBy} onChange={(e) => setSeriesBy(e.target.value as typeof seriesBy)}>
                {SERIES_GROUPS.map((g) => (
                  <option key={g} value={g}>
                    {groupLabel(g)}
                  </option>
                ))}
              </select>
            </label>
            <CsvButton url={seriesUrl} filename={`volume-${seriesBy}-${from}-${to}.csv`} />
          </header>
          <VolumeChart data={series.data} />
        </section>

        <section className="card" aria-labelledby="bl-title">
          <header className="card-head">
            <h2 id="bl-title">{t('backlog')}</h2>
            <CsvButton url={backlogUrl} filename={`backlog-${today}.csv`} />
          </header>
          <BacklogChart data={backlog.data} />
        </section>

        <MonthlyReport />

        <section className="card card-wide" aria-labelledby="rt-title">
          <header className="card-head">
            <h2 id="rt-title">
              {t('firstResponse')} &amp; {t('resolution')}
            </h2>
            <label>
              {t('groupBy')}{' '}
              <select value={groupBy} onChange={(e) => setGroupBy(e.target.value as typeof groupBy)}>
                {SUMMARY_GROUPS.map((g) => (
                  <option key={g} value={g}>
                    {groupLabel(g)}
                  </option>
                ))}
              </select>
            </label>
            <CsvButton url={summaryUrl} filename={`ringkasan-${groupBy}-${from}-${to}.csv`} />
          </header>
          <ResponseTimes data={summary.data} groupLabel={groupLabel(groupBy)} />
        </section>
      </div>
    </div>
  );
}

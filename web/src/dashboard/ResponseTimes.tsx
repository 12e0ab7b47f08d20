import { Bar } from 'react-chartjs-2';
import { useI18n } from '../i18n';
import { formatMinutes as minutes, groupDisplayName } from './format';
import type { Summary, SummaryRow } from './types';

/** Median and p90 first-response / resolution time per group, as a chart and as a readable table. */
export function ResponseTimes({ data, groupLabel }: { data: Summary | null; groupLabel: string }) {
  const { t, lang } = useI18n();
  if (!data) return <p className="muted">{t('loading')}</p>;
  if (data.rows.length === 0) return <p className="muted">{t('noData')}</p>;
  const name = (r: SummaryRow) => groupDisplayName(data.groupBy, r.key, r.label, lang);
  // Only groups with a measured time go in the chart; the table lists every group.
  const rows = data.rows.filter((r) => r.firstResponse.p50Minutes !== null).slice(0, 15);
  return (
    <div className="rt">
      {rows.length === 0 ? (
        <p className="muted chart-empty">{t('noResponsesYet')}</p>
      ) : (
        <div className="chart">
          <Bar
            aria-label={`${t('firstResponse')} (${t('minutes')})`}
            role="img"
            data={{
              labels: rows.map(name),
              datasets: [
                {
                  label: `${t('firstResponse')} ${t('median')}`,
                  data: rows.map((r) => r.firstResponse.p50Minutes),
                  backgroundColor: '#0f6cbd',
                },
                {
                  label: `${t('firstResponse')} p90`,
                  data: rows.map((r) => r.firstResponse.p90Minutes),
                  backgroundColor: '#8bb8e8',
                },
                {
                  label: `${t('resolution')} ${t('median')}`,
                  data: rows.map((r) => r.resolution.p50Minutes),
                  backgroundColor: '#2e8b57',
                },
              ],
            }}
            options={{
              maintainAspectRatio: false,
              indexAxis: 'y',
              scales: { x: { beginAtZero: true, title: { display: true, text: t('minutes') } } },
              plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
            }}
          />
        </div>
      )}
      <table className="table" data-testid="summary-table">
        <caption className="sr-only">
          {t('firstResponse')}, {t('resolution')}, {t('slaMetShare')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{groupLabel}</th>
            <th scope="col">{t('volume')}</th>
            <th scope="col">
              {t('firstResponse')} {t('median')}
            </th>
            <th scope="col">{t('firstResponse')} p90</th>
            <th scope="col">
              {t('resolution')} {t('median')}
            </th>
            <th scope="col">{t('resolution')} p90</th>
            <th scope="col">{t('slaMetShare')}</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.key} data-testid="summary-row" data-key={r.key}>
              <th scope="row">{name(r)}</th>
              <td>{r.volume}</td>
              <td data-testid="fr-p50">{minutes(r.firstResponse.p50Minutes, lang)}</td>
              <td>{minutes(r.firstResponse.p90Minutes, lang)}</td>
              <td>{minutes(r.resolution.p50Minutes, lang)}</td>
              <td>{minutes(r.resolution.p90Minutes, lang)}</td>
              <td>{r.slaMetShare === null ? '—' : `${Math.round(r.slaMetShare * 100)}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

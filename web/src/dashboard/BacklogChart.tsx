import { Bar } from 'react-chartjs-2';
import { URGENCY_NAMES, useI18n } from '../i18n';
import { URGENCY_COLORS } from './charts';
import type { Backlog } from './types';

/** Open cases by age, stacked by urgency, so old kritis cases jump out. */
export function BacklogChart({ data }: { data: Backlog | null }) {
  const { t, lang } = useI18n();
  if (!data) return <p className="muted">{t('loading')}</p>;
  return (
    <>
      <div className="chart">
        <Bar
          aria-label={t('backlog')}
          role="img"
          data={{
            labels: data.buckets.map((b) => b.label),
            datasets: Object.keys(URGENCY_NAMES).map((u) => ({
              label: URGENCY_NAMES[u][lang],
              data: data.buckets.map((b) => b.byUrgency[u] ?? 0),
              backgroundColor: URGENCY_COLORS[u],
              maxBarThickness: 56,
            })),
          }}
          options={{
            maintainAspectRatio: false,
            scales: {
              x: { stacked: true },
              y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
            },
            plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
          }}
        />
      </div>
    </>
  );
}

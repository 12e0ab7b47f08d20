import { Bar } from 'react-chartjs-2';
import { useI18n } from '../i18n';
import { groupDisplayName } from './format';
import { PALETTE } from './charts';
import type { Timeseries } from './types';

/** Stacked bars: cases per day, split by channel / topic / agency / region. */
export function VolumeChart({ data }: { data: Timeseries | null }) {
  const { t, lang } = useI18n();
  if (!data) return <p className="muted">{t('loading')}</p>;
  if (data.series.length === 0) return <p className="muted">{t('noData')}</p>;
  return (
    <div className="chart chart-tall">
      <Bar
        aria-label={t('volumeOverTime')}
        role="img"
        data={{
          labels: data.buckets,
          datasets: data.series.map((s, i) => ({
            label: groupDisplayName(data.groupBy, s.key, s.label, lang),
            data: s.counts,
            backgroundColor: PALETTE[i % PALETTE.length],
            maxBarThickness: 48,
          })),
        }}
        options={{
          maintainAspectRatio: false,
          scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
          plugins: { legend: { position: 'right', labels: { boxWidth: 12 } } },
        }}
      />
    </div>
  );
}

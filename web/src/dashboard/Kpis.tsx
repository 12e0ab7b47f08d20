import { useI18n } from '../i18n';
import { formatMinutes } from './format';
import type { Backlog, SummaryRow } from './types';

/** The four numbers a supervisor checks first. */
export function Kpis({ total, backlog }: { total: SummaryRow | null; backlog: Backlog | null }) {
  const { t, lang } = useI18n();
  const open = backlog?.buckets.reduce((n, b) => n + b.count, 0);
  const overWeek = backlog?.buckets.find((b) => b.key === 'gt_7d')?.count ?? 0;
  const items: [string, string, string?][] = [
    [t('kpiVolume'), total ? String(total.volume) : '…'],
    [
      t('kpiFirstResponse'),
      total ? formatMinutes(total.firstResponse.p50Minutes, lang) : '…',
      total ? `p90 ${formatMinutes(total.firstResponse.p90Minutes, lang)}` : undefined,
    ],
    [t('kpiSla'), total?.slaMetShare == null ? '—' : `${Math.round(total.slaMetShare * 100)}%`],
    [
      t('kpiBacklog'),
      open === undefined ? '…' : String(open),
      overWeek ? `${overWeek} > 7 ${t('days')}` : undefined,
    ],
  ];
  return (
    <dl className="kpis" data-testid="kpis">
      {items.map(([label, value, sub]) => (
        <div key={label} className="kpi-card">
          <dt>{label}</dt>
          <dd>
            <strong>{value}</strong>
            {sub && <span className="kpi-sub">{sub}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

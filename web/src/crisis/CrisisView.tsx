// Crisis alerts for humas leadership: refreshed when a new alert arrives over the socket.
import { useCallback, useState } from 'react';
import { useI18n } from '../i18n';
import { useReport } from '../dashboard/useReport';
import { CrisisCard } from './CrisisCard';
import type { CrisisList } from './types';
import { useCrisisAlerts } from './useCrisisAlerts';

export default function CrisisView() {
  const { t } = useI18n();
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  useCrisisAlerts(refresh);
  const { data } = useReport<CrisisList>(`/api/crises?limit=50&v=${version}`);
  if (!data) return <p className="boot">{t('loading')}</p>;
  return (
    <div className="dashboard" data-testid="crises">
      <h1>Peringatan krisis</h1>
      {data.items.length === 0 ? <p className="muted">Belum ada peringatan krisis.</p> : null}
      {data.items.map((a) => (
        <CrisisCard key={a.id} alert={a} replies={data.holdingReplies} onSent={refresh} />
      ))}
    </div>
  );
}

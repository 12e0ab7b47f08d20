import type { Conversation } from '../api/types';
import { useI18n } from '../i18n';
import { formatDuration, slaView } from '../lib/sla';

/** SLA countdown: green while comfortable, amber in the last hour, red once overdue. */
export function SlaBadge({ conversation, now }: { conversation: Conversation; now: number }) {
  const { t, lang } = useI18n();
  const view = slaView(conversation, now);
  if (view.remainingMs === null) {
    const text = view.state === 'met' ? t('slaMet') : t('noSla');
    return <span className={`sla sla-${view.state}`}>{text}</span>;
  }
  const duration = formatDuration(view.remainingMs, lang);
  const text = view.remainingMs < 0 ? `${t('overdue')} ${duration}` : `${t('dueIn')} ${duration}`;
  const clock = view.clock === 'firstResponse' ? t('firstResponse') : t('resolution');
  return (
    <span className={`sla sla-${view.state}`} title={`SLA ${clock}`} aria-label={`SLA ${clock}: ${text}`}>
      {text}
    </span>
  );
}

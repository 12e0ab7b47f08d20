import type { Conversation } from '../api/types';
import { useI18n } from '../i18n';
import { formatDuration, slaView } from '../lib/sla';

/** SLA countdown coloured by the server's phase; a paused clock says so, a finished case says met or missed. */
export function SlaBadge({ conversation, now }: { conversation: Conversation; now: number }) {
  const { t, lang } = useI18n();
  const view = slaView(conversation, now);
  if (view.remainingMs === null) {
    const text =
      view.state === 'met'
        ? t('slaMet')
        : view.state === 'breached'
          ? t('slaMissed')
          : view.state === 'paused'
            ? t('slaPaused')
            : t('noSla');
    return (
      <span className={`sla sla-${view.state}`} data-testid="sla-badge" data-state={view.state}>
        {text}
      </span>
    );
  }
  const duration = formatDuration(view.remainingMs, lang);
  const text = view.remainingMs < 0 ? `${t('overdue')} ${duration}` : `${t('dueIn')} ${duration}`;
  const clock = view.clock === 'firstResponse' ? t('firstResponse') : t('resolution');
  return (
    <span
      className={`sla sla-${view.state}`}
      data-testid="sla-badge"
      data-state={view.state}
      title={`SLA ${clock}`}
      aria-label={`SLA ${clock}: ${text}`}
    >
      {text}
    </span>
  );
}

import type { ConversationEvent } from '../api/types';
import { EVENT_NAMES, labelOf, useI18n } from '../i18n';
import { formatDateTime } from '../lib/time';

/** The audit trail, newest first. Notes are shown in the thread, so they are left out here. */
export function HistoryPanel({ events, timezone }: { events: ConversationEvent[]; timezone: string }) {
  const { t, lang } = useI18n();
  const shown = events
    .filter((e) => e.type !== 'note')
    .slice()
    .reverse();
  return (
    <section className="panel" aria-labelledby="hist-title">
      <h3 id="hist-title">{t('history')}</h3>
      <ol className="history">
        {shown.map((e) => (
          <li key={e.id}>
            <span className="hist-type">{labelOf(EVENT_NAMES, e.type, lang)}</span>
            {e.actor && <span className="hist-actor"> · {e.actor.name}</span>}
            {typeof e.data?.reason === 'string' && <span className="hist-reason"> — {e.data.reason}</span>}
            <br />
            <time dateTime={e.createdAt}>{formatDateTime(e.createdAt, timezone, lang)}</time>
          </li>
        ))}
      </ol>
    </section>
  );
}

import type { ConversationEvent } from '../api/types';
import { DELIVERY_NAMES, EVENT_NAMES, labelOf, REASON_NAMES, STATUS_NAMES, useI18n } from '../i18n';
import { formatDateTime } from '../lib/time';

/** The one fact worth showing next to an event: a reason, a delivery status or a new status. */
function detail(e: ConversationEvent, lang: 'id' | 'en'): string | null {
  const data = e.data ?? {};
  if (typeof data.reason === 'string') return REASON_NAMES[data.reason]?.[lang] ?? data.reason;
  if (e.type === 'claimed' && data.takeOver) return lang === 'id' ? 'ambil alih' : 'take over';
  if (e.type === 'reply_status' && typeof data.status === 'string')
    return labelOf(DELIVERY_NAMES, data.status, lang);
  if (e.type === 'status_changed' && typeof data.to === 'string') return labelOf(STATUS_NAMES, data.to, lang);
  return null;
}

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
            {detail(e, lang) && <span className="hist-reason"> — {detail(e, lang)}</span>}
            <br />
            <time dateTime={e.createdAt}>{formatDateTime(e.createdAt, timezone, lang)}</time>
          </li>
        ))}
      </ol>
    </section>
  );
}

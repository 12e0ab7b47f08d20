// Messages and internal notes in time order; scrolls to the newest entry.
import { useEffect, useRef } from 'react';
import type { ConversationEvent, Message } from '../api/types';
import { useI18n } from '../i18n';
import { formatDateTime } from '../lib/time';
import { MessageItem } from './MessageItem';

type Entry = { at: number; message?: Message; note?: ConversationEvent };

export function Thread({
  messages,
  events,
  timezone,
  onMessageUpdated,
}: {
  messages: Message[];
  events: ConversationEvent[];
  timezone: string;
  onMessageUpdated?: (m: Message) => void;
}) {
  const { t, lang } = useI18n();
  const end = useRef<HTMLDivElement>(null);
  const entries: Entry[] = [
    ...messages.map((m) => ({ at: Date.parse(m.createdAt), message: m })),
    ...events.filter((e) => e.type === 'note').map((e) => ({ at: Date.parse(e.createdAt), note: e })),
  ].sort((a, b) => a.at - b.at);

  useEffect(() => {
    end.current?.scrollIntoView({ block: 'end' });
  }, [entries.length]);

  return (
    <div className="thread" aria-label={t('thread')} role="log" aria-live="polite">
      {entries.map((entry) =>
        entry.message ? (
          <MessageItem
            key={entry.message.id}
            message={entry.message}
            timezone={timezone}
            onUpdated={onMessageUpdated}
          />
        ) : (
          <article key={entry.note!.id} className="note" data-testid="note">
            <header className="msg-head">
              <strong>{entry.note!.actor?.name ?? '—'}</strong>
              <span className="msg-chan">{t('note')}</span>
              <time dateTime={entry.note!.createdAt}>
                {formatDateTime(entry.note!.createdAt, timezone, lang)}
              </time>
            </header>
            <p className="msg-text">{String(entry.note!.data?.text ?? '')}</p>
          </article>
        ),
      )}
      <div ref={end} />
    </div>
  );
}

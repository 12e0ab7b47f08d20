import { memo } from 'react';
import type { Conversation } from '../api/types';
import { labelOf, PLATFORM_NAMES, STATUS_NAMES, TOPIC_NAMES, URGENCY_NAMES, useI18n } from '../i18n';
import { SlaBadge } from '../components/SlaBadge';
import { formatTime } from '../lib/time';

interface Props {
  conversation: Conversation;
  selected: boolean;
  fresh: boolean;
  now: number;
  timezone: string;
  onOpen: (id: string) => void;
}

export const ConversationRow = memo(function ConversationRow({
  conversation: c,
  selected,
  fresh,
  now,
  timezone,
  onOpen,
}: Props) {
  const { lang } = useI18n();
  const classes = ['row', `urg-${c.urgency}`, selected && 'selected', fresh && 'fresh']
    .filter(Boolean)
    .join(' ');
  return (
    <li
      className={classes}
      data-testid="conversation-row"
      data-ticket={c.ticketNumber}
      data-urgency={c.urgency}
    >
      <button
        type="button"
        className="row-button"
        aria-current={selected ? 'true' : undefined}
        onClick={() => onOpen(c.id)}
      >
        <span className="row-top">
          <span className={`urgency-badge urg-${c.urgency}`}>{labelOf(URGENCY_NAMES, c.urgency, lang)}</span>
          <span className="row-name">{c.contact?.name || c.contact?.handle || c.ticketNumber}</span>
          <SlaBadge conversation={c} now={now} />
        </span>
        <span className="row-preview">{c.preview}</span>
        <span className="row-meta">
          <span className="row-tags">
            <span className="ticket">{c.ticketNumber}</span>
            <span>{labelOf(PLATFORM_NAMES, c.platform, lang)}</span>
            <span>{labelOf(TOPIC_NAMES, c.topic, lang)}</span>
            <span className={`status status-${c.status}`}>{labelOf(STATUS_NAMES, c.status, lang)}</span>
            {c.agency && <span>{c.agency.shortName}</span>}
            {c.assignee && <span>→ {c.assignee.name}</span>}
          </span>
          <time dateTime={c.lastMessageAt}>{formatTime(c.lastMessageAt, timezone, lang, now)}</time>
        </span>
      </button>
    </li>
  );
});

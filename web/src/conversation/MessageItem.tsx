import { isAllowedMediaUrl } from '../../../src/domain/media-hosts';
import type { Attachment, Message } from '../api/types';
import { DELIVERY_NAMES, labelOf, PLATFORM_NAMES, useI18n } from '../i18n';
import { formatDateTime } from '../lib/time';
import { ReplyCheck } from './ReplyCheck';

/** Only https links to the platform's own media hosts are shown or loaded (the server filters too). */
function AttachmentView({ a: raw, platform }: { a: Attachment; platform: string }) {
  const { t } = useI18n();
  // A platform link on its own media host, or the server's path that fetches the file with the account's token.
  const ownPath = raw.mediaUrl?.startsWith('/api/') ? raw.mediaUrl : undefined;
  const a = { ...raw, url: isAllowedMediaUrl(platform, raw.url) ? raw.url : ownPath };
  if (a.type === 'location' && a.location) {
    const { latitude, longitude, name, address } = a.location;
    const href = `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`;
    return (
      <a className="attachment" href={href} target="_blank" rel="noreferrer">
        {t('location')}: {name || address || `${latitude.toFixed(5)}, ${longitude.toFixed(5)}`}
      </a>
    );
  }
  if (a.type === 'image' && a.url) {
    return (
      <a className="attachment attachment-image" href={a.url} target="_blank" rel="noreferrer">
        <img src={a.url} alt={a.caption || a.name || t('attachments')} loading="lazy" />
      </a>
    );
  }
  const label = a.name || a.caption || a.type;
  return a.url ? (
    <a className="attachment" href={a.url} target="_blank" rel="noreferrer">
      {t('attachments')}: {label}
    </a>
  ) : (
    <span className="attachment">
      {t('attachments')}: {label}
    </span>
  );
}

/** Replies Aspirasi will not resend by itself: an officer checks the platform first (ReplyCheck). */
const AWAITING_CHECK = new Set(['unknown', 'failed']);

export function MessageItem({
  message: m,
  timezone,
  onUpdated,
}: {
  message: Message;
  timezone: string;
  onUpdated?: (m: Message) => void;
}) {
  const { t, lang } = useI18n();
  const outbound = m.direction === 'outbound';
  // A reply's author is the officer who wrote it (src/views/message-view.ts).
  const author = m.author?.name || (outbound ? '' : t('unknownCitizen'));
  const status = m.delivery?.status;
  return (
    <article
      className={`msg ${outbound ? 'msg-out' : 'msg-in'}`}
      data-testid={outbound ? 'outbound-message' : 'inbound-message'}
      aria-label={`${author}, ${formatDateTime(m.createdAt, timezone, lang)}`}
    >
      <header className="msg-head">
        <strong>{author}</strong>
        <span className="msg-chan">
          {labelOf(PLATFORM_NAMES, m.platform, lang)} ·{' '}
          {m.visibility === 'public' ? t('publicReply') : t('privateReply')}
        </span>
        <time dateTime={m.createdAt}>{formatDateTime(m.createdAt, timezone, lang)}</time>
      </header>
      <p className={m.removed ? 'msg-text removed' : 'msg-text'}>{m.text}</p>
      {(m.edited || m.removed || m.hidden) && (
        <p className="msg-flags">
          {[m.edited && t('edited'), m.removed && t('removed'), m.hidden && t('hidden')]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
      {m.attachments && m.attachments.length > 0 && (
        <div className="attachments" aria-label={t('attachments')}>
          {m.attachments.map((a, i) => (
            <AttachmentView key={i} a={a} platform={m.platform} />
          ))}
        </div>
      )}
      {outbound && status && (
        <p className={`delivery delivery-${status}`} data-testid="delivery-status" data-status={status}>
          {labelOf(DELIVERY_NAMES, status, lang)}
          {AWAITING_CHECK.has(status) && m.delivery?.error ? `: ${m.delivery.error}` : ''}
        </p>
      )}
      {outbound && status && AWAITING_CHECK.has(status) && onUpdated && (
        <ReplyCheck message={m} onSettled={onUpdated} />
      )}
    </article>
  );
}

// The officer's main screen: filterable live list on the left, the open conversation on the right.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { knownRegionCodes, useI18n } from '../i18n';
import { navigate } from '../lib/router';
import { useNow } from '../lib/useNow';
import { useSession } from '../session';
import { ConversationView } from '../conversation/ConversationView';
import { ConversationRow } from './ConversationRow';
import { FilterBar } from './FilterBar';
import { DEFAULT_FILTERS, type InboxFilters } from './filters';
import { useInboxList } from './useInboxList';
import { useInboxShortcuts } from './useInboxShortcuts';

export function Inbox({ conversationId }: { conversationId: string | null }) {
  const { t } = useI18n();
  const { user } = useSession();
  const [filters, setFilters] = useState<InboxFilters>(DEFAULT_FILTERS);
  const { items, nextCursor, loading, loadMore, freshIds, markSeen } = useInboxList(filters);
  const [showHelp, setShowHelp] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const now = useNow();

  const open = useCallback((id: string) => navigate(`/inbox/${encodeURIComponent(id)}`), []);
  useEffect(() => {
    if (conversationId) markSeen(conversationId);
  }, [conversationId, markSeen]);

  const regions = useMemo(() => {
    const set = new Set([
      ...knownRegionCodes(),
      ...items.map((c) => c.region).filter((r): r is string => !!r),
    ]);
    if (filters.region) set.add(filters.region);
    return [...set].sort();
  }, [items, filters.region]);

  useInboxShortcuts({
    ids: items.map((c) => c.id),
    currentId: conversationId,
    open,
    focusSearch: () => searchRef.current?.focus(),
    toggleHelp: () => setShowHelp((v) => !v),
  });

  const kritisOpen = items.filter((c) => c.urgency === 'kritis').length;

  return (
    <div className="inbox">
      <section className="list-pane" aria-label={t('inbox')}>
        <FilterBar filters={filters} onChange={setFilters} regions={regions} searchRef={searchRef} />
        <div className="list-summary" aria-live="polite">
          <span>
            {items.length}
            {nextCursor ? '+' : ''} {t('conversations')}
          </span>
          <select
            className="sort"
            aria-label={t('sort')}
            value={filters.sort}
            onChange={(e) => setFilters({ ...filters, sort: e.target.value as InboxFilters['sort'] })}
          >
            <option value="urgency">{t('sortUrgency')}</option>
            <option value="recent">{t('sortRecent')}</option>
          </select>
          {kritisOpen > 0 && (
            <span className="kritis-count">
              {kritisOpen} {t('kritisBanner')}
            </span>
          )}
          <button
            type="button"
            className="btn-link"
            onClick={() => setShowHelp((v) => !v)}
            aria-expanded={showHelp}
            aria-label={t('shortcuts')}
            title={t('shortcuts')}
          >
            ⌨ ?
          </button>
        </div>
        {showHelp && <p className="help">{t('shortcutsHelp')}</p>}
        <ul className="list" aria-busy={loading} data-testid="conversation-list">
          {items.map((c) => (
            <ConversationRow
              key={c.id}
              conversation={c}
              selected={c.id === conversationId}
              fresh={freshIds.has(c.id)}
              now={now}
              timezone={user.timezone}
              onOpen={open}
            />
          ))}
          {!loading && items.length === 0 && <li className="empty">{t('noConversations')}</li>}
          {loading && items.length === 0 && <li className="empty">{t('loading')}</li>}
        </ul>
        {nextCursor && (
          <button type="button" className="btn btn-ghost load-more" onClick={loadMore}>
            {t('loadMore')}
          </button>
        )}
      </section>
      <section className="view-pane" aria-label={t('thread')}>
        {conversationId ? (
          <ConversationView key={conversationId} conversationId={conversationId} now={now} />
        ) : (
          <p className="placeholder">{t('selectConversation')}</p>
        )}
      </section>
    </div>
  );
}

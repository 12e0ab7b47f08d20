// One case: header with status, SLA, presence and actions; thread and composer; classification and history.
import { useEffect, useRef, useState } from 'react';
import { labelOf, PLATFORM_NAMES, STATUS_NAMES, URGENCY_NAMES, useI18n } from '../i18n';
import { isTypingTarget } from '../inbox/useInboxShortcuts';
import { SlaBadge } from '../components/SlaBadge';
import { showToast, toastError } from '../lib/toast';
import { useSession } from '../session';
import { ActionBar, type PendingDialog } from './ActionBar';
import { offered, runOffer } from './actions';
import { ClassificationPanel } from './ClassificationPanel';
import { Composer, type ComposerHandle } from './Composer';
import { HistoryPanel } from './HistoryPanel';
import { PresenceBar } from './PresenceBar';
import { Thread } from './Thread';
import { useConversation } from './useConversation';
import { usePresence } from './usePresence';

export function ConversationView({ conversationId, now }: { conversationId: string; now: number }) {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const { detail, notFound, movedAway, reload, setConversation, addMessage } =
    useConversation(conversationId);
  const { viewers, noteTyping } = usePresence(conversationId);
  const composer = useRef<ComposerHandle>(null);
  const [pending, setPending] = useState<PendingDialog | null>(null);
  const c = detail?.conversation;

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (!c || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target) || pending) return;
      const accept = offered(c, 'accept');
      if (e.key === 'r') composer.current?.focus('reply');
      else if (e.key === 'n') composer.current?.focus('note');
      else if (e.key === 'a' && accept)
        runOffer(c.id, accept).then((next) => {
          setConversation(next);
          showToast('success', `${t('done')}: ${t('accept')}`);
        }, toastError);
      else if (e.key === 'e' && offered(c, 'resolve')) setPending('resolve');
      else return;
      e.preventDefault();
    }
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [c, pending, setConversation, t]);

  if (movedAway)
    return (
      <p className="placeholder" data-testid="case-moved-away">
        {t('caseMovedAway')}
      </p>
    );
  if (notFound) return <p className="placeholder">404 — {t('noConversations')}</p>;
  if (!detail || !c) return <p className="placeholder">{t('loading')}</p>;

  return (
    <div className={`conv urg-${c.urgency}`} data-testid="conversation-view">
      <header className="conv-head">
        <div className="conv-title">
          <h2>
            {c.contact?.name || c.contact?.handle || t('unknownCitizen')}
            {c.contact?.handle && c.contact.name ? (
              <span className="handle"> @{c.contact.handle}</span>
            ) : null}
          </h2>
          <p className="conv-sub">
            <span className="ticket" data-testid="ticket-number">
              {c.ticketNumber}
            </span>
            <span className={`urgency-badge urg-${c.urgency}`}>
              {labelOf(URGENCY_NAMES, c.urgency, lang)}
            </span>
            <span
              className={`status status-${c.status}`}
              data-testid="conversation-status"
              data-status={c.status}
            >
              {labelOf(STATUS_NAMES, c.status, lang)}
            </span>
            <span>{labelOf(PLATFORM_NAMES, c.platform, lang)}</span>
            <span>{c.agency?.shortName}</span>
            <span>
              {t('assignee')}: {c.assignee?.name ?? t('unassigned')}
            </span>
            <SlaBadge conversation={c} now={now} />
          </p>
          {c.status === 'rejected' && c.rejectionReason && (
            <p className="banner banner-error" data-testid="rejection-reason">
              {labelOf(STATUS_NAMES, 'rejected', lang)}: {c.rejectionReason}
            </p>
          )}
          <PresenceBar viewers={viewers} />
        </div>
        <ActionBar conversation={c} onChange={setConversation} pending={pending} setPending={setPending} />
      </header>
      <div className="conv-body">
        <div className="conv-main">
          <Thread
            messages={detail.messages}
            events={detail.events}
            timezone={user.timezone}
            onMessageUpdated={addMessage}
          />
          <Composer
            ref={composer}
            conversation={c}
            now={now}
            onSent={addMessage}
            onNote={(next) => {
              setConversation(next);
              void reload();
            }}
            onTyping={noteTyping}
          />
        </div>
        <aside className="conv-side">
          <ClassificationPanel
            key={`${c.topic}-${c.urgency}-${c.type}-${c.region}`}
            conversation={c}
            onChange={setConversation}
          />
          <HistoryPanel events={detail.events} timezone={user.timezone} />
        </aside>
      </div>
    </div>
  );
}

// Reply (public/private, canned responses, PII warning, reply window) and internal notes.
import { forwardRef, useImperativeHandle, useRef, useState, type KeyboardEvent } from 'react';
import { api, ApiError } from '../api/client';
import type { Conversation, Message } from '../api/types';
import { useI18n } from '../i18n';
import { fillCanned } from '../lib/canned';
import { showToast, toastError } from '../lib/toast';
import { useSession } from '../session';
import { runAction } from './actions';
import { idempotencyKeys } from './idempotency';
import { PiiWarning } from './PiiWarning';
import { ReplyOptions } from './ReplyOptions';
import { TemplatePicker } from './TemplatePicker';
import { useCannedResponses } from './useCannedResponses';

export interface ComposerHandle {
  focus: (mode: 'reply' | 'note') => void;
}

interface Props {
  conversation: Conversation;
  now: number;
  onSent: (m: Message) => void;
  onNote: (c: Conversation) => void;
  onTyping: () => void;
}

export const Composer = forwardRef<ComposerHandle, Props>(function Composer(
  { conversation: c, now, onSent, onNote, onTyping },
  ref,
) {
  const { t } = useI18n();
  const { user, agencies } = useSession();
  const [mode, setMode] = useState<'reply' | 'note'>('reply');
  const [text, setText] = useState('');
  const [visibility, setVisibility] = useState<'public' | 'private'>(c.visibility);
  const [serverBlock, setServerBlock] = useState<string | null>(null);
  const [claimConflict, setClaimConflict] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);
  const draftKey = useRef(idempotencyKeys());
  const canned = useCannedResponses(c.agencyId);

  useImperativeHandle(ref, () => ({
    focus: (next) => {
      setMode(next);
      setTimeout(() => input.current?.focus(), 0);
    },
  }));

  // The server's verdict (adapters/<platform>/ rule); a window that was open closes here when its time comes.
  const replyWindow = c.replyWindow?.[visibility] ?? null;
  const closesAt = replyWindow?.closesAt ? Date.parse(replyWindow.closesAt) : null;
  const windowClosed = replyWindow ? !replyWindow.open || (closesAt !== null && closesAt < now) : false;
  const agencyName = agencies.find((a) => a.id === c.agencyId)?.name ?? c.agency?.shortName ?? '';

  function insertCanned(id: string) {
    const item = canned.find((x) => x.id === id);
    if (!item) return;
    const filled = fillCanned(item.body, {
      ticket: c.ticketNumber,
      nama: c.contact?.name || c.contact?.handle || t('unknownCitizen'),
      instansi: agencyName,
      petugas: user.name,
    });
    setText((prev) => (prev.trim() ? `${prev.trimEnd()}\n${filled}` : filled));
    input.current?.focus();
  }

  async function submit() {
    if (!text.trim() || busy) return;
    setBusy(true);
    try {
      if (mode === 'note') {
        onNote(await runAction(c.id, 'notes', { text }));
      } else {
        const res = await api<{ message: Message }>(
          `/api/conversations/${encodeURIComponent(c.id)}/replies`,
          {
            method: 'POST',
            body: { text, visibility },
            // Sending the same draft again (after a timeout, a double press) is the same reply, sent once.
            headers: { 'Idempotency-Key': draftKey.current.of(text, visibility) },
          },
        );
        onSent(res.message);
        draftKey.current.reset();
        showToast('info', t('replyQueued'));
      }
      setText('');
      setServerBlock(null);
      setClaimConflict(null);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'reply_window_closed') setServerBlock(err.message);
      else if (err instanceof ApiError && err.code === 'claimed_by_other') setClaimConflict(err.message);
      else toastError(err, mode === 'note' ? 'Menyimpan catatan' : 'Mengirim balasan');
    } finally {
      setBusy(false);
    }
  }

  async function takeOverAndSend() {
    try {
      onNote(await runAction(c.id, 'claim', { takeOver: true }));
      setClaimConflict(null);
      if (text.trim()) await submit();
    } catch (err) {
      toastError(err, t('takeOver'));
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    } else if (e.key === 'Escape') input.current?.blur();
  }

  const blocked = mode === 'reply' && windowClosed;
  const closedReason = serverBlock ?? replyWindow?.reason;
  // The server says another officer holds the case (replyNeedsTakeOver); its 409 wins if it changed meanwhile.
  const heldByOther =
    claimConflict ??
    (mode === 'reply' && c.replyNeedsTakeOver ? `${t('heldBy')} ${c.claimer?.name ?? ''}`.trim() : null);
  return (
    <section className={`composer composer-${mode}`} aria-label={mode === 'reply' ? t('reply') : t('note')}>
      <div className="composer-tabs" role="tablist">
        {(['reply', 'note'] as const).map((m) => (
          <button
            key={m}
            type="button"
            role="tab"
            aria-selected={mode === m}
            className={mode === m ? 'tab active' : 'tab'}
            onClick={() => setMode(m)}
          >
            {m === 'reply' ? `${t('reply')} (r)` : `${t('note')} (n)`}
          </button>
        ))}
        {mode === 'reply' && (
          <ReplyOptions
            conversationVisibility={c.visibility}
            visibility={visibility}
            onVisibility={setVisibility}
            canned={canned}
            onCanned={insertCanned}
          />
        )}
      </div>
      {(blocked || serverBlock) && (
        <p className="banner banner-error" role="alert" data-testid="reply-window-closed">
          {/* The server's reason names the platform and the rule; the generic line only when there is none. */}
          {closedReason ?? `${t('windowClosed')}.`}
        </p>
      )}
      {blocked && c.platform === 'whatsapp' && <TemplatePicker conversationId={c.id} onSent={onSent} />}
      {mode === 'reply' && !blocked && !serverBlock && closesAt !== null && (
        <p className="banner" data-testid="reply-window-closes">
          {t('windowClosesAt')} {new Date(closesAt).toLocaleString()}.
        </p>
      )}
      {heldByOther && (
        <p className="banner banner-warn" role="alert" data-testid="claim-conflict">
          {heldByOther}
          <button type="button" className="btn btn-small" onClick={takeOverAndSend}>
            {t('takeOver')}
          </button>
        </p>
      )}
      <textarea
        ref={input}
        className="composer-input"
        aria-label={mode === 'reply' ? t('reply') : t('note')}
        placeholder={mode === 'reply' ? t('replyPlaceholder') : t('notePlaceholder')}
        value={text}
        rows={3}
        onChange={(e) => {
          setText(e.target.value);
          if (mode === 'reply') onTyping();
        }}
        onKeyDown={onKeyDown}
      />
      {mode === 'reply' && <PiiWarning text={text} onMask={setText} />}
      <div className="composer-foot">
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy || !text.trim() || blocked}
          onClick={submit}
        >
          {mode === 'reply' ? t('send') : t('addNote')}
        </button>
      </div>
    </section>
  );
});

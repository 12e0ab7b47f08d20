// The workflow buttons the server offers this user on this case (accept, reject with reason, transfer, resolve,
// wait, close, spam, reopen) and the claim lock (claim / take over). Nothing here decides what is allowed.
import { useState } from 'react';
import type { CaseActionOffer, Conversation } from '../api/types';
import { useI18n, type StringKey } from '../i18n';
import { showToast, toastError } from '../lib/toast';
import { useSession } from '../session';
import { runAction, runOffer } from './actions';
import { Dialog } from './Dialog';

export type PendingDialog = 'reject' | 'transfer' | 'resolve';

interface Props {
  conversation: Conversation;
  onChange: (c: Conversation) => void;
  pending: PendingDialog | null;
  setPending: (p: PendingDialog | null) => void;
}

const LABEL: Record<CaseActionOffer['name'], StringKey> = {
  accept: 'accept',
  reject: 'reject',
  transfer: 'transfer',
  resolve: 'resolve',
  wait: 'waitCitizen',
  close: 'closeCase',
  mark_spam: 'markSpam',
  reopen: 'reopen',
};
const STYLE: Partial<Record<CaseActionOffer['name'], string>> = {
  accept: 'btn btn-primary',
  resolve: 'btn btn-success',
};
const SHORTCUT: Partial<Record<CaseActionOffer['name'], string>> = { accept: 'a', resolve: 'e' };
const WITH_DIALOG = new Set<string>(['reject', 'transfer', 'resolve']);

export function ActionBar({ conversation: c, onChange, pending, setPending }: Props) {
  const { t } = useI18n();
  const { agencies } = useSession();
  const [reason, setReason] = useState('');
  const [agencyId, setAgencyId] = useState('');
  const offer = (name: PendingDialog) => c.availableActions.find((o) => o.name === name);

  async function act(run: () => Promise<Conversation>, doneText: string) {
    try {
      onChange(await run());
      showToast('success', `${t('done')}: ${doneText}`);
      setPending(null);
      setReason('');
    } catch (err) {
      toastError(err, doneText);
    }
  }
  const click = (o: CaseActionOffer) =>
    WITH_DIALOG.has(o.name)
      ? setPending(o.name as PendingDialog)
      : act(() => runOffer(c.id, o), t(LABEL[o.name]));
  const submit = (name: PendingDialog, fields: Record<string, unknown>) => {
    const o = offer(name);
    if (o) void act(() => runOffer(c.id, o, fields), t(LABEL[name]));
  };

  // A case is sent to an agency, never back to the humas desk that way (that is "reject").
  const targets = agencies.filter((a) => a.id !== c.agencyId && !a.isHumas);
  return (
    <div className="actionbar" role="toolbar" aria-label={t('actions')}>
      {c.claimAction && (
        <button
          type="button"
          className="btn"
          data-action={c.claimAction}
          onClick={() =>
            act(
              () => runAction(c.id, 'claim', { takeOver: c.claimAction === 'take_over' }),
              t(c.claimAction === 'take_over' ? 'takeOver' : 'claim'),
            )
          }
        >
          {t(c.claimAction === 'take_over' ? 'takeOver' : 'claim')}
        </button>
      )}
      {c.availableActions.map((o) => (
        <button
          key={o.name}
          type="button"
          className={STYLE[o.name] ?? 'btn'}
          data-action={o.name}
          title={SHORTCUT[o.name]}
          onClick={() => click(o)}
        >
          {t(LABEL[o.name])}
        </button>
      ))}

      {pending === 'reject' && (
        <Dialog
          title={t('reject')}
          submitLabel={t('reject')}
          danger
          onClose={() => setPending(null)}
          onSubmit={() => submit('reject', { reason })}
        >
          <label>
            {t('rejectReason')}
            <textarea
              required
              minLength={5}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              rows={3}
            />
          </label>
        </Dialog>
      )}
      {pending === 'transfer' && (
        <Dialog
          title={t('transfer')}
          submitLabel={t('transfer')}
          onClose={() => setPending(null)}
          onSubmit={() => submit('transfer', { agencyId, reason: reason || undefined })}
        >
          <label>
            {t('transferTo')}
            <select required value={agencyId} onChange={(e) => setAgencyId(e.target.value)}>
              <option value="">—</option>
              {targets.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('reason')}
            <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
          </label>
        </Dialog>
      )}
      {pending === 'resolve' && (
        <Dialog
          title={t('resolve')}
          submitLabel={t('resolve')}
          onClose={() => setPending(null)}
          onSubmit={() => submit('resolve', { note: reason || undefined })}
        >
          <label>
            {t('note')}
            <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={3} />
          </label>
        </Dialog>
      )}
    </div>
  );
}

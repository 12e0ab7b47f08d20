// Accept, reject (with reason), transfer, resolve, claim / take over.
import { useState } from 'react';
import type { Conversation } from '../api/types';
import { useI18n } from '../i18n';
import { showToast, toastError } from '../lib/toast';
import { useSession } from '../session';
import { availableActions, runAction, type WorkflowAction } from './actions';
import { Dialog } from './Dialog';

interface Props {
  conversation: Conversation;
  onChange: (c: Conversation) => void;
  pending: 'reject' | 'transfer' | 'resolve' | null;
  setPending: (p: 'reject' | 'transfer' | 'resolve' | null) => void;
}

export function ActionBar({ conversation: c, onChange, pending, setPending }: Props) {
  const { t } = useI18n();
  const { user, agencies } = useSession();
  const [reason, setReason] = useState('');
  const [agencyId, setAgencyId] = useState('');
  const can = availableActions(c, user.id);

  async function act(action: WorkflowAction, body: unknown, doneText: string) {
    try {
      onChange(await runAction(c.id, action, body));
      showToast('success', `${t('done')}: ${doneText}`);
      setPending(null);
      setReason('');
    } catch (err) {
      toastError(err, doneText);
    }
  }

  const others = agencies.filter((a) => a.id !== c.agencyId);
  return (
    <div className="actionbar" role="toolbar" aria-label={t('actions')}>
      {can.claim && (
        <button type="button" className="btn" onClick={() => act('claim', {}, t('claim'))}>
          {t('claim')}
        </button>
      )}
      {can.takeOver && (
        <button type="button" className="btn" onClick={() => act('claim', { takeOver: true }, t('takeOver'))}>
          {t('takeOver')}
        </button>
      )}
      {can.accept && (
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => act('accept', {}, t('accept'))}
          title="a"
        >
          {t('accept')}
        </button>
      )}
      {can.reject && (
        <button type="button" className="btn" onClick={() => setPending('reject')}>
          {t('reject')}
        </button>
      )}
      {can.transfer && (
        <button type="button" className="btn" onClick={() => setPending('transfer')}>
          {t('transfer')}
        </button>
      )}
      {can.resolve && (
        <button type="button" className="btn btn-success" onClick={() => setPending('resolve')} title="e">
          {t('resolve')}
        </button>
      )}

      {pending === 'reject' && (
        <Dialog
          title={t('reject')}
          submitLabel={t('reject')}
          danger
          onClose={() => setPending(null)}
          onSubmit={() => act('reject', { reason }, t('reject'))}
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
          onSubmit={() => act('transfer', { agencyId, reason: reason || undefined }, t('transfer'))}
        >
          <label>
            {t('transferTo')}
            <select required value={agencyId} onChange={(e) => setAgencyId(e.target.value)}>
              <option value="">—</option>
              {others.map((a) => (
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
          onSubmit={() => act('resolve', { note: reason || undefined }, t('resolve'))}
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

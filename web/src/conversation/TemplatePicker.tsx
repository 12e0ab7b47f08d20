// WhatsApp after its 24 h window: the officer picks a template approved on the account (listed by the server
// from WhatsApp), fills its placeholders, sees the message as the citizen will, and sends it.
import { useRef, useState } from 'react';
import { api } from '../api/client';
import type { Message } from '../api/types';
import { useI18n } from '../i18n';
import { showToast, toastError } from '../lib/toast';
import { idempotencyKeys } from './idempotency';

interface Template {
  name: string;
  language: string;
  category: string;
  body: string;
  variables: number;
}

const fill = (body: string, values: string[]) =>
  body.replace(/\{\{\s*(\d+)\s*\}\}/g, (whole, n: string) => values[Number(n) - 1] || whole);

export function TemplatePicker({
  conversationId,
  onSent,
}: {
  conversationId: string;
  onSent: (m: Message) => void;
}) {
  const { t } = useI18n();
  const [templates, setTemplates] = useState<Template[] | null>(null);
  const [chosen, setChosen] = useState<Template | null>(null);
  const [values, setValues] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const draftKey = useRef(idempotencyKeys());
  const base = `/api/conversations/${encodeURIComponent(conversationId)}`;

  async function load() {
    setBusy(true);
    try {
      setTemplates((await api<{ items: Template[] }>(`${base}/templates`)).items);
    } catch (err) {
      toastError(err, t('templateLoad'));
    } finally {
      setBusy(false);
    }
  }

  function choose(key: string) {
    const next = templates?.find((x) => `${x.name}|${x.language}` === key) ?? null;
    setChosen(next);
    setValues(Array.from({ length: next?.variables ?? 0 }, () => ''));
  }

  async function send() {
    if (!chosen || busy) return;
    setBusy(true);
    const template = { name: chosen.name, language: chosen.language, variables: values };
    try {
      const res = await api<{ message: Message }>(`${base}/replies`, {
        method: 'POST',
        body: { template },
        headers: { 'Idempotency-Key': draftKey.current.of(JSON.stringify(template), 'private') },
      });
      onSent(res.message);
      draftKey.current.reset();
      setChosen(null);
      showToast('info', t('replyQueued'));
    } catch (err) {
      toastError(err, t('templateSend'));
    } finally {
      setBusy(false);
    }
  }

  if (!templates)
    return (
      <button
        type="button"
        className="btn btn-small"
        onClick={load}
        disabled={busy}
        data-testid="template-open"
      >
        {t('templatePick')}
      </button>
    );
  if (templates.length === 0) return <p className="banner">{t('templateNone')}</p>;
  return (
    <div className="template-picker" data-testid="template-picker">
      <select
        aria-label={t('templatePick')}
        value={chosen ? `${chosen.name}|${chosen.language}` : ''}
        onChange={(e) => choose(e.target.value)}
      >
        <option value="">{t('templatePick')}…</option>
        {templates.map((x) => (
          <option key={`${x.name}|${x.language}`} value={`${x.name}|${x.language}`}>
            {x.name} ({x.language})
          </option>
        ))}
      </select>
      {chosen && (
        <>
          {values.map((v, i) => (
            <input
              key={i}
              aria-label={`${t('templateVariable')} {{${i + 1}}}`}
              placeholder={`{{${i + 1}}}`}
              value={v}
              onChange={(e) => setValues(values.map((old, j) => (j === i ? e.target.value : old)))}
            />
          ))}
          <p className="template-preview" data-testid="template-preview">
            {fill(chosen.body, values)}
          </p>
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy || values.some((v) => !v.trim())}
            onClick={send}
          >
            {t('templateSend')}
          </button>
        </>
      )}
    </div>
  );
}

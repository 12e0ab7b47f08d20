// Shows the classifier's labels with confidence; officers correct them (stored as `reclassified`, feeds training).
import { useState } from 'react';
import { api } from '../api/client';
import type { Conversation } from '../api/types';
import {
  knownRegionCodes,
  labelOf,
  regionName,
  TOPIC_NAMES,
  TYPE_NAMES,
  URGENCY_NAMES,
  useI18n,
} from '../i18n';
import { showToast, toastError } from '../lib/toast';

type Field = 'topic' | 'urgency' | 'type';
const TABLES = { topic: TOPIC_NAMES, urgency: URGENCY_NAMES, type: TYPE_NAMES };

export function ClassificationPanel({
  conversation: c,
  onChange,
}: {
  conversation: Conversation;
  onChange: (c: Conversation) => void;
}) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState({
    topic: c.topic,
    urgency: c.urgency,
    type: c.type,
    region: c.region ?? '',
  });

  async function save() {
    const changed: Record<string, string | null> = {};
    for (const key of ['topic', 'urgency', 'type', 'region'] as const) {
      if (draft[key] !== (c[key] ?? '')) changed[key] = draft[key] || null; // no region = unknown
    }
    try {
      if (Object.keys(changed).length) {
        const res = await api<{ conversation: Conversation }>(
          `/api/conversations/${encodeURIComponent(c.id)}/classification`,
          { method: 'PATCH', body: changed },
        );
        onChange(res.conversation);
        showToast('success', t('reclassified'));
      }
      setEditing(false);
    } catch (err) {
      toastError(err, 'Menyimpan klasifikasi');
    }
  }

  const confidence = (field: Field | 'region') => {
    const v = c.confidence?.[field];
    return typeof v === 'number' ? <span className="conf">{Math.round(v * 100)}%</span> : null;
  };
  const fieldNames: Record<Field, string> = { topic: t('topic'), urgency: t('urgency'), type: t('type') };

  if (!editing) {
    return (
      <section className="panel" aria-labelledby="cls-title">
        <h3 id="cls-title">
          {t('classification')}
          <button type="button" className="btn btn-small" onClick={() => setEditing(true)}>
            {t('correct')}
          </button>
        </h3>
        <dl className="kv">
          {(Object.keys(TABLES) as Field[]).map((f) => (
            <div key={f}>
              <dt>{fieldNames[f]}</dt>
              <dd>
                {labelOf(TABLES[f], c[f], lang)} {confidence(f)}
              </dd>
            </div>
          ))}
          <div>
            <dt>{t('region')}</dt>
            <dd>
              {regionName(c.region, lang)} {confidence('region')}
            </dd>
          </div>
        </dl>
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="cls-title">
      <h3 id="cls-title">{t('classification')}</h3>
      {(Object.keys(TABLES) as Field[]).map((f) => (
        <label key={f} className="stack">
          {fieldNames[f]}
          <select value={draft[f] ?? ''} onChange={(e) => setDraft({ ...draft, [f]: e.target.value })}>
            {Object.entries(TABLES[f]).map(([code, names]) => (
              <option key={code} value={code}>
                {names[lang]}
              </option>
            ))}
          </select>
        </label>
      ))}
      <label className="stack">
        {t('region')}
        <select value={draft.region} onChange={(e) => setDraft({ ...draft, region: e.target.value })}>
          <option value="">{regionName(null, lang)}</option>
          {[...new Set([...knownRegionCodes(), ...(c.region ? [c.region] : [])])].map((code) => (
            <option key={code} value={code}>
              {regionName(code, lang)}
            </option>
          ))}
        </select>
      </label>
      <div className="row-actions">
        <button type="button" className="btn btn-ghost" onClick={() => setEditing(false)}>
          {t('cancel')}
        </button>
        <button type="button" className="btn btn-primary" onClick={save}>
          {t('save')}
        </button>
      </div>
    </section>
  );
}

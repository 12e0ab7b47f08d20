import { useState } from 'react';
import { api } from '../api/client';
import { navigate } from '../lib/router';
import { showToast, toastError } from '../lib/toast';
import type { CrisisAlert, CrisisList, HoldingReplyResult } from './types';

/** One alert: why it fired, what citizens say, and the one-click holding reply to every grouped conversation. */
export function CrisisCard({
  alert,
  replies,
  onSent,
}: {
  alert: CrisisAlert;
  replies: CrisisList['holdingReplies'];
  onSent: () => void;
}) {
  const preferred = replies.find((r) => /sementara/i.test(r.title)) ?? replies[0];
  const [replyId, setReplyId] = useState(preferred?.id ?? '');
  const [sending, setSending] = useState(false);
  const e = alert.explanation as {
    summary?: string;
    topWords?: { word: string; count: number }[];
    samples?: { conversationId: string; ticketNumber: string; channel: string; text: string }[];
    channels?: Record<string, number>;
  };
  const send = async () => {
    setSending(true);
    try {
      const res = await api<HoldingReplyResult>(`/api/crises/${alert.id}/holding-reply`, {
        body: { cannedResponseId: replyId },
      });
      const ok = res.results.filter((r) => r.ok).length;
      showToast(
        ok === res.results.length ? 'success' : 'info',
        `Tanggapan sementara terkirim ke ${ok} dari ${res.results.length} percakapan.`,
      );
      onSent();
    } catch (err) {
      toastError(err);
    } finally {
      setSending(false);
    }
  };
  return (
    <article className="card crisis" data-testid="crisis-card" aria-labelledby={`crisis-${alert.id}`}>
      <header className="card-head">
        <h2 id={`crisis-${alert.id}`}>
          {alert.topicName} · {alert.regionName}{' '}
          {alert.active ? (
            <span className="badge badge-danger">aktif</span>
          ) : (
            <span className="badge">selesai</span>
          )}
        </h2>
        <time dateTime={alert.openedAt}>{new Date(alert.openedAt).toLocaleString('id-ID')}</time>
      </header>
      <p data-testid="crisis-summary">{e.summary}</p>
      <p>
        <strong>{alert.count}</strong> percakapan (biasanya {alert.expected}); kritis {alert.kritisCount}.
        Alasan:{' '}
        {alert.reasons
          .map((r: string) => (r === 'volume' ? 'lonjakan volume' : 'kenaikan pesan kritis'))
          .join(', ')}
        .
      </p>
      {e.topWords?.length ? (
        <p>Kata terbanyak: {e.topWords.map((w) => `${w.word} (${w.count})`).join(', ')}</p>
      ) : null}
      {e.channels ? (
        <p>
          Kanal:{' '}
          {Object.entries(e.channels)
            .map(([c, n]) => `${c} ${n}`)
            .join(', ')}
        </p>
      ) : null}
      <ul className="crisis-samples">
        {(e.samples ?? []).map((s) => (
          <li key={s.conversationId}>
            <a
              href={`/inbox/${s.conversationId}`}
              onClick={(ev) => {
                ev.preventDefault();
                navigate(`/inbox/${s.conversationId}`);
              }}
            >
              {s.ticketNumber}
            </a>{' '}
            ({s.channel}): “{s.text}”
          </li>
        ))}
      </ul>
      {alert.holdingReply ? (
        <p className="muted">Tanggapan sementara sudah dikirim ke {alert.conversationCount} percakapan.</p>
      ) : (
        <div className="crisis-reply">
          <label>
            Tanggapan sementara{' '}
            <select value={replyId} onChange={(ev) => setReplyId(ev.target.value)}>
              {replies.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="btn btn-primary" disabled={!replyId || sending} onClick={send}>
            Kirim ke {alert.conversationCount} percakapan
          </button>
        </div>
      )}
    </article>
  );
}

// "Periksa & kirim ulang" under a reply whose outcome is unknown (or that failed): Aspirasi never resends such a
// reply by itself, because the citizen may already have it. The officer looks on the platform, then resends it
// or confirms it arrived.
import { useState } from 'react';
import { api } from '../api/client';
import type { Message } from '../api/types';
import { labelOf, PLATFORM_NAMES, useI18n } from '../i18n';
import { toastError } from '../lib/toast';
import { Dialog } from './Dialog';

const TEXT = {
  id: {
    check: 'Periksa & kirim ulang',
    title: 'Periksa balasan di platform',
    body: (p: string) =>
      `Koneksi ke ${p} terputus setelah balasan ini dikirim, jadi tidak pasti apakah warga sudah menerimanya. ` +
      `Buka ${p} dan periksa percakapan ini dulu.`,
    failedBody: (p: string) => `Balasan ini gagal terkirim ke ${p}. Kirim ulang sekarang?`,
    resend: 'Belum ada — kirim ulang',
    arrived: 'Sudah sampai',
  },
  en: {
    check: 'Check & resend',
    title: 'Check the reply on the platform',
    body: (p: string) =>
      `The connection to ${p} broke after this reply was sent, so it is unknown whether the citizen got it. ` +
      `Open ${p} and check this conversation first.`,
    failedBody: (p: string) => `This reply could not be sent to ${p}. Resend it now?`,
    resend: 'Not there — resend',
    arrived: 'It arrived',
  },
};

export function ReplyCheck({ message: m, onSettled }: { message: Message; onSettled: (m: Message) => void }) {
  const { lang } = useI18n();
  const text = TEXT[lang];
  const [open, setOpen] = useState(false);
  const platform = labelOf(PLATFORM_NAMES, m.platform, lang);
  const unknown = m.delivery?.status === 'unknown';

  async function settle(verdict: 'resend' | 'confirm-sent') {
    try {
      const path = `/api/conversations/${encodeURIComponent(m.conversationId)}/replies/${encodeURIComponent(m.id)}/${verdict}`;
      const res = await api<{ message: Message }>(path, { method: 'POST', body: {} });
      onSettled(res.message);
      setOpen(false);
    } catch (err) {
      toastError(err, text.check);
    }
  }

  return (
    <div className="reply-check">
      <button type="button" className="btn btn-small" data-testid="reply-check" onClick={() => setOpen(true)}>
        {text.check}
      </button>
      {open && (
        <Dialog
          title={text.title}
          submitLabel={text.resend}
          onSubmit={() => settle('resend')}
          onClose={() => setOpen(false)}
        >
          <p>{unknown ? text.body(platform) : text.failedBody(platform)}</p>
          {unknown && (
            <button type="button" className="btn btn-ghost" onClick={() => void settle('confirm-sent')}>
              {text.arrived}
            </button>
          )}
        </Dialog>
      )}
    </div>
  );
}

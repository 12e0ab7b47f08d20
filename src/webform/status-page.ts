// GET /lapor/status: the citizen's view of one report, server-rendered, no script.
import { DateTime } from 'luxon';
import { esc } from '../reports/monthly/html.js';
import type { TicketStatus } from './status.js';

const when = (d: Date) =>
  DateTime.fromJSDate(d, { zone: 'Asia/Makassar' }).setLocale('id').toFormat("d LLLL yyyy, HH.mm 'WITA'");

function lookupForm(ticket: string, code: string) {
  return `<form method="get" action="/lapor/status" class="lookup">
<div class="field"><label for="tiket">Nomor tiket</label><input id="tiket" name="tiket" value="${esc(ticket)}" placeholder="ASP-2026-000123" required></div>
<div class="field"><label for="kode">Kode pantau (untuk melihat balasan)</label><input id="kode" name="kode" value="${esc(code)}" autocomplete="off"></div>
<button type="submit">Cek status</button>
</form>`;
}

function body(s: TicketStatus | null): string {
  if (!s) return '';
  if (!s.found)
    return '<p class="error">Nomor tiket tidak ditemukan. Periksa kembali penulisannya (contoh: ASP-2026-000123).</p>';
  if (s.queued)
    return `<h2>${esc(s.ticketNumber)}</h2><p class="status">Diterima — laporan Anda sedang dicatat. Muat ulang halaman ini sebentar lagi.</p>`;
  const replies =
    s.replies === null
      ? s.codeWrong
        ? '<p class="error">Kode pantau tidak cocok; balasan tidak ditampilkan.</p>'
        : '<p class="hint">Masukkan kode pantau untuk melihat balasan petugas.</p>'
      : s.replies.length === 0
        ? '<p>Belum ada balasan dari petugas.</p>'
        : `<ol class="replies">${s.replies
            .map((r) => `<li><time>${esc(when(r.at))}</time><p>${esc(r.text)}</p></li>`)
            .join('')}</ol>`;
  return `<h2>${esc(s.ticketNumber)}</h2>
<dl>
<dt>Status</dt><dd class="status">${esc(s.statusLabel)}</dd>
<dt>Ditangani oleh</dt><dd>${esc(s.agency ?? 'Humas')}</dd>
<dt>Dilaporkan</dt><dd>${esc(when(s.createdAt))}</dd>
<dt>Terakhir diperbarui</dt><dd>${esc(when(s.updatedAt))}</dd>
</dl>
<h3>Balasan petugas</h3>
${replies}`;
}

export function renderStatusPage(query: { ticket: string; code: string }, s: TicketStatus | null): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Status laporan</title>
<link rel="stylesheet" href="/lapor/lapor.css">
</head>
<body>
<main>
<h1>Status laporan</h1>
${lookupForm(query.ticket, query.code)}
<section aria-live="polite">${body(s)}</section>
<p class="foot"><a href="/lapor">Kirim laporan baru</a></p>
</main>
</body>
</html>`;
}

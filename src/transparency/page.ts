// GET /transparansi: the public page (Bahasa Indonesia, no script, embeddable in the government's website).
import type { PublicCell, PublicStats } from './stats.js';
import { monthLabel } from '../reports/monthly/data.js';
import { duration, percent } from '../reports/monthly/format.js';
import { esc } from '../reports/monthly/html.js';

const row = (label: string, c: PublicCell) =>
  c.suppressed
    ? `<tr><th scope="row">${esc(label)}</th><td colspan="5" class="muted">kurang dari batas minimum, tidak ditampilkan</td></tr>`
    : `<tr><th scope="row">${esc(label)}</th><td>${c.received}</td><td>${percent(c.answeredShare)}</td><td>${duration(c.medianFirstResponseMinutes)}</td><td>${percent(c.resolvedShare)}</td><td>${esc(c.topTopics.map((t) => t.name).join(', ') || '—')}</td></tr>`;

export function renderTransparencyPage(
  stats: PublicStats,
  opts: { month: string; agencyCode?: string; embed: boolean },
): string {
  const i = Math.max(0, stats.months.indexOf(opts.month));
  const month = stats.months[i];
  const agencies = stats.agencies.filter((a) => !opts.agencyCode || a.code === opts.agencyCode);
  const head =
    '<tr><th scope="col"></th><th scope="col">Pesan diterima</th><th scope="col">Dijawab</th><th scope="col">Median respons pertama</th><th scope="col">Diselesaikan</th><th scope="col">Topik teratas</th></tr>';
  const rows = [
    ...(opts.agencyCode ? [] : [row('Seluruh provinsi', stats.province[i])]),
    ...agencies.map((a) => row(a.name, a.months[i])),
  ];
  const nav = stats.months
    .slice()
    .reverse()
    .map((m) =>
      m === month
        ? `<strong>${esc(monthLabel(m))}</strong>`
        : `<a href="?bulan=${m}${opts.agencyCode ? `&instansi=${esc(opts.agencyCode)}` : ''}${opts.embed ? '&embed=1' : ''}">${esc(monthLabel(m))}</a>`,
    )
    .join(' · ');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Transparansi layanan aduan — ${esc(monthLabel(month))}</title>
<style>body{font-family:system-ui,sans-serif;margin:${opts.embed ? '0.5rem' : '2rem auto'};max-width:960px;color:#222}table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{border-bottom:1px solid #ddd;padding:.4rem;text-align:left}thead th{background:#f3f6fa}.muted{color:#666;font-style:italic}nav{margin:.8rem 0;font-size:.9rem}</style></head>
<body>${opts.embed ? '' : '<h1>Transparansi layanan aduan warga</h1>'}
<p>Seberapa cepat pemerintah menjawab pesan warga di media sosial, WhatsApp, e-mail dan formulir web — ${esc(monthLabel(month))}.</p>
<nav aria-label="Bulan">${nav}</nav>
<table><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>
<p class="muted">Hanya angka gabungan; tidak ada data pribadi. Jumlah di bawah ${stats.minCell} kasus tidak ditampilkan agar tidak ada warga yang dapat dikenali. Diperbarui ${esc(stats.generatedAt.toISOString().slice(0, 16).replace('T', ' '))} UTC. Data: <a href="/api/public/stats">/api/public/stats</a>.</p>
</body></html>`;
}

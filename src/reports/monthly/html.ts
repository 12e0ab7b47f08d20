// The printable HTML page of the monthly report, charts as inline SVG (no scripts, prints as shown).
import { columnBars, heatCells, shade, shareBars, WEEKDAYS, type Box } from './charts.js';
import type { MonthlyReport } from './data.js';
import { percent } from './format.js';
import {
  agencyTable,
  backlogTable,
  NOTES,
  reportTitle,
  slowestTable,
  summaryTable,
  type ReportTable,
} from './sections.js';

export const esc = (s: unknown) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const table = ({ head, rows }: ReportTable) =>
  `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;

const svg = (w: number, h: number, body: string, label: string) =>
  `<svg viewBox="0 0 ${w} ${h}" width="100%" role="img" aria-label="${esc(label)}">${body}</svg>`;

function dailyChart(r: MonthlyReport) {
  const box: Box = { x: 30, y: 10, w: 660, h: 140 };
  const bars = columnBars(r.daily.labels, r.daily.counts, box);
  const body = bars
    .map(
      (b) =>
        `<rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" fill="#0f6cbd"><title>${esc(b.label)}: ${b.value}</title></rect>` +
        `<text x="${b.x + b.w / 2}" y="168" font-size="8" text-anchor="middle">${esc(b.label)}</text>`,
    )
    .join('');
  return svg(
    700,
    175,
    `${body}<text x="0" y="20" font-size="9">${Math.max(0, ...r.daily.counts)}</text>`,
    'Volume harian',
  );
}

function slaChart(r: MonthlyReport) {
  const box: Box = { x: 0, y: 0, w: 700, h: Math.max(30, r.slaByChannel.length * 26) };
  const bars = shareBars(
    r.slaByChannel.map((c) => c.name),
    r.slaByChannel.map((c) => c.share),
    box,
    140,
  );
  const body = bars
    .map(
      (b) =>
        `<text x="0" y="${b.y + b.h - 3}" font-size="11">${esc(b.label)}</text>` +
        `<rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" fill="#2e8b57"/>` +
        `<text x="${b.x + b.w + 4}" y="${b.y + b.h - 3}" font-size="11">${percent(b.value)}</text>`,
    )
    .join('');
  return svg(760, box.h, body, 'SLA terpenuhi per kanal');
}

function heatmap(r: MonthlyReport) {
  const box: Box = { x: 30, y: 12, w: 672, h: 140 };
  const cells = heatCells(r.busiestHours, box)
    .map(
      (c) =>
        `<rect x="${c.x}" y="${c.y}" width="${c.w}" height="${c.h}" fill="${shade(c.intensity)}"><title>${c.value}</title></rect>`,
    )
    .join('');
  const days = WEEKDAYS.map(
    (d, i) => `<text x="0" y="${box.y + (i + 0.7) * (box.h / 7)}" font-size="9">${d}</text>`,
  ).join('');
  const hours = [0, 3, 6, 9, 12, 15, 18, 21]
    .map((h) => `<text x="${box.x + h * 28}" y="9" font-size="8">${h}</text>`)
    .join('');
  return svg(710, 160, cells + days + hours, 'Jam tersibuk');
}

export function renderMonthlyHtml(r: MonthlyReport): string {
  const title = reportTitle(r);
  const sections = [
    `<h2>Ringkasan ${esc(r.monthLabel)} dibanding ${esc(r.previousLabel)}</h2>${table(summaryTable(r))}`,
    `<h2>Volume harian</h2>${dailyChart(r)}`,
    `<div class="two"><div><h2>Topik teratas</h2>${table({ head: ['Topik', 'Volume'], rows: r.topTopics.map((t) => [t.name, t.volume]) })}</div>` +
      `<div><h2>Wilayah teratas</h2>${table({ head: ['Wilayah', 'Volume'], rows: r.topRegions.map((t) => [t.name, t.volume]) })}</div></div>`,
    r.byAgency.length ? `<h2>Per instansi</h2>${table(agencyTable(r))}` : '',
    `<h2>SLA terpenuhi per kanal</h2>${r.slaByChannel.length ? slaChart(r) : '<p>Belum ada kasus dengan hasil SLA.</p>'}`,
    `<h2>Jam tersibuk (pesan masuk per hari dan jam)</h2>${heatmap(r)}`,
    `<h2>Kasus paling lambat dijawab</h2>${table(slowestTable(r))}`,
    `<h2>Tunggakan kasus terbuka (per ${esc(r.generatedAt.toISOString().slice(0, 10))})</h2>${table(backlogTable(r))}`,
    `<h2>Contoh balasan yang baik</h2>${r.goodReplies.length ? r.goodReplies.map((g) => `<blockquote><p>${esc(g.text)}</p><footer>${esc(g.ticketNumber)} · ${esc(g.channel)}${g.note ? ` — ${esc(g.note)}` : ''}</footer></blockquote>`).join('') : '<p>Belum ada balasan yang dipilih penyelia bulan ini.</p>'}`,
    `<h2>Catatan</h2><ul>${NOTES.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`,
  ];
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:800px;margin:2rem auto;color:#222}h1{font-size:1.4rem}h2{font-size:1.05rem;margin-top:1.6rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border:1px solid #ddd;padding:.3rem .5rem;text-align:left}th{background:#f3f6fa}
.two{display:grid;grid-template-columns:1fr 1fr;gap:1rem}blockquote{border-left:3px solid #0f6cbd;margin:.6rem 0;padding:.2rem .8rem}footer{color:#555;font-size:.85rem}
@media print{body{margin:0}h2{break-after:avoid}}</style></head>
<body><h1>${esc(title)}</h1><p>Zona waktu ${esc(r.scope.zone)} · dibuat ${esc(r.generatedAt.toISOString())}</p>${sections.join('\n')}</body></html>`;
}

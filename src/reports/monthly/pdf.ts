// The PDF of the monthly report, drawn by pdfkit with its built-in Helvetica (nothing downloaded at run time)
// and the same chart geometry as the HTML page.
import PDFDocument from 'pdfkit';
import { columnBars, heatCells, shade, shareBars, WEEKDAYS } from './charts.js';
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

type Doc = PDFKit.PDFDocument;
const LEFT = 50;
const WIDTH = 495;

function heading(doc: Doc, text: string) {
  if (doc.y > 700) doc.addPage();
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).fillColor('#0f3d6e').text(text, LEFT).moveDown(0.3);
  doc.font('Helvetica').fontSize(9).fillColor('#222');
}

function table(doc: Doc, { head, rows }: ReportTable, widths: number[]) {
  const draw = (cells: (string | number)[], bold: boolean) => {
    if (doc.y > 760) doc.addPage();
    const y = doc.y;
    let x = LEFT;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica');
    const heights = cells.map((c, i) => doc.heightOfString(String(c), { width: widths[i] - 6 }));
    cells.forEach((c, i) => {
      doc.text(String(c), x + 3, y + 2, { width: widths[i] - 6 });
      x += widths[i];
    });
    doc.y = y + Math.max(...heights) + 5;
    doc
      .moveTo(LEFT, doc.y - 1)
      .lineTo(LEFT + widths.reduce((a, b) => a + b, 0), doc.y - 1)
      .strokeColor('#dddddd')
      .stroke();
  };
  draw(head, true);
  for (const r of rows) draw(r, false);
  doc.font('Helvetica');
}

function dailyChart(doc: Doc, r: MonthlyReport) {
  if (doc.y > 600) doc.addPage();
  const top = doc.y;
  for (const b of columnBars(r.daily.labels, r.daily.counts, {
    x: LEFT + 20,
    y: top,
    w: WIDTH - 20,
    h: 110,
  })) {
    if (b.h > 0) doc.rect(b.x, b.y, b.w, b.h).fill('#0f6cbd');
    doc
      .fillColor('#222')
      .fontSize(6)
      .text(b.label, b.x - 2, top + 114, { width: b.w + 4, align: 'center' });
  }
  doc.fontSize(7).text(String(Math.max(0, ...r.daily.counts)), LEFT, top);
  doc.y = top + 128;
  doc.fontSize(9);
}

function slaChart(doc: Doc, r: MonthlyReport) {
  const top = doc.y;
  const h = r.slaByChannel.length * 18;
  const bars = shareBars(
    r.slaByChannel.map((c) => c.name),
    r.slaByChannel.map((c) => c.share),
    { x: LEFT, y: top, w: WIDTH - 50, h },
    110,
  );
  for (const b of bars) {
    doc.fillColor('#222').text(b.label, LEFT, b.y);
    if (b.w > 0) doc.rect(b.x, b.y, b.w, b.h).fill('#2e8b57');
    doc.fillColor('#222').text(percent(b.value), b.x + b.w + 4, b.y);
  }
  doc.y = top + h + 6;
}

function heatmap(doc: Doc, r: MonthlyReport) {
  if (doc.y > 640) doc.addPage();
  const top = doc.y + 10;
  for (const c of heatCells(r.busiestHours, { x: LEFT + 30, y: top, w: WIDTH - 30, h: 91 }))
    doc.rect(c.x, c.y, c.w, c.h).fill(shade(c.intensity));
  doc.fillColor('#222').fontSize(7);
  WEEKDAYS.forEach((d, i) => doc.text(d, LEFT, top + i * 13 + 3));
  for (const hour of [0, 3, 6, 9, 12, 15, 18, 21])
    doc.text(String(hour), LEFT + 30 + hour * ((WIDTH - 30) / 24), top - 9);
  doc.y = top + 100;
  doc.fontSize(9);
}

export function renderMonthlyPdf(r: MonthlyReport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: reportTitle(r), Author: 'Aspirasi' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(15).fillColor('#0f3d6e').text(reportTitle(r), LEFT);
  doc
    .font('Helvetica')
    .fontSize(8)
    .fillColor('#555')
    .text(`Zona waktu ${r.scope.zone} · dibuat ${r.generatedAt.toISOString()}`);
  heading(doc, `Ringkasan ${r.monthLabel} dibanding ${r.previousLabel}`);
  table(doc, summaryTable(r), [175, 120, 120, 80]);
  heading(doc, 'Volume harian');
  dailyChart(doc, r);
  heading(doc, 'Topik dan wilayah teratas');
  const topRows = Array.from({ length: Math.max(r.topTopics.length, r.topRegions.length) }, (_, i) => [
    r.topTopics[i]?.name ?? '',
    r.topTopics[i]?.volume ?? '',
    r.topRegions[i]?.name ?? '',
    r.topRegions[i]?.volume ?? '',
  ]);
  table(doc, { head: ['Topik', 'Volume', 'Wilayah', 'Volume'], rows: topRows }, [150, 70, 205, 70]);
  if (r.byAgency.length) {
    heading(doc, 'Per instansi');
    table(doc, agencyTable(r), [135, 70, 80, 110, 100]);
  }
  heading(doc, 'SLA terpenuhi per kanal');
  if (r.slaByChannel.length) slaChart(doc, r);
  else doc.text('Belum ada kasus dengan hasil SLA.');
  heading(doc, 'Jam tersibuk (pesan masuk per hari dan jam)');
  heatmap(doc, r);
  heading(doc, 'Kasus paling lambat dijawab');
  table(doc, slowestTable(r), [95, 70, 80, 70, 95, 85]);
  heading(doc, `Tunggakan kasus terbuka (per ${r.generatedAt.toISOString().slice(0, 10)})`);
  table(doc, backlogTable(r), [150, 80]);
  heading(doc, 'Contoh balasan yang baik');
  if (r.goodReplies.length === 0) doc.text('Belum ada balasan yang dipilih penyelia bulan ini.');
  for (const g of r.goodReplies) {
    doc.font('Helvetica-Oblique').text(`“${g.text}”`, LEFT + 10, doc.y, { width: WIDTH - 10 });
    doc
      .font('Helvetica')
      .fillColor('#555')
      .text(`${g.ticketNumber} · ${g.channel}${g.note ? ` — ${g.note}` : ''}`)
      .fillColor('#222')
      .moveDown(0.4);
  }
  heading(doc, 'Catatan');
  for (const n of NOTES) doc.text(`• ${n}`, LEFT, doc.y, { width: WIDTH });
  doc.end();
  return done;
}

// The report's text content as plain rows, so HTML and PDF say exactly the same thing.
import type { MonthlyReport } from './data.js';
import { change, duration, percent } from './format.js';

export function reportTitle(r: MonthlyReport): string {
  return `Evaluasi Kinerja Media Sosial — ${r.scope.name} — ${r.monthLabel}`;
}

/** [measure, this month, last month, change]. */
export function figureRows(r: MonthlyReport): string[][] {
  const c = r.current;
  const p = r.previous;
  return [
    ['Pesan/kasus diterima', String(c.volume), String(p.volume), change(c.volume, p.volume)],
    [
      'Dijawab',
      `${c.answered} (${percent(c.answeredShare)})`,
      `${p.answered} (${percent(p.answeredShare)})`,
      change(c.answeredShare, p.answeredShare, true),
    ],
    [
      'Respons pertama, median',
      duration(c.firstResponse.p50Minutes),
      duration(p.firstResponse.p50Minutes),
      '',
    ],
    ['Respons pertama, p90', duration(c.firstResponse.p90Minutes), duration(p.firstResponse.p90Minutes), ''],
    [
      'Respons pertama, median jam kerja',
      duration(c.firstResponse.p50WorkingMinutes),
      duration(p.firstResponse.p50WorkingMinutes),
      '',
    ],
    ['Penyelesaian, median', duration(c.resolution.p50Minutes), duration(p.resolution.p50Minutes), ''],
    ['Penyelesaian, p90', duration(c.resolution.p90Minutes), duration(p.resolution.p90Minutes), ''],
    [
      'Diselesaikan',
      `${c.resolved} (${percent(c.resolvedShare)})`,
      `${p.resolved} (${percent(p.resolvedShare)})`,
      change(c.resolvedShare, p.resolvedShare, true),
    ],
    [
      'Memenuhi SLA',
      percent(c.slaMetShare),
      percent(p.slaMetShare),
      change(c.slaMetShare, p.slaMetShare, true),
    ],
    [
      'Dibuka kembali',
      percent(c.reopenRate),
      percent(p.reopenRate),
      change(c.reopenRate, p.reopenRate, true),
    ],
  ];
}

export interface ReportTable {
  head: string[];
  rows: (string | number)[][];
}

export const summaryTable = (r: MonthlyReport): ReportTable => ({
  head: ['Ukuran', r.monthLabel, r.previousLabel, 'Perubahan'],
  rows: figureRows(r),
});

export const backlogTable = (r: MonthlyReport): ReportTable => ({
  head: ['Umur', 'Jumlah'],
  rows: r.backlog.map((b) => [b.label, b.count]),
});

export const agencyTable = (r: MonthlyReport): ReportTable => ({
  head: ['Instansi', 'Diterima', 'Dijawab', 'Respons median', 'SLA terpenuhi'],
  rows: r.byAgency.map((a) => [
    a.label,
    a.volume,
    percent(a.answeredShare),
    duration(a.firstResponse.p50Minutes),
    percent(a.slaMetShare),
  ]),
});

export const slowestTable = (r: MonthlyReport): ReportTable => ({
  head: ['Tiket', 'Kanal', 'Topik', 'Instansi', 'Respons', 'Jam kerja'],
  rows: r.slowest.map((s) => [
    s.ticketNumber,
    s.channel,
    s.topic,
    s.agency,
    duration(s.minutes),
    duration(s.workingMinutes),
  ]),
});

export const NOTES = [
  'Waktu respons dihitung dari pesan pertama warga sampai balasan pertama; "jam kerja" menghitung hanya jam kerja kalender instansi (kasus kritis: 24 jam).',
  'Median dan p90 dibaca dari histogram: selisih paling banyak 0,5 menit di bawah 64 menit dan 1,6% di atasnya.',
  'Diterima instansi: kasus yang sampai ke instansi (langsung atau lewat disposisi); angka provinsi menghitung setiap kasus sekali.',
];

// Error classes of the kritis decision, named in issue 14: a row belongs to a class when its text matches the
// class's pattern (a row may be in several). The table counts gold-kritis rows missed per class, and
// non-kritis rows raised to kritis per false-alarm class, so corpus widening can aim at the biggest ones.
import type { EvalRow } from './rows.js';

const MISS_CLASSES: [string, RegExp][] = [
  [
    'not yet / days (belum surut, belum ada bantuan, N hari)',
    /\b(belum|blm|blom|belom|durung|balum|teu acan|de'?pa|gak|ga|tidak|tdk|kada)\b.{0,25}\b(surut|turun|ada|datang|dievakuasi|ditangani|penanganan|bantuan)|\b\d+ ?(hari|dino)\b|berhari|seminggu|hari ke/i,
  ],
  [
    'landslide / ground collapse',
    /longsor|ambles|amblas|ambrol|gugur|tanah (gerak|bergerak|retak|bergeser)|runtuh|tertimbun|ritimbunni/i,
  ],
  [
    'after a disaster without food / water',
    /(makan|beras|air bersih|air minum|minum|logistik|susu)\b.{0,30}(habis|tidak|gak|belum|kehabisan)|kehabisan|kelaparan|tidak makan|gak makan|kada makan/i,
  ],
  ['threat to safety', /ancam|ancaman|teror|culik|dikejar|mengejar|ngamuk|mengamuk|serang|serbu|bom/i],
  [
    'violence against a school or person',
    /pukul|aniaya|bacok|tusuk|siksa|kekerasan|pelecehan|kdrt|dikeroyok|keroyok|tawuran|cambuk|tampar/i,
  ],
  [
    'accident with victims, road not fixed',
    /(kecelakaan|tabrakan|jatuh|terperosok|terjatuh|terguling|korban|meninggal).{0,80}(jalan|lubang|jembatan|tikungan|tanjakan)|(jalan|lubang|jembatan|tikungan).{0,80}(korban|meninggal|jatuh|terperosok|kecelakaan)/i,
  ],
  [
    'patient in ICU / care blocked by paperwork',
    /(icu|iccu|picu|nicu|hcu|intensif|ventilator|inkubator|igd|cuci darah).{0,120}(bpjs|surat|rujukan|jaminan|bayar|deposit|dp|klaim|tagihan|berkas|ditolak|penuh)|(bpjs|jaminan|rujukan).{0,120}(icu|intensif|nicu|picu|hcu)/i,
  ],
  [
    'local-language words',
    /\b(banyu|durung|ora|omah|bocah|cai|teu|imah|budak|kada|ulun|pian|banar|wae|bola|de'|tau|matoa|tulung|nini|isih|wis)\b/i,
  ],
];

const ALARM_CLASSES: [string, RegExp][] = [
  [
    'resolved / past / hypothetical / hearsay',
    /sudah (surut|padam|dipadamkan|diperbaiki|turun|normal|aman)|\bdulu\b|pernah|tahun lalu|katanya|kalau|jika|agar|supaya|jangan sampai|rawan|potensi|semoga|hoax/i,
  ],
  [
    'essential service out (water, power, medicine)',
    /pdam|air (ledeng|tidak|kada|mati)|listrik|padam|obat|stok|vaksin/i,
  ],
];

export interface ErrorClassCount {
  name: string;
  rows: number;
  wrong: number;
}

export function errorClassTable(
  rows: readonly EvalRow[],
  texts: readonly string[],
): { misses: ErrorClassCount[]; alarms: ErrorClassCount[] } {
  const count = (
    classes: [string, RegExp][],
    keep: (r: EvalRow) => boolean,
    wrong: (r: EvalRow) => boolean,
  ) =>
    classes.map(([name, pattern]) => {
      const inClass = rows.filter((r, i) => keep(r) && pattern.test(texts[i]));
      return { name, rows: inClass.length, wrong: inClass.filter(wrong).length };
    });
  return {
    misses: count(
      MISS_CLASSES,
      (r) => r.goldUrgency === 'kritis',
      (r) => r.urgency !== 'kritis',
    ),
    alarms: count(
      ALARM_CLASSES,
      (r) => r.goldUrgency !== undefined && r.goldUrgency !== 'kritis',
      (r) => r.urgency === 'kritis',
    ),
  };
}

export function formatErrorClasses(name: string, table: ReturnType<typeof errorClassTable>): string {
  const line = (c: ErrorClassCount) => `  ${c.name.padEnd(56)} ${String(c.wrong).padStart(4)} of ${c.rows}`;
  return (
    `error classes, ${name}\n kritis missed:\n${table.misses.map(line).join('\n')}\n` +
    ` false kritis:\n${table.alarms.map(line).join('\n')}\n`
  );
}

export interface LabelledClassCount {
  name: string;
  rows: number;
  goldKritis: number;
  /** gold-kritis rows the classifier called kritis */
  found: number;
  /** rows called kritis (precision within the class = correct / called) */
  called: number;
  correct: number;
}

/** Per hand-given class (a set's `"class"` field): kritis recall and how often the class is called kritis. */
export function labelledClassTable(
  rows: readonly EvalRow[],
  classes: readonly (string | undefined)[],
): LabelledClassCount[] {
  const names = [...new Set(classes.map((c) => c ?? '(none)'))].sort();
  return names.map((name) => {
    const inClass = rows.filter((_, i) => (classes[i] ?? '(none)') === name);
    const gold = inClass.filter((r) => r.goldUrgency === 'kritis');
    const called = inClass.filter((r) => r.urgency === 'kritis');
    return {
      name,
      rows: inClass.length,
      goldKritis: gold.length,
      found: gold.filter((r) => r.urgency === 'kritis').length,
      called: called.length,
      correct: called.filter((r) => r.goldUrgency === 'kritis').length,
    };
  });
}

export function formatLabelledClasses(name: string, table: readonly LabelledClassCount[]): string {
  const head = `  ${'class'.padEnd(18)} ${'rows'.padStart(5)}  kritis found / gold   called kritis (of which gold kritis)`;
  const lines = table.map(
    (c) =>
      `  ${c.name.padEnd(18)} ${String(c.rows).padStart(5)}  ${
        c.goldKritis
          ? `${String(c.found).padStart(4)} / ${String(c.goldKritis).padEnd(4)} (R ${(c.found / c.goldKritis).toFixed(3)})`
          : ' '.repeat(22)
      }   ${String(c.called).padStart(4)} (${c.correct})`,
  );
  return `labelled classes, ${name}\n${head}\n${lines.join('\n')}\n`;
}

// Personal-data spans (NIK/KK, phone, e-mail, house address) found in the raw text, so replies and exports
// can mask them. Spans index the original string; end is exclusive.
import type { PiiKind, PiiSpan } from '../domain/labels.js';

const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// 16 digits, optionally grouped by spaces, dots or dashes (e.g. "6472 0101 0101 0001").
const ID16_RE = /(?<![\d])\d(?:[ .-]?\d){15}(?![\d])/g;
// +62 / 62 / 08 mobile and landline numbers with optional separators, 9-13 digits after the prefix.
const PHONE_RE = /(?<![\w+(])\(?(?:\+62|62|0)[\s.-]?\(?\d{2,4}\)?(?:[\s.-]?\d{2,5}){2,4}(?![\d])/g;
const KK_CONTEXT_RE = /(?:\bkk\b|kartu\s+keluarga|no\.?\s*kk)[\s:.#-]*(?:nomor|no\.?)?[\s:.#-]*$/i;
// A street (jalan/jl/jln/gang/gg/blok/perum) followed within a few words by a house number, optionally RT/RW.
const ADDRESS_RE =
  /\b(?:jalan|jln?\.?|gang|gg\.?|perum(?:ahan)?|komplek|kompleks|blok)\s+[^\n,;]{1,40}?\b(?:no\.?|nomor|nmr\.?|#)\s*\d+[a-z]?(?:\s*[,/]?\s*rt\.?\s*\d{1,3}(?:\s*[,/]?\s*rw\.?\s*\d{1,3})?)?/gi;
const RT_RW_RE = /\brt\.?\s*\d{1,3}\s*[,/]?\s*rw\.?\s*\d{1,3}\b/gi;

const DIGIT_RE = /\d/;

function digitsOnly(s: string): string {
  return s.replace(/\D/g, '');
}

function collect(text: string, re: RegExp, kindOf: (match: RegExpExecArray) => PiiKind | null): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of text.matchAll(re)) {
    const kind = kindOf(m as RegExpExecArray);
    if (kind) spans.push({ kind, start: m.index!, end: m.index! + m[0].length });
  }
  return spans;
}

/** Returns non-overlapping PII spans sorted by start; on overlap the earlier, then longer, span wins. */
export function detectPii(text: string): PiiSpan[] {
  // Every pattern but the e-mail needs a digit, the e-mail an "@": most messages skip some scans outright.
  const digits = DIGIT_RE.test(text);
  const found = [
    ...(text.includes('@') ? collect(text, EMAIL_RE, () => 'email') : []),
    ...(digits
      ? [
          ...collect(text, ID16_RE, (m) =>
            KK_CONTEXT_RE.test(text.slice(Math.max(0, m.index - 25), m.index)) ? 'kk' : 'nik',
          ),
          ...collect(text, PHONE_RE, (m) => {
            const n = digitsOnly(m[0]).length;
            return n >= 9 && n <= 14 ? 'phone' : null;
          }),
          ...collect(text, ADDRESS_RE, () => 'address'),
          ...collect(text, RT_RW_RE, () => 'address'),
        ]
      : []),
  ];
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const spans: PiiSpan[] = [];
  for (const span of found) {
    const last = spans[spans.length - 1];
    if (last && span.start < last.end) {
      // A 16-digit id also looks like a phone number; keep the id reading.
      if (last.kind === 'phone' && (span.kind === 'nik' || span.kind === 'kk') && span.start === last.start) {
        spans[spans.length - 1] = span;
      }
      continue;
    }
    spans.push(span);
  }
  return spans;
}

const MASKS: Record<PiiKind, string> = {
  nik: '[NIK]',
  kk: '[KK]',
  phone: '[TELEPON]',
  email: '[EMAIL]',
  address: '[ALAMAT]',
};

/** Replaces each span with its mask, e.g. "hubungi 0812..." -> "hubungi [TELEPON]". */
export function maskPii(text: string, spans: readonly PiiSpan[] = detectPii(text)): string {
  let out = '';
  let cursor = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < cursor) continue;
    out += text.slice(cursor, span.start) + MASKS[span.kind];
    cursor = span.end;
  }
  return out + text.slice(cursor);
}

// Client-side early warning for personal data in a reply. The server's maskPii (src/classify) is authoritative;
// this mirrors its mask tokens so what the officer sees is what would go out.
export type PiiKind = 'nik' | 'phone' | 'email';

export interface PiiHit {
  kind: PiiKind;
  start: number;
  end: number;
  text: string;
}

const MASK: Record<PiiKind, string> = { nik: '[NIK]', phone: '[TELEPON]', email: '[EMAIL]' };

// Order matters: a 16-digit NIK would otherwise also look like a long phone number.
const PATTERNS: [PiiKind, RegExp][] = [
  ['email', /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g],
  ['nik', /(?<!\d)\d{16}(?!\d)/g],
  ['phone', /(?<![\w+])(?:\+62|62|0)8[\d\s.-]{7,14}\d(?!\d)/g],
];

export function findPii(text: string): PiiHit[] {
  const hits: PiiHit[] = [];
  for (const [kind, pattern] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      hits.push({ kind, start, end, text: match[0] });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

export function maskPii(text: string): string {
  let out = '';
  let cursor = 0;
  for (const hit of findPii(text)) {
    out += text.slice(cursor, hit.start) + MASK[hit.kind];
    cursor = hit.end;
  }
  return out + text.slice(cursor);
}

export const PII_KIND_NAMES: Record<PiiKind, { id: string; en: string }> = {
  nik: { id: 'NIK', en: 'ID number (NIK)' },
  phone: { id: 'nomor telepon', en: 'phone number' },
  email: { id: 'e-mail', en: 'e-mail' },
};

// Personal data warning in the composer. It runs the server's own detector (src/classify/pii.ts, pure TS with no
// Node imports), so the masking the officer sees is exactly what the server would apply: one way of doing it.
import type { PiiKind } from '../../../src/domain/labels';
import { detectPii, maskPii as maskWithServerRules } from '../../../src/classify/pii';

export type { PiiKind };

export interface PiiHit {
  kind: PiiKind;
  start: number;
  end: number;
  text: string;
}

export function findPii(text: string): PiiHit[] {
  return detectPii(text).map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
}

/** Replaces NIK/KK, phone numbers, e-mails and addresses with [NIK], [KK], [TELEPON], [EMAIL], [ALAMAT]. */
export function maskPii(text: string): string {
  return maskWithServerRules(text);
}

export const PII_KIND_NAMES: Record<PiiKind, { id: string; en: string }> = {
  nik: { id: 'NIK', en: 'ID number (NIK)' },
  kk: { id: 'nomor KK', en: 'family card number' },
  phone: { id: 'nomor telepon', en: 'phone number' },
  email: { id: 'e-mail', en: 'e-mail' },
  address: { id: 'alamat', en: 'address' },
};

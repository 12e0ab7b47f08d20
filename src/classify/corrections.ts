// Officer corrections (a label changed in the inbox), used by `aspirasi train` on top of the corpus.
// Today they come from a JSON-lines file; the integrator adds the MongoDB Event source.
import { readFileSync } from 'node:fs';
import {
  MESSAGE_TYPES,
  TOPICS,
  URGENCIES,
  type MessageType,
  type Topic,
  type Urgency,
} from '../domain/labels.js';

export type Correction = { text: string; topic?: Topic; urgency?: Urgency; type?: MessageType };

/** Checks one parsed JSON value; returns the correction or a reason it is not one. */
export function parseCorrection(value: unknown): Correction | string {
  if (typeof value !== 'object' || value === null) return 'bukan objek JSON';
  const v = value as Record<string, unknown>;
  if (typeof v.text !== 'string' || !v.text.trim()) return 'kolom "text" kosong atau tidak ada';
  if (v.topic !== undefined && !TOPICS.includes(v.topic as Topic))
    return `topic tidak dikenal: ${String(v.topic)}`;
  if (v.urgency !== undefined && !URGENCIES.includes(v.urgency as Urgency))
    return `urgency tidak dikenal: ${String(v.urgency)}`;
  if (v.type !== undefined && !MESSAGE_TYPES.includes(v.type as MessageType))
    return `type tidak dikenal: ${String(v.type)}`;
  return {
    text: v.text,
    topic: v.topic as Topic,
    urgency: v.urgency as Urgency,
    type: v.type as MessageType,
  };
}

export function readCorrectionsFile(path: string): { corrections: Correction[]; errors: string[] } {
  const corrections: Correction[] = [];
  const errors: string[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        errors.push(`${path} baris ${i + 1}: bukan JSON yang sah`);
        return;
      }
      const c = parseCorrection(parsed);
      if (typeof c === 'string') errors.push(`${path} baris ${i + 1}: ${c}`);
      else corrections.push(c);
    });
  return { corrections, errors };
}

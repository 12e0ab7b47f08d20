// Reads the project's training corpus: data/corpus/*.jsonl, one {"text","topic","urgency","type","region"?} a line.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  MESSAGE_TYPES,
  TOPICS,
  URGENCIES,
  type MessageType,
  type Topic,
  type Urgency,
} from '../domain/labels.js';

export const DEFAULT_CORPUS_DIR = fileURLToPath(new URL('../../data/corpus', import.meta.url));

/** A training example; a label may be missing (e.g. a correction of the topic only). */
export interface LabelledExample {
  text: string;
  topic?: Topic;
  urgency?: Urgency;
  type?: MessageType;
  /** corrections weigh more than corpus lines */
  weight?: number;
}

export function readCorpus(dir = DEFAULT_CORPUS_DIR): { examples: LabelledExample[]; skipped: number } {
  const examples: LabelledExample[] = [];
  let skipped = 0;
  if (!existsSync(dir)) return { examples, skipped };
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const v = JSON.parse(line) as Record<string, unknown>;
        if (typeof v.text !== 'string' || !TOPICS.includes(v.topic as Topic)) throw new Error('bad');
        examples.push({
          text: v.text,
          topic: v.topic as Topic,
          urgency: URGENCIES.includes(v.urgency as Urgency) ? (v.urgency as Urgency) : undefined,
          type: MESSAGE_TYPES.includes(v.type as MessageType) ? (v.type as MessageType) : undefined,
        });
      } catch {
        skipped++; // files are still being written by others; a half-written last line is expected
      }
    }
  }
  return { examples, skipped };
}

/** Hash of the corpus files as they are on disk (names and bytes): reading them raw is several times faster than
 *  parsing, so checking whether the newest model was trained on this corpus costs little at start-up. */
export function corpusFilesDigest(dir = DEFAULT_CORPUS_DIR): string {
  const hash = createHash('sha256');
  if (!existsSync(dir)) return hash.digest('hex');
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    hash.update(file + '\0');
    hash.update(readFileSync(join(dir, file)));
  }
  return hash.digest('hex');
}

// Loads the trained classifier (src/classify); falls back to the keyword baseline so ingest never stops.
import type { Logger } from 'pino';
import { classifyBaseline } from './baseline.js';
import type { Classification } from '../domain/labels.js';

/** What ingest needs of a classifier: the trained one, or the keyword baseline when it cannot load. */
export interface TextClassifier {
  classify(text: string): Classification;
}

export async function loadTextClassifier(log: Logger): Promise<TextClassifier> {
  try {
    const mod = (await import('./index.js')) as {
      getClassifier: () => TextClassifier & { version?: string };
    };
    const classifier = mod.getClassifier();
    log.info({ version: classifier.version }, 'classifier loaded');
    return classifier;
  } catch (err) {
    log.warn({ err: (err as Error).message }, 'trained classifier unavailable; using the keyword baseline');
    return { classify: classifyBaseline };
  }
}

// Loads the trained classifier (src/classify); falls back to the keyword baseline so ingest never stops.
import type { Logger } from 'pino';
import { classifyBaseline } from './baseline-classifier.js';
import type { TextClassifier } from './ports.js';

export async function loadTextClassifier(log: Logger): Promise<TextClassifier> {
  try {
    const mod = (await import('../classify/index.js')) as {
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
